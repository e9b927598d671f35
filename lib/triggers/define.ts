// The shape of one trigger type's definition module (lib/triggers/<type>/definition.ts): every
// fact about the type that is not browser sensing. The registry (registry.ts) is a typed record
// of these keyed by type, so a type without any of them does not compile; registry.test.ts
// checks what types cannot (field keys, docs row, conformance cases, labels).
import type { z } from "zod";
import type { TriggerField } from "./fields";

/** One input of the simulator's "A failure" form; the simulator converts the text it holds. */
export interface SimulateField {
  key: string;
  label: string;
  /** text: as typed; upper: upper-cased; number: Number(); seconds: typed in seconds, sent in ms;
   * json: JSON.parse() (an object) */
  kind: "text" | "upper" | "number" | "seconds" | "json";
  /** what the field starts with */
  initial: string;
}

export interface TriggerSpec<T extends string = string, S extends z.ZodObject = z.ZodObject, F extends z.ZodObject = z.ZodObject> {
  type: T;
  /** a short noun phrase for charts, tables and alerts ("Request failed") */
  name: string;
  /** the builder's "Fires when" choice ("Request fails (HTTP error or network)") */
  firesWhen: string;
  /** zod schema of the stored and compiled definition (they are the same object) */
  schema: S;
  /** what a new trigger of this type starts from; keys the user must choose (an event name) may be left out */
  defaults: Partial<z.infer<S>> & { type: T };
  /** the builder's fields, in order; each key is a key of the definition */
  fields: TriggerField[];
  /** zod schema of a failure of this type, as the simulator (and POST …/simulate) takes it */
  failure: F;
  simulateFields: SimulateField[];
  /** checks a schema cannot make (a regex that must compile): the definition path and message */
  check?(def: z.infer<S>): { path: string; message: string } | undefined;
}

/** Identity with the types inferred: `defineTrigger({...})` keeps the literal type and schemas. */
export function defineTrigger<T extends string, S extends z.ZodObject, F extends z.ZodObject>(spec: TriggerSpec<T, S, F>): TriggerSpec<T, S, F> {
  return spec;
}
