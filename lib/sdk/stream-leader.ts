// One rules stream per browser, not per tab: browsers allow about six connections per host, so
// seven tabs each holding a stream would leave no connection for events or rules. The visible
// tab that holds a Web Lock keeps the stream and relays each announcement to the other tabs on a
// BroadcastChannel; a tab that goes hidden lets go, and the next visible tab takes over. Where
// Web Locks or BroadcastChannel are missing (insecure http pages, sandboxed frames, old
// browsers), only a visible tab holds a stream. A failing stream is reopened backed off.
import { backoffMs } from "./backoff";

type Safe = <A extends unknown[]>(f: (...a: A) => void) => (...a: A) => void;

export interface StreamLeaderDeps {
  /** the stream's URL, also the lock's and channel's name (one per key) */
  url: string;
  /** a revision was announced (its ETag if the announcement was readable) */
  announced(etag: unknown): void;
  safe: Safe;
}

export function startStreamLeader(d: StreamLeaderDeps): void {
  if (typeof EventSource != "function") return;
  let es: EventSource | null = null;
  let attempt = 0;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let bc: BroadcastChannel | null = null;
  try {
    bc = new BroadcastChannel(d.url);
    bc.onmessage = d.safe((e: MessageEvent) => d.announced(e.data));
  } catch {
    /* no channel (sandboxed frame, old browser): each visible tab keeps its own stream */
  }
  const locks = bc && (navigator as Navigator & { locks?: LockManager }).locks;

  function open() {
    clearTimeout(retry);
    if (es || document.visibilityState === "hidden") return;
    try {
      const s = (es = new EventSource(d.url));
      s.addEventListener("revision", d.safe((e: MessageEvent) => {
        attempt = 0;
        let etag: unknown;
        try {
          etag = JSON.parse(e.data).etag;
        } catch {
          /* a malformed announcement still means "something changed" */
        }
        if (bc) bc.postMessage(etag);
        d.announced(etag);
      }));
      s.addEventListener("gone", () => close());
      s.addEventListener("error", d.safe(() => {
        close();
        retry = setTimeout(open, Math.max(backoffMs(++attempt), 5000));
      }));
    } catch {
      es = null;
    }
  }
  function close() {
    if (es) es.close();
    es = null;
  }

  let release: (() => void) | null = null;
  let abort: AbortController | null = null;
  function lead() {
    if (!locks) return open();
    if (release || abort) return; // holding the lock, or already waiting for it
    const a = (abort = new AbortController());
    try {
      locks
        .request(d.url, { signal: a.signal }, () => {
          abort = null;
          // granted while going hidden: let go at once, or this tab would hold the lock without a
          // stream and no visible tab could take over
          if (document.visibilityState === "hidden") return;
          open();
          return new Promise<void>((r) => (release = r));
        })
        // aborted while waiting is fine; refused (an opaque-origin frame: SecurityError) means
        // this tab keeps its own stream while visible, as without Web Locks
        .catch(() => {
          abort = null;
          if (!a.signal.aborted) open();
        });
    } catch {
      abort = null;
      open();
    }
  }
  function stepDown() {
    clearTimeout(retry);
    close();
    if (abort) abort.abort();
    abort = null;
    if (release) release();
    release = null;
  }
  document.addEventListener("visibilitychange", d.safe(() => (document.visibilityState === "hidden" ? stepDown() : lead())));
  addEventListener("pagehide", d.safe(stepDown));
  if (document.visibilityState !== "hidden") lead();
}
