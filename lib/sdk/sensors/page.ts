// Page sensors, loaded only when a campaign senses slow pages (slow_page). Observers only: no
// polling loop, no forced layout.
import type { FailureSignal } from "../../triggers/matchers";
import { matchSlowPage } from "../../triggers/slow-page/match";
import type { SensorContext, StartSensors } from "./context";

type Fire = (s: FailureSignal) => void;
type Rules = SensorContext["rules"];
type Safe = SensorContext["safe"];

/** Whether the browser reports entries of `type` to a PerformanceObserver. */
const observable = (type: string) => typeof PerformanceObserver == "function" && (PerformanceObserver.supportedEntryTypes || []).includes(type);

/**
 * Slow pages, each at most once per page view:
 * - load: the main content (the first Largest Contentful Paint candidate; without LCP support, the
 *   load event) has not appeared `thresholdMs` after the navigation began (a prerendered page:
 *   after it was activated). Decided at that moment, while the visitor waits; never once the
 *   content appeared, however late the SDK itself started; never on a page with video, canvas or
 *   embedded documents (LCP cannot see their content); never when the page was hidden at any time
 *   so far (web-vitals drops LCP then too), and never once the visitor has clicked, typed or
 *   scrolled (the browser stops reporting LCP at the first input: a late paint goes unseen).
 * - blocked: the page's own script held a click or key press for `blockedMs` or more (Event
 *   Timing: input delay plus handlers, from the input to the end of processing). The time the
 *   device then took to draw the frame is left out: one slow frame on a weak device is the device,
 *   not the site (nor is a frame a hidden page never drew). Reported when the entry comes (a
 *   blocked thread runs nothing, ours included).
 */
export function watchPage(rules: Rules, fire: Fire, safe: Safe) {
  const min = (key: "thresholdMs" | "blockedMs") => {
    let m = 0;
    for (const c of rules()?.campaigns ?? []) {
      const v = c.trigger.type === "slow_page" ? c.trigger[key] : undefined;
      if (v && (!m || v < m)) m = v;
    }
    return m;
  };
  const entries = (type: string) => (performance.getEntriesByType ? performance.getEntriesByType(type) : []);
  // hidden (a background tab, prerendering) at any time so far: the Performance Timeline's
  // visibility-state entries go back to the navigation, where supported
  let hidden = document.visibilityState != "visible" || entries("visibility-state").some((e) => e.name == "hidden");
  let input = entries("first-input").length > 0;
  addEventListener("visibilitychange", () => (hidden ||= document.visibilityState != "visible"), true);
  for (const type of ["pointerdown", "keydown", "scroll"]) addEventListener(type, () => (input = true), true);
  const lcp = observable("largest-contentful-paint");
  let shown = lcp ? false : document.readyState === "complete";
  if (lcp) {
    new PerformanceObserver(safe(() => (shown = true))).observe({ type: "largest-contentful-paint", buffered: true });
  } else {
    addEventListener("load", () => (shown = true));
  }
  const threshold = min("thresholdMs");
  // a prerendered page's wait begins when the visitor activates it
  const nav = entries("navigation")[0] as (PerformanceEntry & { activationStart?: number }) | undefined;
  const from = (nav && nav.activationStart) || 0;
  if (threshold && !(document as { prerendering?: boolean }).prerendering) {
    // buffered LCP entries arrive in a task of their own: decide after them
    setTimeout(safe(() => {
      // video, canvas and embedded documents are content LCP never reports: a page made of
      // them may be complete, so it is not judged (precision before recall)
      if (!shown && !hidden && !input && !document.querySelector("video,canvas,iframe,embed,object")) fire({ type: "slow_page", cause: "load", ms: Math.round(performance.now() - from) });
    }), Math.max(from + threshold - performance.now(), 50));
  }
  const blocked = min("blockedMs");
  if (blocked && observable("event")) {
    let fired = false;
    new PerformanceObserver(safe((list: PerformanceObserverEntryList) => {
      for (const e of list.getEntries() as (PerformanceEventTiming & { interactionId?: number })[]) {
        const held = e.processingEnd - e.startTime;
        if (!fired && e.interactionId && held >= blocked) {
          fired = true;
          fire({ type: "slow_page", cause: "blocked", ms: Math.round(held) });
        }
      }
    })).observe({ type: "event", durationThreshold: Math.max(16, blocked), buffered: true } as PerformanceObserverInit);
  }
}

const start: StartSensors = (ctx) => {
  ctx.addMatchers({ slow_page: matchSlowPage });
  watchPage(ctx.rules, ctx.fire, ctx.safe);
};
export default start;
