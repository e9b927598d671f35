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
 *   load event) has not appeared `thresholdMs` after the navigation began. Decided at that moment,
 *   while the visitor waits; never when the page is hidden (they went elsewhere) and never once the
 *   content appeared, however late the SDK itself started; never on a page with video, canvas or
 *   embedded documents (LCP cannot see their content).
 * - blocked: the page took `blockedMs` or more to answer a click or key press (Event Timing:
 *   input to next paint of an interaction). Reported when the paint finally comes: until then the
 *   blocked main thread runs nothing, ours included.
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
  const lcp = observable("largest-contentful-paint");
  let shown = lcp ? false : document.readyState === "complete";
  if (lcp) {
    new PerformanceObserver(safe(() => (shown = true))).observe({ type: "largest-contentful-paint", buffered: true });
  } else {
    addEventListener("load", () => (shown = true));
  }
  const threshold = min("thresholdMs");
  if (threshold) {
    // buffered LCP entries arrive in a task of their own: decide after them
    setTimeout(safe(() => {
      // video, canvas and embedded documents are content LCP never reports: a page made of
      // them may be complete, so it is not judged (precision before recall)
      if (!shown && document.visibilityState === "visible" && !document.querySelector("video,canvas,iframe,embed,object")) fire({ type: "slow_page", cause: "load", ms: Math.round(performance.now()) });
    }), Math.max(threshold - performance.now(), 50));
  }
  const blocked = min("blockedMs");
  if (blocked && observable("event")) {
    let fired = false;
    new PerformanceObserver(safe((list: PerformanceObserverEntryList) => {
      for (const e of list.getEntries() as (PerformanceEntry & { interactionId?: number })[]) {
        if (!fired && e.interactionId && e.duration >= blocked) {
          fired = true;
          fire({ type: "slow_page", cause: "blocked", ms: Math.round(e.duration) });
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
