// Click and Enter sensors, loaded only when a campaign senses them (rage_click, unresponsive): a
// site without one never downloads this file nor runs its observers. Whether the page answered is
// decided in one place, answers.ts; this file decides which interactions are judged at all.
import { watchAnswers } from "../answers";
import type { StartSensors } from "./context";
import { matchRageClick } from "../../triggers/rage-click/match";
import { matchUnresponsive } from "../../triggers/unresponsive/match";

/** our own apology, and where the visitor is drawing, playing, typing or choosing, not pressing a
 * control: answered where no one can see (canvas, WebGL, video, the caret, a picker, a select
 * menu). Clicks inside embedded documents never reach this page. */
const SURFACE = "[data-mea-culpa],canvas,video,textarea,select,label,input:not([type=submit],[type=button],[type=image],[type=reset]),[contenteditable]";
/** a control already in the state a click asks for (the open tab, the current page, an expanded
 * accordion, a pressed toggle, a carousel's current bullet: by ARIA state or a class naming it), or one that says it cannot act (a disabled control gets no click
 * at all; an open <details>'s summary answers with its toggle) */
const SETTLED = "[aria-selected=true],[aria-current=page],[aria-expanded=true],[aria-pressed=true],[aria-checked=true],[class*=active],[class*=selected],[aria-disabled=true]";
// what a click can activate (inputs that are not buttons are SURFACE)
const INTERACTIVE = "button,a[href],input,summary,[role=button],[role=link],[role=menuitem],[role=tab],[role=option]";
// fields where Enter means "go" (search boxes included); textarea Enter is a new line
const TEXT_FIELDS = /^(text|search|email|url|tel|number|password)$/;
const modified = (e: MouseEvent | KeyboardEvent) => e.ctrlKey || e.metaKey || e.shiftKey || e.altKey;
/** fields whose Enter picks a suggestion (a combobox, an autocomplete, a datalist): with none to
 * pick, nothing happening is the widget's answer */
const PICKS = "[role=combobox],[aria-autocomplete],[list]";
/** PostHog's rage-click distance: clicks farther apart than this (CSS px) are not on one spot */
const SPOT_PX = 30;

/**
 * Rage clicks: N clicks on one spot (within SPOT_PX of the first) of one element within T ms, for
 * each (N, T) the rules ask about, none of them answered (answers.ts); decided 100 ms after the
 * last click, so an answer that starts at once still counts.
 *
 * Unresponsive input ("dead" clicks and Enter): a click on an interactive element, or Enter in a
 * text field, the page did not answer within the shortest `withinMs` the rules ask about, counted
 * from pointer down. Never for links that leave the site or open elsewhere, clicks with a
 * modifier key (a new tab), typing itself, Enter that confirms an IME composition (isComposing,
 * keyCode 229, or just after compositionend as Safari orders them), Enter with a modifier or held
 * down. Neither judges surfaces and settled controls (above), clicks the page dispatches itself, or a hidden page.
 */
const start: StartSensors = ({ rules, fire, safe, own, requestedAt, addMatchers }) => {
  addMatchers({ rage_click: matchRageClick, unresponsive: matchUnresponsive });
  const answers = watchAnswers(own, requestedAt);
  const campaigns = () => rules()?.campaigns ?? [];
  const clicks = new WeakMap<Element, [t: number, x: number, y: number, values: string][]>();
  const later = (ms: number, t: number, el: Element, values: string, f: () => void) => {
    answers.watch(ms + 100);
    return setTimeout(safe(() => document.visibilityState == "visible" && !answers.since(t, el, values) && f()), ms);
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  function check(el: Element, input: "click" | "enter", t: number) {
    let ms = 0;
    for (const c of campaigns()) if (c.trigger.type === "unresponsive" && (!ms || c.trigger.withinMs < ms)) ms = c.trigger.withinMs;
    clearTimeout(timer); // one check at a time: the newest interaction is the one waiting
    if (ms) timer = later(ms - (Date.now() - t), t, el, answers.values(el), () => fire({ type: "unresponsive", input, waitedMs: Date.now() - t, matches: (sel) => el.matches(sel) }));
  }
  addEventListener("click", safe((e: MouseEvent) => {
    const el = e.target;
    // (a click the page dispatches itself is an answer, answers.ts: never judged dead)
    if (!(el instanceof Element) || el.closest(SURFACE + "," + SETTLED)) return;
    const now = Date.now();
    const began = answers.began();
    // rage
    const list = (clicks.get(el) ?? []).filter(([t]) => now - t < 10_000);
    list.push([began, e.clientX, e.clientY, answers.values(el)]);
    clicks.set(el, list.slice(-50));
    for (const c of campaigns()) {
      const t = c.trigger;
      if (t.type !== "rage_click" || list.length < t.clicks) continue;
      const burst = list.slice(-t.clicks);
      const [first, x, y, values] = burst[0];
      const span = now - first;
      if (span <= t.withinMs && burst.every((b) => Math.abs(b[1] - x) <= SPOT_PX && Math.abs(b[2] - y) <= SPOT_PX)) {
        clicks.set(el, []); // one decision per burst
        later(100, first, el, values, () => fire({ type: "rage_click", clicks: t.clicks, withinMs: span, matches: (sel) => el.matches(sel) }));
        break;
      }
    }
    // unresponsive
    const a = el.closest(INTERACTIVE);
    if (!a || a.closest(SETTLED) || modified(e)) return;
    if (a instanceof HTMLAnchorElement && (a.origin !== location.origin || a.download || (a.target && a.target !== "_self"))) return;
    check(a, "click", began);
  }), true);
  let composed = 0;
  addEventListener("compositionend", () => (composed = Date.now()), true);
  addEventListener("keydown", safe((e: KeyboardEvent) => {
    const el = e.target;
    if (
      e.key === "Enter" && !e.isComposing && e.keyCode !== 229 && Date.now() - composed > 100 &&
      !modified(e) && !e.repeat &&
      el instanceof HTMLInputElement && TEXT_FIELDS.test(el.type) && !el.readOnly && !el.matches(PICKS)
    ) check(el, "enter", Date.now());
  }), true);
};
export default start;
