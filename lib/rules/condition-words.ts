// How each audience operator reads in a sentence: the audience editor's select and the
// simulator's explanations ("“plan equals pro” is false") use the same words.
import type { Condition } from "./contract";

export const CONDITION_WORDS: Record<Condition["op"], string> = {
  eq: "equals",
  neq: "does not equal",
  in: "is one of",
  nin: "is none of",
  contains: "contains",
  starts: "starts with",
  gt: ">",
  gte: "≥",
  lt: "<",
  lte: "≤",
  exists: "exists",
  nexists: "does not exist",
};
