// Is a campaign's schedule open at a given instant? Days and hours are read in the schedule's own
// time zone (IANA name), so "weekdays 9–17 Europe/Paris" means Paris office hours everywhere.
import type { Schedule } from "./contract";

const formatters = new Map<string, Intl.DateTimeFormat>();
const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

function localDayHour(now: number, timeZone: string): { day: number; hour: number } | null {
  let f = formatters.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat("en-US", { timeZone, weekday: "short", hour: "numeric", hourCycle: "h23" });
    } catch {
      return null; // unknown zone: the schedule cannot be honoured, so it is closed
    }
    formatters.set(timeZone, f);
  }
  let day = -1;
  let hour = -1;
  for (const p of f.formatToParts(now)) {
    if (p.type === "weekday") day = DAYS.indexOf(p.value);
    if (p.type === "hour") hour = Number(p.value) % 24;
  }
  return day < 0 || hour < 0 ? null : { day, hour };
}

export function scheduleOpen(s: Schedule | undefined, now: number): boolean {
  if (!s) return true;
  if (s.start && now < Date.parse(s.start)) return false;
  if (s.end && now >= Date.parse(s.end)) return false;
  if (!s.days && s.startHour === undefined && s.endHour === undefined) return true;
  const local = localDayHour(now, s.timeZone);
  if (!local) return false;
  if (s.days && !s.days.includes(local.day)) return false;
  const from = s.startHour ?? 0;
  const to = s.endHour ?? 24;
  // a window like 22–6 wraps past midnight
  return from <= to ? local.hour >= from && local.hour < to : local.hour >= from || local.hour < to;
}
