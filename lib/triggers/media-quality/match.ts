import { elementMatches } from "../request-match";
import type { MediaQualityTrigger } from "./definition";

/**
 * A video or image that degraded, measured as a share in % (see lib/sdk/sensors/media.ts):
 * `dropped` frames and `rebuffer` time are worse when higher; `resolution` (rendered ÷ displayed
 * height) and `image` (natural ÷ displayed size) are worse when lower.
 */
export interface MediaQualitySignal {
  type: "media_quality";
  cause: "dropped" | "resolution" | "rebuffer" | "image";
  pct: number;
  matches?: (selector: string) => boolean;
}

/** The campaign's limit for a cause, and whether a share at or above it (1) or at or below it (-1) fires. */
export const QUALITY_LIMITS = { dropped: ["droppedPct", 1], rebuffer: ["rebufferPct", 1], resolution: ["resolutionPct", -1], image: ["imagePct", -1] } as const;

export function matchMediaQuality(t: MediaQualityTrigger, s: MediaQualitySignal) {
  const [key, dir] = QUALITY_LIMITS[s.cause];
  const limit = t[key];
  return limit !== undefined && elementMatches(t.selector, s.matches) && (s.pct - limit) * dir >= 0;
}
