// Click sensors, loaded only when a campaign senses clicks (rage_click): a site without one never
// downloads this file nor runs its MutationObserver over the page.
import type { FailureSignal } from "../../triggers/matchers";
import { watchEffects, type Effects } from "../effects";
import type { SensorContext, StartSensors } from "./context";

type Fire = (s: FailureSignal) => void;
type Rules = SensorContext["rules"];
type Safe = SensorContext["safe"];

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

const start: StartSensors = (ctx) => watchClicks(ctx.rules, ctx.fire, ctx.safe, watchEffects(ctx.own, ctx.requestedAt));
export default start;
