// The trigger registry: one definition module per trigger type, keyed by type. Everything outside
// lib/triggers (contract, campaigns, events, alerts, stats, the admin forms) takes trigger facts
// from here. Adding a type: see README, "Add a trigger type".
import { z } from "zod";
import { custom } from "./custom/definition";
import { errorClick } from "./error-click/definition";
import { httpError } from "./http-error/definition";
import { jsError } from "./js-error/definition";
import { mediaQuality } from "./media-quality/definition";
import { mediaStall } from "./media-stall/definition";
import { rageClick } from "./rage-click/definition";
import { resourceError } from "./resource-error/definition";
import { slowPage } from "./slow-page/definition";
import { slowRequest } from "./slow-request/definition";
import { unresponsive } from "./unresponsive/definition";

// Order is the order the builder's "Fires when" select lists them in.
const DEFINITIONS = [httpError, slowRequest, slowPage, jsError, errorClick, resourceError, mediaStall, mediaQuality, rageClick, unresponsive, custom] as const;
type Definition = (typeof DEFINITIONS)[number];

export type TriggerType = Definition["type"];
/** Every trigger type, in the builder's order. */
export const TRIGGER_TYPES = DEFINITIONS.map((d) => d.type) as [TriggerType, ...TriggerType[]];

/** Each type's definition module, by type. */
export const TRIGGERS = Object.fromEntries(DEFINITIONS.map((d) => [d.type, d])) as { [K in TriggerType]: Extract<Definition, { type: K }> };

// zod's union needs the schemas as a literal tuple to infer its type (a mapped tuple type infers
// `unknown`); registry.test.ts checks both unions list every definition.
/** A trigger as stored and as compiled into the rules (schemaVersion 1). */
export const compiledTrigger = z.discriminatedUnion("type", [
  httpError.schema,
  slowRequest.schema,
  slowPage.schema,
  jsError.schema,
  errorClick.schema,
  resourceError.schema,
  mediaStall.schema,
  mediaQuality.schema,
  rageClick.schema,
  unresponsive.schema,
  custom.schema,
]);
export type CompiledTrigger = z.infer<typeof compiledTrigger>;

/** A failure described by hand, for the simulator and POST /api/v1/simulate. */
export const failureInput = z.discriminatedUnion("type", [
  httpError.failure,
  slowRequest.failure,
  slowPage.failure,
  jsError.failure,
  errorClick.failure,
  resourceError.failure,
  mediaStall.failure,
  mediaQuality.failure,
  rageClick.failure,
  unresponsive.failure,
  custom.failure,
]);

/** The short name of a trigger type for charts, tables and alerts; unknown ids are shown as they are. */
/**
 * A stored trigger's type as the registry knows it (the column is text since #28, checked on every
 * write). Errors: throws naming the value for a type the registry has not got (a row written by a
 * newer version, or by hand).
 */
export function storedTriggerType(value: string): TriggerType {
  if ((TRIGGER_TYPES as readonly string[]).includes(value)) return value as TriggerType;
  throw new Error(`Unknown trigger type "${value}" in the database: this version knows ${TRIGGER_TYPES.join(", ")}`);
}

export function triggerName(type: string): string {
  return (TRIGGERS as Record<string, { name: string } | undefined>)[type]?.name ?? (type || "No trigger");
}

/** Checks a definition beyond its schema; returns the offending path (relative) and message. */
export function checkTrigger(def: CompiledTrigger): { path: string; message: string } | undefined {
  const spec = TRIGGERS[def.type] as { check?: (d: CompiledTrigger) => { path: string; message: string } | undefined };
  return spec.check?.(def);
}
