// Mea Culpa browser SDK core: senses failures, decides with the shared evaluate(), apologizes, counts.
// One source, two builds: public/sdk/v1.js (lib/sdk/index.ts, the script tag) and the npm package
// (lib/sdk/npm/). Importing this module does nothing; start() does everything.
// Rule zero: never break the host page. Every entry point is guarded, wrapped functions always
// return the original's result (the same Response, the same thrown error), and our own requests
// are never sensed.
import { evaluate, recordShown, slowThreshold, type CapState, type Decision, type FailureSignal, type PageContext } from "../rules/evaluate";
import type { SensorContext, StartSensors } from "./sensors/context";
import { addMatchers } from "./core-matchers";
import { showToast, type Toast } from "./toast";
import { createPendingSignals } from "./pending-signals";
import { createRulesLoader } from "./rules-loader";
import type { CompiledRules } from "../rules/contract";
import { createTransport, type OutEvent } from "./transport";
import type { Api, Fn } from "./api";

/** trigger type → its sensor file under /sdk/v1/, set by the build (scripts/sdk-bundle.ts) */
declare const __MC_SENSOR_FILES__: Record<string, string>;

/**
 * Starts the SDK on this page and returns its API (window.MeaCulpa): `key` the environment's
 * public key, `endpoint` the Mea Culpa server's origin, `muted` when the script could not be loaded
 * with CORS (lib/sdk/index.ts: then fetch is not wrapped), `loadFile` loads a sensor file by the
 * name the build gave it (__MC_SENSOR_FILES__). A second start on the same page (the tag included
 * twice, or the tag and the npm package) returns the copy already running.
 */
export function start(key: string, endpoint: string, muted: boolean, loadFile: (file: string) => Promise<{ default: StartSensors }>): Api {
  const w = window as unknown as { MeaCulpa?: Api; fetch: typeof fetch; localStorage: Storage; sessionStorage: Storage };
  if (w.MeaCulpa && w.MeaCulpa.__v) return w.MeaCulpa;
  const base = endpoint.replace(/\/$/, "");
  const rulesUrl = base + "/api/v1/rules/" + encodeURIComponent(key);
  const eventsUrl = base + "/api/v1/events/" + encodeURIComponent(key);
  const ns = "mc:" + key + ":";
  const origFetch = w.fetch;
  const own = (u: string) => u.indexOf(base + "/api/v1/") === 0;

  let debugOn = false;
  const log = (...a: unknown[]) => {
    if (debugOn) console.log("[MeaCulpa]", ...a);
  };
  const safe =
    <A extends unknown[]>(f: (...a: A) => void) =>
    (...a: A) => {
      try {
        f(...a);
      } catch (e) {
        log("internal error", e);
      }
    };

  // RFC 4122 v4 from getRandomValues: randomUUID() exists only in secure contexts, and hosts may be http.
  const uuid = () =>
    "10000000-1000-4000-8000-100000000000".replace(/[018]/g, (c) =>
      (+c ^ (crypto.getRandomValues(new Uint8Array(1))[0] & (15 >> (+c / 4)))).toString(16),
    );
  // Storage may be missing or throw at any access, the property read included (sandboxed frames,
  // storage disabled, a full quota): then state lives in memory for this page only.
  type Kind = "localStorage" | "sessionStorage";
  function store(kind: Kind, k: string, v?: unknown): unknown {
    try {
      const s = w[kind];
      if (v === undefined) return JSON.parse(s.getItem(ns + k) || "null");
      s.setItem(ns + k, JSON.stringify(v));
    } catch {
      /* storage blocked */
    }
    return undefined;
  }

  // ---- session, user, caps
  let sessionId = store("sessionStorage", "sid") as string | null;
  const newSession = !sessionId;
  if (!sessionId) store("sessionStorage", "sid", (sessionId = uuid()));
  let user: Record<string, unknown> = {};
  // Rollout and holdout need a stable id even before identify(): one per browser.
  let anon = store("localStorage", "anon") as string | null;
  if (!anon) store("localStorage", "anon", (anon = uuid()));
  // Session caps live in sessionStorage; per-user history (perUser, perDay caps) in localStorage.
  const caps: CapState = (store("sessionStorage", "caps") as CapState) || { sessionShown: {} };
  caps.userShown = (store("localStorage", "shown") as CapState["userShown"]) || {};
  function page(): PageContext {
    const w = innerWidth;
    const touch = navigator.maxTouchPoints > 0;
    return {
      path: location.pathname,
      device: touch && w < 768 ? "mobile" : touch && w < 1100 ? "tablet" : "desktop",
      locale: String(user.locale || navigator.language || ""),
    };
  }
  const listeners: Fn[] = [];

  // ---- events
  const transport = createTransport(eventsUrl, ns + "queue", origFetch.bind(w), log);
  function emit(type: OutEvent["type"], extra: Partial<OutEvent> = {}) {
    const e: OutEvent = { id: uuid(), type, ts: Date.now(), sessionId: sessionId!, ...extra };
    if (typeof user.id === "string" || typeof user.id === "number") e.userId = String(user.id).slice(0, 256);
    transport.push(e);
  }
  if (newSession) emit("session");

  // ---- seen, or it did not happen: an apology decided while the page cannot be seen (another
  // tab, a minimised window, a prerendered page not yet activated) waits for the visitor, and
  // counts as shown only when it is; after UNSEEN_MS, or if the page goes away first, it is
  // suppressed as "unseen". `hiddenAt`: when the page was last hidden (0: never, since it started).
  const UNSEEN_MS = 30_000;
  const visible = () => document.visibilityState == "visible" && !(document as { prerendering?: boolean }).prerendering;
  let hiddenAt = visible() ? 0 : Date.now();
  let held: [show: () => void, at: number, base: Partial<OutEvent>] | null = null;
  const unseen = () => {
    if (held) emit("suppressed", { ...held[2], reason: "unseen" });
    held = null;
  };
  const seen = safe(() => {
    const h = held;
    if (h && Date.now() - h[1] > UNSEEN_MS) unseen();
    else if (!visible()) hiddenAt = Date.now();
    else if (h) {
      held = null;
      h[0]();
    }
  });
  document.addEventListener("visibilitychange", seen);
  document.addEventListener("prerenderingchange", seen);
  addEventListener(
    "pagehide",
    safe(() => {
      unseen();
      transport.beacon();
    }),
  );

  // ---- rules
  // Failures sensed before rules are known wait (20 at most, 10 s at most) for the first rules.
  // Each is a chain: the failure as its first campaign should see it, then as the next.
  const pending = createPendingSignals<FailureSignal[]>(20, 10_000);
  const loader = createRulesLoader({
    url: rulesUrl,
    fetch: origFetch.bind(w),
    load: (k) => store("localStorage", k),
    save: (k, v) => store("localStorage", k, v),
    log,
    safe,
    settled: () => {
      const rules = loader.current();
      if (rules) {
        loadSensors(rules);
        pending.drain(safe(decideFirst));
      }
    },
  });

  // ---- decisions
  let toast: Toast | null = null;
  function urlOf(u: string): string {
    return u.split(/[?#]/)[0].slice(0, 2048);
  }
  // the last click (capture phase: before the page's handlers run and fail)
  let clicked: [number, Element] | undefined;
  // (the visitor's own clicks only: a click the page dispatches, on a file input or a download
  // link, is not one)
  addEventListener("click", (e) => e.isTrusted && (clicked = [Date.now(), e.target as Element]), true);
  /**
   * A failure as sensed. An uncaught error or failed request soon after a click is first offered
   * as that click's failure (error_click), then, if no error_click campaign takes it, as itself.
   */
  function signal(s: FailureSignal) {
    const chain = [s];
    const since = clicked ? Date.now() - clicked[0] : 1e9;
    if ((s.type === "js_error" || s.type === "http_error") && since <= 10_000) {
      const el = clicked![1];
      chain.unshift({ type: "error_click", cause: s.type, sinceClickMs: since, matches: (sel) => !!el.matches && el.matches(sel) });
    }
    decideFirst(chain);
  }
  function decideFirst(chain: FailureSignal[]) {
    const rules = loader.current();
    if (!rules) {
      if (!pending.hold(chain)) log("dropped", chain);
      return;
    }
    for (const s of chain) if (decide(rules, s)) return;
  }
  /** Decides one failure; true when a campaign took it (shown or suppressed). */
  function decide(rules: CompiledRules, s: FailureSignal): boolean {
    const now = Date.now();
    const d: Decision = evaluate(rules, s, { user: { $anonymousId: anon, ...user }, caps, now, page: page() });
    log("decision", s, d);
    if (d.outcome === "none") return false;
    const url = "url" in s ? urlOf(s.url) : urlOf(location.href);
    const base = { campaignId: d.campaign.id, triggerType: s.type, url };
    emit("detected", base);
    // one event per decision: a visitor who is offline is not let down by the site (counted
    // apart), and one apology at a time (another on screen or waiting to be seen)
    const reason = d.outcome === "suppressed" ? d.reason : navigator.onLine === false ? "offline" : toast || held ? "overlap" : "";
    if (reason) {
      emit("suppressed", { ...base, reason });
      return true;
    }
    const sh = d as Extract<Decision, { outcome: "show" }>;
    held = [
      () => {
        // caps are spent only on an apology the visitor could see
        recordShown(caps, d.campaign.id, s, Date.now());
        store("sessionStorage", "caps", { ...caps, userShown: undefined });
        store("localStorage", "shown", caps.userShown);
        toast = showToast(d.campaign.message, sh.title, sh.body, (reason) => {
          toast = null;
          if (reason === "dismissed" || reason === "clicked" || reason === "disputed") emit(reason, base);
        }, undefined, sh.dispute);
        emit("shown", base);
        for (const cb of listeners) {
          try {
            cb({ campaignId: d.campaign.id, trigger: s.type, title: sh.title, body: sh.body });
          } catch (e) {
            log("internal error", e);
          }
        }
      },
      now,
      base,
    ];
    if (visible()) seen();
    else setTimeout(seen, UNSEEN_MS + 1);
    return true;
  }
  const fire = safe(signal);

  // ---- sensors: requests. Starts the slow timer; the returned callback reports how it ended:
  // a status (0 = no response), TIMEOUT (the page's own timeout gave up) or ABORTED (the page
  // cancelled it, or is navigating away): an abort is never a failure.
  const ABORTED = -1;
  const TIMEOUT = -2;
  let leaving = 0;
  const leave = () => (leaving = Date.now());
  addEventListener("beforeunload", leave);
  addEventListener("pagehide", leave);
  let requestedAt = 0;
  function watchRequest(url: string, method: string) {
    const at = (requestedAt = Date.now()); // a click that started a request worked
    const rules = loader.current();
    const th = rules ? slowThreshold(rules, url, method) : undefined;
    // time spent hidden, frozen or prerendering is not the site's slowness: a request the
    // visitor did not watch the whole time is never called slow
    const t = th !== undefined ? setTimeout(() => visible() && hiddenAt < at && fire({ type: "slow_request", url, method, elapsedMs: th }), th) : undefined;
    return safe((status: number) => {
      clearTimeout(t);
      // requests cut off by a navigation end as network failures a moment after the page began to leave
      if (status === ABORTED || (status <= 0 && Date.now() - leaving < 3000)) return;
      if (status === TIMEOUT) fire({ type: "http_error", url, method, status: 0, timeout: true });
      else if (status === 0 || status >= 400) fire({ type: "http_error", url, method, status });
    });
  }

  // ---- sensors: fetch. The host gets a promise that settles exactly as fetch's does (the same
  // Response, the same rejection); it is a new one chained on fetch's, so a rejection the host
  // never handles still reaches its unhandledrejection handlers (observing the original promise
  // with a rejection handler would mark it handled and blind the host's error tracker).
  if (!muted) w.fetch = function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
    // Forward `arguments` untouched: the host's exact argument list (count included) reaches fetch.
    // eslint-disable-next-line prefer-rest-params
    const p = origFetch.apply(this, arguments as unknown as [RequestInfo, RequestInit]);
    let done: (status: number) => void;
    let signal: AbortSignal | null | undefined;
    try {
      const req = typeof Request == "function" && input instanceof Request ? input : null;
      // relative URLs resolve as the browser resolves them: against the document's base URL
      // (<base href>), not the page's address
      const url = new URL(req ? req.url : String(input), document.baseURI).href;
      if (own(url)) return p;
      signal = (init && init.signal) || (req && req.signal);
      done = watchRequest(url, ((init && init.method) || (req && req.method) || "GET").toUpperCase());
    } catch (e) {
      log("internal error", e);
      return p;
    }
    return p.then(
      (res) => {
        // status 0 on a response is an answer the page asked for: opaque (no-cors) or
        // opaqueredirect (redirect: "manual"); only a rejection is a network failure
        done(res.ok || !res.status ? 200 : res.status);
        return res;
      },
      (err) => {
        const name = err && (err as Error).name;
        // AbortSignal.timeout() rejects with TimeoutError; abort(reason) rejects with the reason itself
        done(name === "TimeoutError" ? TIMEOUT : name === "AbortError" || (signal && signal.aborted) ? ABORTED : 0);
        throw err;
      },
    );
  } as typeof fetch;

  // ---- sensors: XMLHttpRequest
  const X = XMLHttpRequest.prototype;
  const open = X.open;
  const send = X.send;
  X.open = function (this: XMLHttpRequest & { __mc?: [string, string] }, m: string, u: string | URL) {
    try {
      this.__mc = [String(m).toUpperCase(), new URL(String(u), document.baseURI).href];
    } catch {
      /* ignore */
    }
    // open() behaves differently with 2 and 5 arguments: forward exactly what the host passed.
    // eslint-disable-next-line prefer-rest-params
    return open.apply(this, arguments as unknown as Parameters<typeof open>);
  } as typeof open;
  X.send = function (this: XMLHttpRequest & { __mc?: [string, string] }) {
    const info = this.__mc;
    try {
      if (info && !own(info[1])) {
        const done = watchRequest(info[1], info[0]);
        let ended = 0;
        // once: an XHR object the page reuses gets this send's listeners only
        const once = { once: true };
        this.addEventListener("abort", () => (ended = ABORTED), once);
        this.addEventListener("timeout", () => (ended = TIMEOUT), once);
        this.addEventListener("loadend", () => done(ended || this.status), once);
      }
    } catch (e) {
      log("internal error", e); // sensing failed; the host's request goes out regardless
    }
    // eslint-disable-next-line prefer-rest-params
    return send.apply(this, arguments as unknown as Parameters<typeof send>);
  };

  // ---- sensors some campaigns need (clicks, media): their files load when the rules name them,
  // from where this script came (import() is not a Trusted Types sink, and CORS-enabled)
  const loadedFiles: Record<string, 1> = {};
  function loadSensors(rules: CompiledRules) {
    for (const t of ["$live", ...rules.campaigns.map((c) => c.trigger.type)]) {
      const file = __MC_SENSOR_FILES__[t];
      if (!file || loadedFiles[file]) continue;
      loadedFiles[file] = 1;
      loadFile(file)
        .then((m) => {
          m.default({
            rules: loader.current,
            fire,
            safe,
            requestedAt: () => requestedAt,
            announced: loader.announced,
            own: (n) => !!(n.nodeType === 1 ? (n as Element) : n.parentElement)?.closest("[data-mea-culpa]"),
            addMatchers: addMatchers as SensorContext["addMatchers"],
            user: () => user,
            events: eventsUrl,
          });
          api.__s!.push(file);
        })
        .catch((e) => log("sensors unavailable", file, e));
    }
  }

  // ---- sensors: uncaught errors, rejections, failed resources (capture phase sees element errors)
  /** Never a failure: browser notices that are not errors, and errors from browser extensions. */
  const noise = (message: string, where: string) => /^ResizeObserver loop/.test(message) || /-extension:\/\//.test(where);
  addEventListener(
    "error",
    safe((e: Event) => {
      const el = e.target as HTMLElement & { src?: string; href?: string; currentSrc?: string };
      if (el && el !== (w as unknown) && el.tagName) {
        const url = el.currentSrc || el.src || el.href || "";
        if (url && !own(url)) fire({ type: "resource_error", url, matches: (sel) => el.matches(sel) });
        return;
      }
      const ev = e as ErrorEvent;
      const file = ev.filename || "";
      const message = String(ev.message || "");
      // no file at all: a cross-origin script's detail-less "Script error." or a browser notice
      if (file && !noise(message, file + ((ev.error && ev.error.stack) || ""))) fire({ type: "js_error", message, sameOrigin: file.indexOf(location.origin) === 0 });
    }),
    true,
  );
  addEventListener(
    "unhandledrejection",
    safe((e: PromiseRejectionEvent) => {
      const r = e.reason as { message?: string; stack?: string; name?: string } | undefined;
      const stack = (r && r.stack) || "";
      const message = String((r && r.message) || r || "");
      // a request the page aborted and never caught is still the page's own cancellation
      if (!(r && r.name === "AbortError") && !noise(message, stack)) fire({ type: "js_error", message, sameOrigin: !stack || stack.indexOf(location.origin) >= 0 });
    }),
  );

  // ---- public API (calls queued before load are replayed)
  const api: Api = {
    __v: 1,
    __s: [],
    identify: safe((u: Record<string, unknown>) => {
      if (u && typeof u == "object") user = { ...u };
    }),
    report: safe((name: string, props?: Record<string, unknown>) =>
      fire({ type: "custom", name: String(name), props: props && typeof props == "object" ? props : {} }),
    ),
    on: safe((ev: string, cb: Fn) => {
      if (ev === "apology" && typeof cb == "function") listeners.push(cb);
    }),
    debug: safe((on?: boolean) => {
      debugOn = on !== false;
    }),
  };
  const queued = (w.MeaCulpa && w.MeaCulpa.q) || [];
  w.MeaCulpa = api;
  for (const [m, args] of queued as [keyof Api, unknown[]][]) {
    const f = api[m];
    if (typeof f == "function") (f as Fn).apply(api, args);
  }
  const cached = loader.current();
  if (cached) loadSensors(cached);
  loader.start();
  return api;
}
