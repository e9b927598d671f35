import type { Audience, Condition } from "./contract";

export const EMPTY_CONDITION: Condition = { attr: "plan", op: "eq", type: "string", value: "" };
export const EMPTY_AUDIENCE: Audience = { op: "and", groups: [{ op: "and", conditions: [EMPTY_CONDITION] }] };
