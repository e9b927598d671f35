import { z } from "zod";
import { checkSelector } from "../checks";
import { defineTrigger } from "../define";

const pct = z.number().int().min(1).max(100);
const schema = z.object({
  type: z.literal("media_quality"),
  selector: z.string().max(200).optional(),
  // Share of frames the browser dropped over 5 s of playback (Media Playback Quality:
  // droppedVideoFrames / totalVideoFrames). 10 %: one frame in ten, visible judder at 30 fps.
  droppedPct: pct.optional(),
  // The picture fell, after having been sharper in this playback, to this share of the height it
  // is displayed at (device pixels). 50 %: an adaptive stream that dropped two rungs (1080p → 480p
  // in a 1080p player). A video that is small by design never falls, so never fires.
  resolutionPct: pct.optional(),
  // Share of watch time spent rebuffering (after the first frame; startup is not rebuffering),
  // judged after 10 s. 5 %: buffering ratio is the quality metric with the largest effect on
  // viewing time (Dobrian et al., "Understanding the Impact of Video Quality on User Engagement",
  // SIGCOMM 2011: each 1 % costs minutes of a 90-minute event).
  rebufferPct: pct.optional(),
  // An image that loaded but is at most this share of its displayed size (device pixels), seen for
  // 1 s in the viewport: a 1×1 placeholder stretched over a photo, a thumbnail served for a hero.
  // 25 %: an image served at 1× to a 2× screen is 50 % and looks soft, not broken.
  imagePct: pct.optional(),
});
export type MediaQualityTrigger = z.infer<typeof schema>;

const CRITERIA = ["droppedPct", "resolutionPct", "rebufferPct", "imagePct"] as const;

export const mediaQuality = defineTrigger({
  type: "media_quality",
  name: "Poor media quality",
  firesWhen: "Video or images look bad",
  schema,
  defaults: { type: "media_quality", droppedPct: 10, resolutionPct: 50, rebufferPct: 5, imagePct: 25 },
  fields: [
    { kind: "number", key: "droppedPct", label: "Dropped frames above (%)", optional: true, help: "Share of a video's frames dropped over 5 s of playback. Empty: not sensed." },
    { kind: "number", key: "resolutionPct", label: "Picture fell below (% of its displayed size)", optional: true, help: "A video that was sharper earlier in the same playback. Video small by design never fires. Empty: not sensed." },
    { kind: "number", key: "rebufferPct", label: "Rebuffering above (% of watch time)", optional: true, help: "Judged after 10 s of watching; the wait before the first frame does not count. Empty: not sensed." },
    { kind: "number", key: "imagePct", label: "Image at most (% of its displayed size)", optional: true, help: "An image that loaded but is far smaller than the space it fills (a 1×1 placeholder, a thumbnail as a banner), after 1 s on screen. SVG and inline images never count. Empty: not sensed." },
    { kind: "text", key: "selector", label: "CSS selector", optional: true, placeholder: "(any video or image)" },
  ],
  failure: z.object({
    type: z.literal("media_quality"),
    cause: z.enum(["dropped", "resolution", "rebuffer", "image"]),
    pct: z.number().min(0).max(100),
  }),
  simulateFields: [
    { key: "cause", label: "What degraded (dropped, resolution, rebuffer or image)", kind: "text", initial: "dropped" },
    { key: "pct", label: "Measured share (%)", kind: "number", initial: "25" },
  ],
  check: (d) =>
    checkSelector(d.selector) ??
    (CRITERIA.some((k) => d[k] !== undefined) ? undefined : { path: "droppedPct", message: "Choose at least one way media degrades: dropped frames, resolution, rebuffering or images" }),
});
