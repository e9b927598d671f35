// "About 42 of 180 users seen in the last 30 days match": a segment's reach, estimated over the
// identified visitors the SDK saw (lib/events/seen-users.ts) with the same audienceMatches() the SDK
// runs; and the attributes those visitors have, so editors write conditions on attributes that exist.
import { LRUCache } from "lru-cache";
import { db } from "@/lib/db";
import type { EnvName } from "@/lib/environments";
import { MAX_SEEN_USERS, SEEN_USER_DAYS } from "@/lib/events/seen-users";
import { audienceMatches } from "@/lib/rules/audience";
import type { Audience } from "@/lib/rules/contract";

/** Attributes whose values identify a person (by name: email_address, fullName, phone_number, ip…): counted, never listed. */
const PERSONAL = /(^|[_.-])(id|ip)$|name|mail|phone|address|street|zip|postcode|birth|ssn|passport|card|iban|token|password|secret/i;
/** A value is listed only when at least this many users share it, so no single person's value shows. */
const MIN_USERS_PER_VALUE = 3;
/** Below this many matching users an estimate says "fewer than 5": counting a handful of people
 * one condition at a time ("email starts with a…") would otherwise single them out. */
export const MIN_ESTIMATE = 5;
const MAX_ATTRIBUTES = 30;
const MAX_VALUES = 5;
// one read per workspace per 5 s: the Segments page asks once per segment when it loads
const cache = new LRUCache<string, { environment: EnvName | null; rows: Record<string, unknown>[] }>({ max: 200, ttl: 5_000 });

export interface AttributeSeen {
  attr: string;
  /** users seen with it */
  users: number;
  /** its most common values, most first (none for personal attributes such as name or email) */
  values: { value: string; users: number }[];
}

export interface SeenPopulation {
  /** the environment counted: production, or staging while production has seen nobody */
  environment: EnvName | null;
  total: number;
  days: number;
  attributes: AttributeSeen[];
}

async function seenRows(workspaceId: string): Promise<{ environment: EnvName | null; rows: Record<string, unknown>[] }> {
  const hit = cache.get(workspaceId);
  if (hit) return hit;
  const found = await readSeenRows(workspaceId);
  cache.set(workspaceId, found);
  return found;
}

async function readSeenRows(workspaceId: string): Promise<{ environment: EnvName | null; rows: Record<string, unknown>[] }> {
  const since = new Date(Date.now() - SEEN_USER_DAYS * 86_400_000);
  for (const name of ["production", "staging"] as const) {
    const rows = await db().seenUser.findMany({
      where: { environment: { workspaceId, name }, lastSeenAt: { gte: since } },
      select: { attributes: true },
      orderBy: { lastSeenAt: "desc" },
      take: MAX_SEEN_USERS,
    });
    if (rows.length) return { environment: name, rows: rows.map((r) => (r.attributes ?? {}) as Record<string, unknown>) };
  }
  return { environment: null, rows: [] };
}

/** Who the SDK saw in the last 30 days and the attributes they have (the 30 most common, with their 5 most common values). */
export async function seenPopulation(workspaceId: string): Promise<SeenPopulation> {
  const { environment, rows } = await seenRows(workspaceId);
  const byAttr = new Map<string, { users: number; values: Map<string, number> }>();
  for (const attrs of rows)
    for (const [k, v] of Object.entries(attrs)) {
      const a = byAttr.get(k) ?? { users: 0, values: new Map() };
      a.users++;
      if (!PERSONAL.test(k)) a.values.set(String(v), (a.values.get(String(v)) ?? 0) + 1);
      byAttr.set(k, a);
    }
  const attributes = [...byAttr]
    .map(([attr, a]) => ({
      attr,
      users: a.users,
      values: [...a.values]
        .filter(([, users]) => users >= MIN_USERS_PER_VALUE)
        .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
        .slice(0, MAX_VALUES)
        .map(([value, users]) => ({ value, users })),
    }))
    .sort((x, y) => y.users - x.users || (x.attr < y.attr ? -1 : 1))
    .slice(0, MAX_ATTRIBUTES);
  return { environment, total: rows.length, days: SEEN_USER_DAYS, attributes };
}

/**
 * The audience without its page-path conditions: a path belongs to the page, not the user, so the
 * estimate counts users who match the rest (a path condition in an "or" group makes the group hold).
 */
export function withoutPath(a: Audience): { audience: Audience; pathIgnored: boolean } {
  let pathIgnored = false;
  const groups = a.groups.map((g) => {
    const rest = g.conditions.filter((c) => c.attr !== "$path");
    if (rest.length === g.conditions.length) return g;
    pathIgnored = true;
    return g.op === "or" || rest.length === 0 ? null : { ...g, conditions: rest };
  });
  const kept = groups.filter((g): g is Audience["groups"][number] => g !== null);
  // an always-true group in an "or" audience makes it hold for everyone; in an "and" one it drops out
  if (a.op === "or" && kept.length < groups.length) return { audience: { op: "and", groups: [] }, pathIgnored };
  return { audience: { ...a, groups: kept }, pathIgnored };
}

export interface AudienceEstimate {
  environment: EnvName | null;
  /** users who match; null when more than none but fewer than MIN_ESTIMATE (not told exactly) */
  matching: number | null;
  total: number;
  days: number;
  /** conditions on the page path were not counted (they depend on the page) */
  pathIgnored: boolean;
  /** the smallest count told exactly (MIN_ESTIMATE) */
  minimum: number;
}

/** How many of the users the SDK saw in the last 30 days `audience` matches. */
export async function estimateAudience(workspaceId: string, audience: Audience): Promise<AudienceEstimate> {
  const { environment, rows } = await seenRows(workspaceId);
  const { audience: judged, pathIgnored } = withoutPath(audience);
  const matching = rows.filter((attrs) =>
    audienceMatches(judged, attrs, { device: attrs.$device as "desktop" | undefined, locale: typeof attrs.$locale === "string" ? attrs.$locale : undefined }),
  ).length;
  return { environment, matching: matching > 0 && matching < MIN_ESTIMATE ? null : matching, total: rows.length, days: SEEN_USER_DAYS, pathIgnored, minimum: MIN_ESTIMATE };
}
