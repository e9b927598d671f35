// Time buckets in UTC, the way rollups store them (date_trunc on UTC timestamps).
export type Interval = "minute" | "hour" | "day";

/** Minute rollups are kept this long (hour and day rollups 2 years): see retention.ts. */
export const MINUTE_RETENTION_DAYS = 14;

export const INTERVAL_MS: Record<Interval, number> = { minute: 60_000, hour: 3_600_000, day: 86_400_000 };

/** The interval that fits a range on one chart: minutes up to 6 h, hours up to 14 days, then days. */
export function chooseInterval(rangeMs: number): Interval {
  if (rangeMs <= 6 * INTERVAL_MS.hour) return "minute";
  if (rangeMs <= 14 * INTERVAL_MS.day) return "hour";
  return "day";
}

export function floorTo(t: number, interval: Interval): number {
  return t - (((t % INTERVAL_MS[interval]) + INTERVAL_MS[interval]) % INTERVAL_MS[interval]);
}

/** Bucket starts from `start` (already floored) up to, not including, `end`. */
export function bucketsBetween(start: number, end: number, interval: Interval): number[] {
  const out: number[] = [];
  for (let t = start; t < end; t += INTERVAL_MS[interval]) out.push(t);
  return out;
}

/** Monday 00:00 UTC of the week holding `t`: weekly reports run Monday to Sunday. */
export function weekStart(t: number): number {
  const day = floorTo(t, "day");
  const dow = (new Date(day).getUTCDay() + 6) % 7; // Monday = 0
  return day - dow * INTERVAL_MS.day;
}
