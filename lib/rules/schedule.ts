// Is a campaign's schedule open at a given instant? Pure and tiny: the SDK bundles it. Days and
// hours in the schedule's time zone are resolved on the server (schedule-windows.ts), which serves
// them as `open` intervals, so no browser needs time-zone data or Intl to honour them.
import type { Schedule } from "./contract";

/** `now` (ms since epoch) is inside the schedule: after `start`, before `end`, in an `open` interval. */
export function scheduleOpen(s: Schedule | undefined, now: number): boolean {
  if (!s) return true;
  if ((s.start && now < Date.parse(s.start)) || (s.end && now >= Date.parse(s.end))) return false;
  if (!s.days && s.startHour === undefined && s.endHour === undefined) return true;
  // days or hours without served intervals (or past their horizon) cannot be honoured: closed
  return !!s.open && s.open.some(([from, to]) => now >= from && now < to);
}
