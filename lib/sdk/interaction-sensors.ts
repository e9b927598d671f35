// Media stalls and rage clicks: sensors that need thresholds from the rules to know when to fire.
import type { CompiledRules } from "../rules/contract";
import type { FailureSignal } from "../rules/evaluate";
import type { Effects } from "./effects";

type Fire = (s: FailureSignal) => void;
type Rules = () => CompiledRules | null;
/** Wraps a listener so nothing it throws reaches the host page. */
type Safe = <A extends unknown[]>(f: (...a: A) => void) => (...a: A) => void;

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

/**
 * Rage clicks: N clicks on one element within T ms (for each (N, T) the rules ask about) at a
 * frustrated pace, and none of them worked: no DOM change near the element, no value, focus,
 * selection or scroll change, no request started, no navigation (see effects.ts). Decided 100 ms
 * after the last click, so a response that starts at once still counts.
 */
export function watchClicks(rules: Rules, fire: Fire, safe: Safe, effects: Effects) {
  const clicks = new WeakMap<Element, [number, string][]>();
  addEventListener(
    "click",
    safe((e: Event) => {
      const el = e.target as Element;
      if (!(el instanceof Element) || el.closest("[data-mea-culpa]")) return;
      const now = Date.now();
      const list = (clicks.get(el) ?? []).filter(([t]) => now - t < 10_000);
      list.push([now, effects.values(el)]);
      clicks.set(el, list.slice(-50));
      for (const c of rules()?.campaigns ?? []) {
        const t = c.trigger;
        if (t.type !== "rage_click" || list.length < t.clicks) continue;
        const [first, values] = list[list.length - t.clicks];
        const span = now - first;
        if (span <= t.withinMs) {
          clicks.set(el, []); // one decision per burst
          return void setTimeout(safe(() => {
            if (!effects.since(first, el, values)) fire({ type: "rage_click", clicks: t.clicks, withinMs: span, matches: (sel) => el.matches(sel) });
          }), 100);
        }
      }
    }),
    true,
  );
}
