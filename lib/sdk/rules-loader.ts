// The SDK's copy of the rules: the last good one from localStorage (usable for 24 h), revalidated
// with its ETag within 3 s, refetched when the tab becomes visible, at `expiresAt`, and whenever
// the server's stream announces a new revision.
import type { CompiledRules } from "../rules/contract";

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

export function createRulesLoader(d: RulesLoaderDeps) {
  type Cached = { etag: string; at: number; rules: CompiledRules };
  let cached = d.load("rules") as Cached | null;
  if (cached && (Date.now() - cached.at > 864e5 || !usable(cached.rules))) cached = null; // stale after 24 h

  function refresh() {
    const ctl = typeof AbortController == "function" ? new AbortController() : undefined;
    const timer = setTimeout(() => ctl && ctl.abort(), 3000);
    const headers: Record<string, string> = {};
    if (cached) headers["If-None-Match"] = cached.etag;
    d.fetch(d.url, { headers, signal: ctl && ctl.signal, credentials: "omit" })
      .then((res) => {
        if (res.status === 304 && cached) {
          cached.at = Date.now();
          return d.save("rules", cached);
        }
        if (!res.ok) return;
        const etag = res.headers.get("ETag") || "";
        return res.json().then((r: unknown) => {
          if (!usable(r)) return d.log("rules refused: not schema version 1"); // keep the last good copy
          cached = { etag, at: Date.now(), rules: r };
          d.save("rules", cached);
          d.log("rules revision", r.revision);
        });
      })
      .catch((e) => d.log("rules unavailable", e))
      .then(() => {
        clearTimeout(timer);
        d.settled();
      });
  }

  function start() {
    refresh();
    document.addEventListener("visibilitychange", d.safe(() => {
      if (document.visibilityState === "visible") refresh();
    }));
    // A publish (a kill switch too) is announced on the stream: refetch at once. Without
    // EventSource, the visibility and expiry checks still bring new rules.
    if (typeof EventSource == "function") {
      try {
        const es = new EventSource(d.url + "/stream");
        es.addEventListener("revision", d.safe((e: MessageEvent) => {
          if (!cached || cached.etag !== JSON.parse(e.data).etag) refresh();
        }));
        es.addEventListener("gone", () => es.close());
      } catch {
        /* no stream: fine */
      }
    }
    setInterval(d.safe(() => {
      if (cached && Date.parse(cached.rules.expiresAt) <= Date.now()) refresh();
    }), 60_000);
  }

  return { current: () => (cached ? cached.rules : null), start };
}
