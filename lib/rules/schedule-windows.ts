// Server side of schedules: resolves "weekdays 9–17 Europe/Paris" into the concrete intervals it
// is open over the next two days, served with the rules as `schedule.open`. Doing it here keeps the
// time-zone rules (DST included) out of every browser: the SDK only compares numbers.
import type { CompiledCampaign, Schedule } from "./contract";

const STEP_MS = 15 * 60_000; // every real UTC offset is a whole number of quarter hours
/** Intervals cover [now − 1 h, now + HORIZON_MS): past the SDK's 24 h use of a cached copy. */
export const HORIZON_MS = 48 * 3_600_000;
const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const formatters = new Map<string, Intl.DateTimeFormat | null>();

/** Weekday (0 = Sunday) and hour (0–23) at `t` in `timeZone`; null for an unknown zone. */
export function localDayHour(t: number, timeZone: string): { day: number; hour: number } | null {
  if (!formatters.has(timeZone)) {
    let f: Intl.DateTimeFormat | null = null;
    try {
      f = new Intl.DateTimeFormat("en-US", { timeZone, weekday: "short", hour: "numeric", hourCycle: "h23" });
    } catch {
      /* unknown zone: the schedule cannot be honoured, so it is never open */
    }
    formatters.set(timeZone, f);
  }
  const f = formatters.get(timeZone);
  if (!f) return null;
  let day = -1;
  let hour = -1;
  for (const p of f.formatToParts(t)) {
    if (p.type === "weekday") day = DAYS.indexOf(p.value);
    if (p.type === "hour") hour = Number(p.value) % 24;
  }
  return day < 0 || hour < 0 ? null : { day, hour };
}

/** Whether days and hours (not start/end) allow instant `t`. */
function allowed(s: Schedule, t: number): boolean {
  const local = localDayHour(t, s.timeZone);
  if (!local || (s.days && !s.days.includes(local.day))) return false;
  const from = s.startHour ?? 0;
  const to = s.endHour ?? 24;
  // a window like 22–6 wraps past midnight
  return from <= to ? local.hour >= from && local.hour < to : local.hour >= from || local.hour < to;
}

/**
 * The intervals `[from, to)` (ms since epoch) within `[start, end)` when the schedule's days and
 * hours allow, resolved in its time zone at quarter-hour steps. Empty for an unknown zone.
 */
export function openWindows(s: Schedule, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  const first = Math.floor(start / STEP_MS) * STEP_MS;
  for (let t = first; t < end; t += STEP_MS) {
    if (!allowed(s, t)) continue;
    const last = out[out.length - 1];
    if (last && last[1] === t) last[1] = t + STEP_MS;
    else out.push([t, t + STEP_MS]);
  }
  return out;
}

/** Campaigns as served at `now`: each schedule with days or hours gets its `open` intervals. */
export function withOpenWindows(campaigns: CompiledCampaign[], now: number): CompiledCampaign[] {
  return campaigns.map((c) => {
    const s = c.schedule;
    if (!s || (!s.days && s.startHour === undefined && s.endHour === undefined)) return c;
    return { ...c, schedule: { ...s, open: openWindows(s, now - 3_600_000, now + HORIZON_MS) } };
  });
}
