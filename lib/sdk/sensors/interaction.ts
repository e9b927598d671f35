// Click and Enter sensors, loaded only when a campaign senses them (rage_click, unresponsive): a
// site without one never downloads this file nor runs its MutationObserver over the page.
import type { FailureSignal } from "../../triggers/matchers";
import { watchEffects, type Effects } from "../effects";
import type { SensorContext, StartSensors } from "./context";
import { matchRageClick } from "../../triggers/rage-click/match";
import { matchUnresponsive } from "../../triggers/unresponsive/match";

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

// what a click can activate; never selects, fields being typed in, or disabled elements
const INTERACTIVE = "button,a[href],input[type=submit],input[type=button],input[type=image],input[type=reset],summary,[role=button],[role=link],[role=menuitem],[role=tab],[role=option]";
// fields where Enter means "go" (search boxes included); textarea Enter is a new line
const TEXT_FIELDS = /^(text|search|email|url|tel|number|password)$/;

/**
 * Unresponsive input ("dead" clicks and Enter): a click on an interactive element, or Enter in a
 * text field, after which the page shows no response for the shortest `withinMs` the rules ask
 * about: no change near the element, no content added anywhere, no request started, no
 * navigation, no focus, selection, value or scroll change (effects.ts). Never for links that leave
 * the site or open elsewhere (another origin, another window, a download, mailto:), clicks with a
 * modifier key (a new tab), disabled elements, typing itself, or while the page is hidden.
 */
export function watchUnresponsive(rules: Rules, fire: Fire, safe: Safe, effects: Effects) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const wait = () => {
    let min = 0;
    for (const c of rules()?.campaigns ?? []) if (c.trigger.type === "unresponsive" && (!min || c.trigger.withinMs < min)) min = c.trigger.withinMs;
    return min;
  };
  function check(el: Element, input: "click" | "enter") {
    const ms = wait();
    if (!ms || el.closest("[data-mea-culpa]") || el.matches(":disabled,[aria-disabled=true]")) return;
    const t = Date.now();
    const values = effects.values(el);
    clearTimeout(timer); // one check at a time: the newest interaction is the one waiting
    timer = setTimeout(safe(() => {
      if (document.visibilityState === "visible" && !effects.addedSince(t) && !effects.since(t, el, values)) {
        fire({ type: "unresponsive", input, waitedMs: Date.now() - t, matches: (sel) => el.matches(sel) });
      }
    }), ms);
  }
  addEventListener("click", safe((e: MouseEvent) => {
    const el = e.target instanceof Element && e.target.closest(INTERACTIVE);
    if (!el || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    if (el instanceof HTMLAnchorElement) {
      const u = new URL(el.href, location.href);
      if (u.origin !== location.origin || el.download || (el.target && el.target !== "_self")) return;
    }
    check(el, "click");
  }), true);
  addEventListener("keydown", safe((e: KeyboardEvent) => {
    const el = e.target;
    if (e.key === "Enter" && !e.isComposing && el instanceof HTMLInputElement && TEXT_FIELDS.test(el.type) && !el.readOnly) check(el, "enter");
  }), true);
}

const start: StartSensors = (ctx) => {
  ctx.addMatchers({ rage_click: matchRageClick, unresponsive: matchUnresponsive });
  const effects = watchEffects(ctx.own, ctx.requestedAt);
  watchClicks(ctx.rules, ctx.fire, ctx.safe, effects);
  watchUnresponsive(ctx.rules, ctx.fire, ctx.safe, effects);
};
export default start;
