// The rules loader against a server that fails in every way, with fake timers: the page must do
// a bounded amount of work whatever the server and its stream do.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { backoffMs, createRulesLoader } from "./rules-loader";
import startLive from "./sensors/live";
import type { SensorContext } from "./sensors/context";

class FakeEventSource extends EventTarget {
  static all: FakeEventSource[] = [];
  closed = false;
  constructor(public url: string) {
    super();
    FakeEventSource.all.push(this);
  }
  close() {
    this.closed = true;
  }
  announce(data: string) {
    this.dispatchEvent(Object.assign(new Event("revision"), { data }));
  }
}

const VALID = { schemaVersion: 1, revision: 3, expiresAt: "2999-01-01T00:00:00Z", settings: {}, campaigns: [] };

function setup(answer: () => Promise<Response>) {
  const calls: number[] = [];
  const settled = vi.fn();
  const loader = createRulesLoader({
    url: "https://mc.test/api/v1/rules/pk_x",
    fetch: (() => {
      calls.push(Date.now());
      return answer();
    }) as typeof fetch,
    load: () => null,
    save: () => {},
    log: () => {},
    safe: (f) => f,
    settled,
  });
  loader.start();
  // as the core does once the first rules are known: the stream, from its own file
  startLive({ events: "https://mc.test/api/v1/events/pk_x", user: () => ({}), safe: (f: () => void) => f, announced: loader.announced } as unknown as SensorContext);
  return { loader, calls, settled };
}

beforeEach(() => {
  vi.useFakeTimers();
  FakeEventSource.all = [];
  vi.stubGlobal("EventSource", FakeEventSource);
  vi.stubGlobal("document", Object.assign(new EventTarget(), { visibilityState: "visible" }));
  // no Web Locks here: the (only) tab holds the stream itself
  vi.stubGlobal("navigator", {});
  vi.stubGlobal("addEventListener", () => {});
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("rules loader", () => {
  it("backs off 1 s doubling to 5 min", () => {
    expect([0, 1, 2, 3, 10, 30].map(backoffMs)).toEqual([0, 1000, 2000, 4000, 300_000, 300_000]);
  });

  it("a server answering 500 while its stream announces revisions nonstop gets a backed-off trickle of fetches", async () => {
    const { calls, settled } = setup(async () => new Response("oops", { status: 500 }));
    const es = FakeEventSource.all[0];
    expect(es.url).toBe("https://mc.test/api/v1/rules/pk_x/stream"); // derived from the events URL the core hands over
    for (let ms = 0; ms < 60_000; ms += 10) {
      es.announce("{not json");
      await vi.advanceTimersByTimeAsync(10);
    }
    // 0, 1, 3, 7, 15, 31 s: six attempts in a minute, not one per announcement (6,000)
    expect(calls.length).toBe(6);
    expect(settled).toHaveBeenCalledTimes(6);
  });

  it("never has two fetches in flight, and refetches once after an announcement made meanwhile", async () => {
    let release!: (r: Response) => void;
    const { calls, loader } = setup(() => new Promise<Response>((r) => (release = r)));
    const es = FakeEventSource.all[0];
    es.announce('{"etag":"\\"a\\""}');
    es.announce('{"etag":"\\"a\\""}');
    expect(calls.length).toBe(1);
    release(new Response(JSON.stringify(VALID), { headers: { ETag: '"a"' } }));
    await vi.advanceTimersByTimeAsync(0);
    expect(loader.current()?.revision).toBe(3);
    expect(calls.length).toBe(2); // the announcements made during the first fetch: one more
    release(new Response(null, { status: 304 }));
    await vi.advanceTimersByTimeAsync(0);
    es.announce('{"etag":"\\"a\\""}'); // the copy we hold: nothing to fetch
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls.length).toBe(2);
  });

  it("a tab granted the Web Lock while going hidden lets it go, so the next visible tab takes over", async () => {
    let grant!: () => Promise<void> | undefined;
    const request = vi.fn((_name: string, _opts: unknown, cb: () => Promise<void> | undefined) => new Promise<void>((r) => (grant = () => { const p = cb(); void (p ? p.then(r) : r()); return p; })));
    vi.stubGlobal("navigator", { locks: { request } });
    vi.stubGlobal("BroadcastChannel", class { postMessage() {} close() {} onmessage = null; });
    setup(async () => new Response(JSON.stringify(VALID)));
    (document as unknown as { visibilityState: string }).visibilityState = "hidden";
    expect(grant(), "released at once: no pending promise holds the lock").toBeUndefined();
    expect(FakeEventSource.all.length, "no stream from a hidden tab").toBe(0);
  });

  it("a frame whose Web Locks refuse (an opaque origin) still keeps its own stream while visible", async () => {
    vi.stubGlobal("navigator", { locks: { request: () => Promise.reject(new DOMException("opaque origin", "SecurityError")) } });
    vi.stubGlobal("BroadcastChannel", class { postMessage() {} close() {} onmessage = null; });
    setup(async () => new Response(JSON.stringify(VALID)));
    await vi.advanceTimersByTimeAsync(0);
    expect(FakeEventSource.all.filter((e) => !e.closed).length).toBe(1);
  });

  it("a stream that keeps failing is reopened backed off, not every few seconds", async () => {
    setup(async () => new Response(JSON.stringify(VALID)));
    for (let ms = 0; ms < 10 * 60_000; ms += 100) {
      const open = FakeEventSource.all.filter((e) => !e.closed);
      expect(open.length).toBeLessThanOrEqual(1);
      open[0]?.dispatchEvent(new Event("error"));
      await vi.advanceTimersByTimeAsync(100);
    }
    // 5 s, 5 s, 5 s, 8 s, 16 s, … 300 s: about a dozen connections in ten minutes (was 120+)
    expect(FakeEventSource.all.length).toBeLessThanOrEqual(12);
  });
});
