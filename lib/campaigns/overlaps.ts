// Campaigns that answer the same failure as another and come before it: the first one the
// evaluator finds takes the failure (lib/rules/compile.ts orders by priority, then id), so a new
// campaign on an event the demo already answers at priority 95 is never shown while that one
// applies. The builder warns with this before publishing, instead of the simulator after.
import { dequal } from "dequal";

/** An active campaign as the builder sees it. `definition`: its trigger's stored definition. */
export interface RivalCampaign {
  id: string;
  name: string;
  priority: number;
  triggerId: string;
  definition: Record<string, unknown>;
}

/**
 * Whether two trigger definitions answer exactly the same failures: the same type and settings
 * (dequal: key order does not matter; an empty list is the same as none), or, for custom events, the same
 * event name whatever the property conditions. Overlaps that depend on URL patterns or selectors
 * are not guessed at: the simulator answers those for a concrete failure.
 */
export function sameFailure(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  if (a.type !== b.type) return false;
  if (a.type === "custom") return a.name === b.name;
  return dequal(normalize(a), normalize(b));
}

function normalize(d: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(d).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));
}

/**
 * The active campaigns (other than `self`) that answer the same failure and are tried first:
 * a higher priority, or the same priority and a smaller id (the compiler's order; a campaign not
 * saved yet has no id and loses ties). Highest priority first.
 */
export function campaignsFirst(self: { id: string | null; priority: number; triggerId?: string; definition?: Record<string, unknown> }, active: RivalCampaign[]): RivalCampaign[] {
  return active
    .filter((c) => c.id !== self.id)
    .filter((c) => (self.triggerId ? c.triggerId === self.triggerId : false) || (self.definition ? sameFailure(c.definition, self.definition) : false))
    .filter((c) => c.priority > self.priority || (c.priority === self.priority && (self.id === null || c.id < self.id)))
    .sort((x, y) => y.priority - x.priority);
}
