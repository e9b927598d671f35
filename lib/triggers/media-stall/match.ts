import { elementMatches } from "../request-match";
import type { MediaStallTrigger } from "./definition";

/** A video/audio element stalled for `stallMs` so far, its `count`-th stall. */
export interface MediaStallSignal {
  type: "media_stall";
  stallMs: number;
  count: number;
  matches?: (selector: string) => boolean;
}

export const matchMediaStall = (t: MediaStallTrigger, s: MediaStallSignal) =>
  elementMatches(t.selector, s.matches) && (s.stallMs >= t.stallMs || s.count >= t.count);
