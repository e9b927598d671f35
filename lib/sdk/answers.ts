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
  // [time, element] of the last focus: landing on the clicked element or around it is the click
  // itself, anywhere else the page's answer
  let moved: [number, Node] = [0, document];

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
    const watching = beat;
    until = Math.max(until, Date.now() + ms);
    if (watching) return;
    mo.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
    beat = Date.now();
    setTimeout(tick, 100);
  };
  const on = (t: EventTarget, types: string, f: (e: Event) => void = answer) => types.split(" ").forEach((type) => t.addEventListener(type, f, true));
  let down = 0;
  on(window, "pointerdown keydown", (e) => {
    if (e.type[0] == "p") down = Date.now();
    watch(1000);
  });

  // navigation (beforeunload: begun, however slow the next page), values, popovers, details and
  // dialogs (toggle), media, fullscreen, clipboard
  on(window, "hashchange popstate beforeunload input change toggle play pause seeking fullscreenchange copy");
  // a click the page dispatches itself (on a file input, a download link) opens what the DOM never shows
  on(window, "click", (e) => e.isTrusted || answer());
  // an element that scrolled (a carousel's track); the page's own scroll is compared in values()
  on(window, "scroll", (e) => e.target != document && answer());
  on(window, "focusin", (e) => own(e.target as Node) || (moved = [Date.now(), e.target as Node]));
  // answers outside the DOM, when the page asks for them: new windows, pickers, downloads (a
  // click() on an element, often a link never added to the page, where no listener sees it), share sheets,
  // clipboard writes, permission prompts, and frames (a canvas or WebGL scene redrawn). Native
  // dialogs (alert, confirm, prompt, print) hold the main thread: the beat above notices them,
  // however the page got hold of the function
  const g = window as unknown as Record<string, { prototype?: Record<string, unknown> } | undefined>;
  let o: Record<string, unknown> | undefined = g as unknown as Record<string, unknown>;
  // Canvas and WebGL drawing (a chart or scene redrawn) is seen through the contexts' own methods:
  // libraries keep their own reference to requestAnimationFrame, never to these. Outside a wait
  // the wrappers cost one flag test per call.
  const draw = " clearRect fillRect drawImage fill drawArrays drawElements";
  for (const n of ("open Navigator share Clipboard writeText HTMLElement click Geolocation getCurrentPosition CanvasRenderingContext2D" + draw + " WebGLRenderingContext" + draw + " WebGL2RenderingContext" + draw).split(" ")) {
    // "Name method…": methods of Name.prototype; lower-case names before any: window's own
    if (n[0] < "a") o = g[n]?.prototype;
    else {
      const f = o && o[n];
      if (typeof f == "function")
        o![n] = function (this: unknown) {
          // (drawing on a canvas the page hides, one feeding a video say, shows nothing)
          if (beat && !(this as { canvas?: HTMLCanvasElement } | undefined)?.canvas?.hidden) answer();
          // eslint-disable-next-line prefer-rest-params
          return f.apply(this, arguments);
        };
    }
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
