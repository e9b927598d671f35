// Media sensors, loaded only when a campaign senses media (media_stall).
import type { FailureSignal } from "../../triggers/matchers";
import type { SensorContext, StartSensors } from "./context";
import { matchMediaStall } from "../../triggers/media-stall/match";

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
    if (!(el instanceof HTMLMediaElement)) return;
    const s = state.get(el) ?? { count: 0 };
    state.set(el, s);
    if (s.since !== undefined) return; // already stalled
    s.since = Date.now();
    s.count++;
    fire(signal(el, 0, s.count));
    const wait = minStall();
    if (wait) s.timer = setTimeout(() => fire(signal(el, Date.now() - s.since!, s.count)), wait);
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

const start: StartSensors = (ctx) => {
  ctx.addMatchers({ media_stall: matchMediaStall });
  watchMedia(ctx.rules, ctx.fire, ctx.safe);
};
export default start;
