// Sensors that only some campaigns need ship as separate files, loaded by the core SDK when the
// rules name one of their trigger types: a site without click or media campaigns never downloads
// them, and never pays their cost on its main thread (a MutationObserver over the whole page, for
// clicks). Sentry loads optional integrations the same way. The build (scripts/sdk-bundle.ts)
// turns each entry into public/sdk/v1/<name>.<content hash>.js and tells the core the file names.
import type { TriggerType } from "../triggers/registry";

export const SENSOR_FILES: Record<string, { entry: string; types: TriggerType[] }> = {
  interaction: { entry: "lib/sdk/sensors/interaction.ts", types: ["rage_click", "unresponsive"] },
  media: { entry: "lib/sdk/sensors/media.ts", types: ["media_stall", "media_quality"] },
  page: { entry: "lib/sdk/sensors/page.ts", types: ["slow_page"] },
};
