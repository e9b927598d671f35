// The npm build's sensor files: the same modules v1.js loads from /sdk/v1/, imported on demand
// through the app's own bundler (a separate chunk each), so a site without click or media
// campaigns still never loads or runs them. Keys are SENSOR_FILES' names (lib/sdk/sensor-files.ts).
import type { StartSensors } from "../sensors/context";

export const SENSOR_MODULES: Record<string, () => Promise<{ default: StartSensors }>> = {
  live: () => import("../sensors/live"),
  interaction: () => import("../sensors/interaction"),
  media: () => import("../sensors/media"),
  page: () => import("../sensors/page"),
};
