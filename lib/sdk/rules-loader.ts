// The SDK's copy of the rules: the last good one from localStorage (usable for 24 h), revalidated
// with its ETag within 3 s, refetched when the tab becomes visible, at `expiresAt`, and whenever
// the server's stream announces a new revision.
import type { CompiledRules } from "../rules/contract";
import { backoffMs } from "./backoff";

type Safe = <A extends unknown[]>(f: (...a: A) => void) => (...a: A) => void;

export interface RulesLoaderDeps {
  url: string;
  /** the page's original fetch: our own requests must never be sensed */
  fetch: typeof fetch;
  load(key: string): unknown;
  save(key: string, value: unknown): void;
  log(...a: unknown[]): void;
  safe: Safe;
  /** called after every attempt, successful or not */
  settled(): void;
}

const isObj = (x: unknown): x is Record<string, unknown> => !!x && typeof x == "object";

/** A structural check, not the full schema: a malformed document is refused whole. */
export function usable(r: unknown): r is CompiledRules {
  return (
    isObj(r) &&
    r.schemaVersion === 1 &&
    isObj(r.settings) &&
    Array.isArray(r.campaigns) &&
    r.campaigns.every(
      (c) =>
        isObj(c) &&
        typeof c.id == "string" &&
        isObj(c.trigger) &&
        typeof c.trigger.type == "string" &&
        isObj(c.message) &&
        Array.isArray(c.message.title) &&
        Array.isArray(c.message.body) &&
        isObj(c.caps),
    )
  );
}

export { backoffMs };

/**
 * One refresh at a time, and after failures no sooner than the backoff allows: however the server
 * answers and however often the stream announces revisions, the page does a bounded amount of
 * work (a broken server once made every announcement a refetch, and every refetch a replay).
 */
export function createRulesLoader(d: RulesLoaderDeps) {
  type Cached = { etag: string; at: number; rules: CompiledRules };
  let cached = d.load("rules") as Cached | null;
  if (cached && (Date.now() - cached.at > 864e5 || !usable(cached.rules))) cached = null; // stale after 24 h
  let inFlight = false;
  let again = false;
  let failures = 0;
  let lastTry = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** Asks for a refresh: runs now, or once when the one in flight or the backoff is over. */
  function request() {
    if (inFlight) return void (again = true);
    const wait = lastTry + backoffMs(failures) - Date.now();
    if (wait > 0) {
      if (!timer) timer = setTimeout(() => ((timer = undefined), request()), wait);
      return;
    }
    refresh();
  }

  function refresh() {
    inFlight = true;
    again = false;
    lastTry = Date.now();
    let ok = false;
    const ctl = typeof AbortController == "function" ? new AbortController() : undefined;
    const abortTimer = setTimeout(() => ctl && ctl.abort(), 3000);
    const headers: Record<string, string> = {};
    if (cached) headers["If-None-Match"] = cached.etag;
    d.fetch(d.url, { headers, signal: ctl && ctl.signal, credentials: "omit" })
      .then((res) => {
        if (res.status === 304 && cached) {
          ok = true;
          cached.at = Date.now();
          return d.save("rules", cached);
        }
        if (!res.ok) return d.log("rules unavailable", res.status);
        const etag = res.headers.get("ETag") || "";
        return res.json().then((r: unknown) => {
          if (!usable(r)) return d.log("rules refused: not schema 1"); // keep the last good copy
          ok = true;
          cached = { etag, at: Date.now(), rules: r };
          d.save("rules", cached);
          d.log("rules revision", r.revision);
        });
      })
      .catch((e) => d.log("rules unavailable", e))
      .then(() => {
        clearTimeout(abortTimer);
        inFlight = false;
        failures = ok ? 0 : failures + 1;
        d.settled();
        // with no copy at all, keep trying (backed off); with one, announcements and visibility suffice
        if (again || !cached) request();
      });
  }

  function start() {
    request();
    document.addEventListener("visibilitychange", d.safe(() => {
      if (document.visibilityState === "visible") request();
    }));
    setInterval(d.safe(() => {
      if (cached && Date.parse(cached.rules.expiresAt) <= Date.now()) request();
    }), 60_000);
  }

  return {
    current: () => (cached ? cached.rules : null),
    start,
    /** a publish (a kill switch too) was announced on the stream (sensors/live.ts): refetch at once */
    announced: (etag: unknown) => {
      if (!cached || cached.etag !== etag) request();
    },
  };
}
