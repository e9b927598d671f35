// Media sensors, loaded only when a campaign senses media (media_stall, media_quality).
import type { FailureSignal } from "../../triggers/matchers";
import type { SensorContext, StartSensors } from "./context";
import { matchMediaStall } from "../../triggers/media-stall/match";
import { matchMediaQuality, QUALITY_LIMITS, type MediaQualitySignal } from "../../triggers/media-quality/match";
import { watchImages } from "./media-images";

type Fire = (s: FailureSignal) => void;
type Rules = SensorContext["rules"];
type Safe = SensorContext["safe"];

/** Media elements that stall (`waiting`/`stalled`) for long enough, or often enough. */
export function watchMedia(rules: Rules, fire: Fire, safe: Safe) {
  const state = new WeakMap<EventTarget, { count: number; since?: number; timer?: ReturnType<typeof setTimeout> }>();
  const minStall = () => {
    let min = 0;
    for (const c of rules()?.campaigns ?? []) if (c.trigger.type === "media_stall" && (!min || c.trigger.stallMs < min)) min = c.trigger.stallMs;
    return min;
  };
  const signal = (el: HTMLMediaElement, stallMs: number, count: number): FailureSignal => ({
    type: "media_stall",
    stallMs,
    count,
    matches: (sel) => el.matches(sel),
  });
  const onStall = (e: Event) => {
    const el = e.target as HTMLMediaElement;
    // waiting for data after the visitor's own seek is the seek, not a stall
    if (!(el instanceof HTMLMediaElement) || el.seeking) return;
    const s = state.get(el) ?? { count: 0 };
    state.set(el, s);
    if (s.since !== undefined) return; // already stalled
    s.since = Date.now();
    s.count++;
    fire(signal(el, 0, s.count));
    const wait = minStall();
    if (wait) s.timer = setTimeout(safe(() => el.seeking || fire(signal(el, Date.now() - s.since!, s.count))), wait);
  };
  const onResume = (e: Event) => {
    const s = state.get(e.target as EventTarget);
    if (s) {
      clearTimeout(s.timer);
      s.since = undefined;
    }
  };
  addEventListener("waiting", safe(onStall), true);
  addEventListener("stalled", safe(onStall), true);
  addEventListener("playing", safe(onResume), true);
  addEventListener("emptied", safe(onResume), true);
}

type Cause = MediaQualitySignal["cause"];
/**
 * Reports `pct` for a cause when it crosses a limit some media_quality campaign sets that this
 * element has not crossed yet: a video that stays bad is reported once per limit, not every 5 s.
 * Returns the reporter; state is per element.
 */
export function qualityReporter(rules: Rules, fire: Fire) {
  const worst = new WeakMap<Element, Partial<Record<Cause, number>>>();
  return (el: Element, cause: Cause, pct: number) => {
    const [key, dir] = QUALITY_LIMITS[cause];
    const seen = worst.get(el) ?? {};
    worst.set(el, seen);
    const last = seen[cause] ?? (dir > 0 ? -1 : 101);
    pct = Math.round(pct);
    if ((pct - last) * dir <= 0) return;
    seen[cause] = pct;
    for (const c of rules()?.campaigns ?? []) {
      const t = c.trigger.type === "media_quality" ? c.trigger[key] : undefined;
      if (t !== undefined && (pct - t) * dir >= 0 && (last - t) * dir < 0) return fire({ type: "media_quality", cause, pct, matches: (sel) => el.matches(sel) });
    }
  };
}

/**
 * Video quality from media events only (no polling): at `timeupdate` (about 4 times a second
 * while playing) the dropped-frame share over the last 5 s of playback and the rebuffering share
 * of watch time (after 10 s; waits before the first frame are startup, not rebuffering); at
 * `resize` (the stream switched resolution) the rendered height against the displayed one, read
 * by an IntersectionObserver so no layout is forced.
 */
export function watchVideoQuality(report: ReturnType<typeof qualityReporter>, safe: Safe) {
  type S = { maxH: number; q?: [dropped: number, total: number, at: number]; playAt?: number; watched: number; stallAt?: number; stalled: number; seekAt?: number };
  const state = new WeakMap<EventTarget, S>();
  const get = (v: HTMLVideoElement, now: number) => {
    let s = state.get(v);
    // a video already playing when this file arrived: watched from now on
    // the resolution it has now counts as seen: a drop right after this file arrived is a drop
    if (!s) state.set(v, (s = { maxH: v.videoHeight, watched: 0, stalled: 0, playAt: !v.paused && v.currentTime > 0 ? now : undefined }));
    return s;
  };
  // videos already on the page when this file arrived: their resolution so far is the baseline
  document.querySelectorAll("video").forEach((v) => get(v, Date.now()));
  const io = new IntersectionObserver(
    safe((entries: IntersectionObserverEntry[]) => {
      for (const e of entries) {
        io.unobserve(e.target);
        const v = e.target as HTMLVideoElement;
        const shown = e.boundingClientRect.height * devicePixelRatio;
        if (shown && v.videoHeight < get(v, 0).maxH) report(v, "resolution", (100 * v.videoHeight) / shown);
      }
    }),
  );
  const rebuffer = (v: HTMLVideoElement, s: S, now: number) => {
    const watched = s.watched + (s.playAt ? now - s.playAt : 0);
    if (s.stalled && watched + s.stalled >= 10_000) report(v, "rebuffer", (100 * s.stalled) / (watched + s.stalled));
  };
  const on = (type: string, f: (v: HTMLVideoElement, s: S, now: number) => void) =>
    addEventListener(
      type,
      safe((e: Event) => {
        const v = e.target;
        const now = Date.now();
        if (v instanceof HTMLVideoElement) f(v, get(v, now), now);
      }),
      true,
    );
  on("playing", (v, s, now) => {
    if (s.stallAt) s.stalled += now - s.stallAt;
    s.stallAt = undefined;
    s.playAt = now;
    rebuffer(v, s, now);
  });
  const halt = (waiting: boolean) => (v: HTMLVideoElement, s: S, now: number) => {
    if (s.playAt) s.watched += now - s.playAt;
    if (waiting && v.currentTime > 0 && !v.seeking) s.stallAt = now; // after the first frame: not startup; not a seek
    s.playAt = undefined;
  };
  on("waiting", halt(true));
  on("pause", halt(false));
  on("resize", (v, s) => {
    if (v.videoHeight > s.maxH) s.maxH = v.videoHeight;
    else if (v.videoHeight < s.maxH) io.observe(v);
  });
  // the visitor's own seek: the decoder catching up after it (frames dropped for a moment) is not
  // the stream's quality; the next 5 s window starts a second after the seek ends
  const seek = (v: HTMLVideoElement, s: S, now: number) => ((s.seekAt = now), (s.q = undefined));
  on("seeking", seek);
  on("seeked", seek);
  on("timeupdate", (v, s, now) => {
    if (v.videoHeight > s.maxH) s.maxH = v.videoHeight;
    rebuffer(v, s, now);
    if (v.seeking || now - (s.seekAt || 0) < 1000) return;
    const q = v.getVideoPlaybackQuality && v.getVideoPlaybackQuality();
    if (!q) return;
    if (!s.q) s.q = [q.droppedVideoFrames, q.totalVideoFrames, now];
    else if (now - s.q[2] >= 5000) {
      const frames = q.totalVideoFrames - s.q[1];
      if (frames >= 30) report(v, "dropped", (100 * (q.droppedVideoFrames - s.q[0])) / frames);
      s.q = [q.droppedVideoFrames, q.totalVideoFrames, now];
    }
  });
}

const start: StartSensors = (ctx) => {
  ctx.addMatchers({ media_stall: matchMediaStall, media_quality: matchMediaQuality });
  watchMedia(ctx.rules, ctx.fire, ctx.safe);
  const report = qualityReporter(ctx.rules, ctx.fire);
  watchVideoQuality(report, ctx.safe);
  watchImages(report, ctx.safe);
};
export default start;
