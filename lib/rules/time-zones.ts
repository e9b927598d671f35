// Time zones as people type them: a schedule's zone must be an IANA name the runtime knows
// ("Europe/Paris"), or the schedule resolves to no open window at all and the campaign silently
// never fires (#27: "Paris" saved, published, served `"open":[]`). Pure; browser-safe.
import { closest, distance } from "fastest-levenshtein";

let zones: string[] | undefined;
/** The IANA zones this runtime knows (Intl.supportedValuesOf), UTC first. */
export function timeZoneNames(): string[] {
  zones ??= ["UTC", ...Intl.supportedValuesOf("timeZone").filter((z) => z !== "UTC")];
  return zones;
}

/** Whether the runtime accepts `tz` as a time zone (canonical names and their aliases, e.g. Europe/Kiev). */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const city = (z: string) => z.slice(z.lastIndexOf("/") + 1).replace(/_/g, " ").toLowerCase();

/**
 * Why `tz` is not a time zone, with the zone meant when it can tell ("Paris" → Europe/Paris, a
 * typo within two letters → the nearest name), or undefined when it is one.
 */
export function timeZoneProblem(tz: string): string | undefined {
  if (isTimeZone(tz)) return undefined;
  const typed = tz.trim().replace(/_/g, " ").toLowerCase();
  const byCity = timeZoneNames().find((z) => city(z) === typed);
  const near = byCity ?? closest(tz, timeZoneNames());
  const guess = byCity ?? (distance(tz.toLowerCase(), near.toLowerCase()) <= 2 ? near : undefined);
  return `“${tz}” is not a time zone${guess ? `: did you mean ${guess}?` : "."} Time zones are IANA names such as Europe/Paris or America/New_York.`;
}
