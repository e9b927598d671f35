// Did the page respond? A click that changed something (the DOM near it, a field's value, focus,
// selection, scroll, a request or a navigation) worked, so it is never rage (or dead). Research:
// Datadog RUM counts a click as dead when no activity starts within 100 ms; PostHog waits for a
// DOM change and skips steppers and text selection. We are stricter than both on false positives:
// any response since the burst began clears it.
export interface Effects {
  /** something responded near `el` since `t` (ms since epoch) */
  since(t: number, el: Element, values: string): boolean;
  /** the values of the fields around `el` and the page's scroll position, to compare later (a
   * script setting .value fires nothing) */
  values(el: Element): string;
  /** the page added content anywhere since `t` (a dialog, a spinner, a new view) */
  addedSince(t: number): boolean;
}

/**
 * `own` tells our own nodes (the apology) apart: they are never the page's response.
 * `requestedAt`: when the page last started a request (the core's request sensors know).
 */
export function watchEffects(own: (n: Node) => boolean, requestedAt: () => number): Effects {
  // [time, node, around]: for focus and selection, `around` — landing on the clicked element (or
  // around it), or a selection the clicks themselves made in it, is the click, not a response
  const recent: [number, Node, boolean?][] = [];
  let pageWide = 0;
  let added = 0;
  const note = (n: Node, focus?: boolean) => {
    if (own(n)) return;
    recent.push([Date.now(), n, focus]);
    if (recent.length > 64) recent.shift();
  };
  // bumped by every change to the page's structure: the cached field lists below are then stale
  let structure = 0;
  new MutationObserver((records) => {
    const now = Date.now();
    for (const r of records) {
      if (r.type === "childList") {
        // our apology being added or removed is not the page responding
        let ours = true;
        let elements = false;
        for (const n of r.addedNodes) {
          if (!own(n)) ours = false;
          if (n.nodeType === 1) added = now;
        }
        for (const n of [...r.addedNodes, ...r.removedNodes]) elements ||= n.nodeType === 1;
        for (const n of r.removedNodes) if (!own(n)) ours = false;
        if (ours) continue;
        // a text changed: no field came or went
        if (elements) structure++;
      }
      note(r.target);
    }
  }).observe(document.documentElement, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
  const mark = () => (pageWide = Date.now());
  // a navigation that has begun (beforeunload) is an answer even if the next page is slow to come
  for (const type of ["hashchange", "popstate", "beforeunload", "pagehide", "input", "change"]) addEventListener(type, mark, true);
  // an element that scrolled (a carousel's track) answered if it is near; the page's own scroll is
  // compared by position in values(): its event comes a frame late, so a scroll the visitor (or a
  // scroll into view) made just before clicking would otherwise pass for the page's answer
  addEventListener("scroll", (e) => e.target !== document && note(e.target as Node), true);
  // the Navigation API (where present) also sees navigations a page starts in script
  const nav = (window as { navigation?: EventTarget }).navigation;
  if (nav) nav.addEventListener("navigate", mark);
  document.addEventListener("selectionchange", () => {
    const n = document.getSelection()?.anchorNode;
    if (n) note(n, true);
  });
  addEventListener("focusin", (e) => note(e.target as Node, true), true);
  const scope = (el: Element) => el.closest("form,fieldset,[role=group],li,tr,dialog") || (el.parentElement && el.parentElement.parentElement) || document.body;
  // an element's scope and the fields in it, found once per page structure: every click asks, and
  // querying the page each time was most of the sensors' cost (npm run bench -- sdk)
  const fieldsOf = new WeakMap<Element, [number, Element, HTMLInputElement[]]>();
  const fields = (el: Element): [number, Element, HTMLInputElement[]] => {
    let f = fieldsOf.get(el);
    if (!f || f[0] !== structure) {
      const s = scope(el);
      fieldsOf.set(el, (f = [structure, s, Array.from(s.querySelectorAll("input,select,textarea")) as HTMLInputElement[]]));
    }
    return f;
  };
  const values = (el: Element) => {
    let v = "";
    for (const f of fields(el)[2]) v += f.value + f.checked + ",";
    return v + scrollX + "," + scrollY;
  };
  return {
    values,
    addedSince: (t) => added >= t,
    since(t, el, before) {
      if (pageWide >= t || requestedAt() >= t || values(el) !== before) return true;
      const s = fields(el)[1];
      // focus landing on the clicked element (or around it) is the click itself, not a response
      return recent.some(([at, n, around]) => at >= t && s.contains(n) && !(around && (n.contains(el) || el.contains(n))));
    },
  };
}
