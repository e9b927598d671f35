// Sensors that only some campaigns need ship as separate files, loaded by the core SDK when the
// rules name one of their trigger types: a site without click or media campaigns never downloads
// them, and never pays their cost on its main thread (a MutationObserver over the whole page, for
// clicks). Sentry loads optional integrations the same way. The build (scripts/sdk-bundle.ts)
// turns each entry into public/sdk/v1/<name>.<content hash>.js and tells the core the file names.
import type { TriggerType } from "../triggers/registry";

/** Not a trigger type: the file every page loads once its first rules are known (the rules stream). */
export const LIVE = "$live";

export const SENSOR_FILES: Record<string, { entry: string; types: (TriggerType | typeof LIVE)[] }> = {
  // the rules stream (stream-leader.ts) comes after the first rules: a page needs it only to hear
  // of a publish while it stays open, and v1.js stays within its 8,000 B budget
  live: { entry: "lib/sdk/sensors/live.ts", types: [LIVE] },
  interaction: { entry: "lib/sdk/sensors/interaction.ts", types: ["rage_click", "unresponsive"] },
  media: { entry: "lib/sdk/sensors/media.ts", types: ["media_stall", "media_quality"] },
  page: { entry: "lib/sdk/sensors/page.ts", types: ["slow_page"] },
};
