// Was the visitor's click or Enter answered? The one place every click sensor asks (unresponsive,
// rage_click): a kind of answer added here is fixed for all of them.
//
// Research: Datadog RUM counts any page activity after a click (a DOM mutation anywhere, a
// request) as its answer and calls a click dead only without one; PostHog waits ~2.5 s and counts
// focus, scroll and selection too; Sentry lists downloads and file pickers as known dead-click
// false positives. We are stricter than all of them on false apologies: an answer is anything the
// page did since the visitor began (pointer down, or the key), anywhere on the page, in the DOM or
// outside it (native dialogs, pickers, popovers, media, fullscreen, print, share, clipboard, new
// windows, a canvas redrawn). When the SDK cannot know, the interaction counts as answered.
export interface Answers {
  /** when the interaction being dispatched began: its pointer down, or now (ms since epoch) */
  began(): number;
  /** keep watching for answers `ms` more (the MutationObserver runs only while one is awaited) */
  watch(ms: number): void;
  /** the page answered an interaction on `el` that began at `t`; `values` is values(el) then */
  since(t: number, el: Element, values: string): boolean;
  /** the fields around `el` and the page's scroll position, to compare later (a script setting
   * .value fires nothing; the page's own scroll event comes a frame late) */
  values(el: Element): string;
}

/** a main thread held this long (ms) between two beats was busy answering: a native dialog
 * (alert, confirm, prompt, print) blocks it until the visitor closes it */
const BUSY_MS = 300;

/**
 * `own` tells our own nodes (the apology) apart: never the page's answer. `requestedAt`: when the
 * page last started a request (the core's request sensors know).
 */
export function watchAnswers(own: (n: Node) => boolean, requestedAt: () => number): Answers {
  let answered = 0;
  const answer = () => (answered = Date.now());
  // [time, node] of the last focus or selection: landing on the clicked element or around it is
  // the click itself (focus, a double-click's selection), anywhere else the page's answer
  let moved: [number, Node] = [0, document];
  const note = (n: Node | null | undefined) => n && !own(n) && (moved = [Date.now(), n]);

  const mo = new MutationObserver((records) => {
    // our apology coming or going is not the page answering
    if (records.some((r) => !own(r.addedNodes[0] || r.removedNodes[0] || r.target))) answer();
  });
  let until = 0;
  let beat = 0;
  // while an answer is awaited: observe the whole page, and beat every 100 ms to notice a main
  // thread held by something the DOM never shows
  const tick = () => {
    const now = Date.now();
    if (now - beat > BUSY_MS) answer();
    beat = now;
    if (now < until) setTimeout(tick, 100);
    else {
      mo.disconnect();
      beat = 0;
    }
  };
  const watch = (ms: number) => {
    const on = beat;
    until = Math.max(until, Date.now() + ms);
    if (on) return;
    mo.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
    beat = Date.now();
    setTimeout(tick, 100);
  };
  let down = 0;
  addEventListener("pointerdown", () => ((down = Date.now()), watch(1000)), true);
  addEventListener("keydown", () => watch(1000), true);

  const on = (t: EventTarget, types: string, f: (e: Event) => void = answer) => types.split(" ").forEach((type) => t.addEventListener(type, f, true));
  // navigation (beforeunload: begun, however slow the next page), values, popovers, details and
  // dialogs (toggle), media, fullscreen and pointer lock, print, clipboard
  on(window, "hashchange popstate beforeunload input change toggle play pause seeking volumechange ratechange fullscreenchange beforeprint copy");
  // a click the page dispatches itself (on a file input, a download link) opens what the DOM never shows
  on(window, "click", (e) => e.isTrusted || answer());
  // an element that scrolled (a carousel's track); the page's own scroll is compared in values()
  on(window, "scroll", (e) => e.target != document && answer());
  on(window, "focusin", (e) => note(e.target as Node));
  on(document, "selectionchange", () => note(document.getSelection()?.anchorNode));
  // answers outside the DOM, when the page asks for them: new windows, pickers, downloads (a
  // click() on an element, often a link never added to the page, where no listener sees it), share sheets,
  // clipboard writes, permission prompts, and frames (a canvas or WebGL scene redrawn). Native
  // dialogs (alert, confirm, prompt, print) hold the main thread: the beat above notices them,
  // however the page got hold of the function
  const g = window as unknown as Record<string, { prototype?: object } | undefined>;
  for (const n of "open requestAnimationFrame Navigator.share Clipboard.writeText HTMLInputElement.showPicker HTMLElement.click Geolocation.getCurrentPosition".split(" ")) {
    const [c, k] = n.split(".");
    const o = (k ? g[c]?.prototype : window) as Record<string, unknown> | undefined;
    const f = o && o[k || c];
    if (typeof f == "function")
      o![k || c] = function (this: unknown) {
        answer();
        // eslint-disable-next-line prefer-rest-params
        return f.apply(this, arguments);
      };
  }

  const scope = (el: Element) => el.closest("form,fieldset,li,tr,dialog") || (el.parentElement && el.parentElement.parentElement) || document.body;
  const values = (el: Element) => {
    let v = "";
    for (const f of scope(el).querySelectorAll("input,select,textarea") as NodeListOf<HTMLInputElement>) v += f.value + f.checked + ",";
    return v + scrollX + "," + scrollY;
  };
  return {
    began: () => (Date.now() - down < 2000 ? down : Date.now()),
    watch,
    values,
    since: (t, el, before) => answered >= t || requestedAt() >= t || values(el) !== before || (moved[0] >= t && !moved[1].contains(el) && !el.contains(moved[1])),
  };
}
