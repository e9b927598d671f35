// In Chromium: the synchronous cost the fetch wrapper adds per call (wrapped vs the original fetch,
// same page, same run), and the time from a failing response's end to the frame that shows the
// apology.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import { buildSnapshot } from "@/lib/rules/snapshot";
import { compileRules } from "@/lib/rules/compile";

const KEY = "pk_benchlatency0001";

const MEASURE = `(async () => {
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  // synchronous call cost, 100 calls per sample so the timer's resolution does not matter;
  // original and wrapped samples alternate so drift in the page affects both alike
  const sample = async (f, tag) => {
    const ps = [];
    const t0 = performance.now();
    for (let i = 0; i < 100; i++) ps.push(f("/ok?" + tag + i));
    const t = (performance.now() - t0) / 100;
    await Promise.all(ps);
    return t;
  };
  const b = [], w = [];
  for (let s = 0; s < 30; s++) {
    b.push(await sample(window.__orig.bind(window), "b" + s + "-"));
    w.push(await sample(window.fetch.bind(window), "w" + s + "-"));
  }
  const base = median(b);
  const wrapped = median(w);
  // failing response end -> the frame after the apology was inserted
  performance.clearResourceTimings(); // the buffer (250 entries) filled up above
  const lat = [];
  for (let i = 0; i < 15; i++) {
    const shown = new Promise((resolve) => {
      const mo = new MutationObserver(() => {
        if (document.querySelector("[data-mea-culpa]")) {
          mo.disconnect();
          requestAnimationFrame(() => resolve(performance.now()));
        }
      });
      mo.observe(document.body, { childList: true });
    });
    const url = "/fail?" + i;
    await fetch(url).then((r) => r.text()).catch(() => null);
    const frame = await shown;
    await new Promise((r) => setTimeout(r, 20)); // resource timing entries are queued, not immediate
    const entry = performance.getEntriesByName(location.origin + url).pop();
    // responseStart: the first byte, just before the fetch promise settles (so this overestimates)
    lat.push(frame - entry.responseStart);
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape" }));
  }
  return { base, wrapped, latency: median(lat), worst: Math.max(...lat) };
})()`;

export async function benchSdkLatency(): Promise<string[]> {
  const sdk = readFileSync("public/sdk/v1.js");
  const snap = buildSnapshot(
    "env",
    1,
    compileRules({
      settings: { minGapMs: 0 },
      attributeDefaults: {},
      campaigns: [
        {
          id: "c1",
          priority: 0,
          trigger: { type: "http_error", url: { kind: "glob", source: "/fail*" }, methods: [], statuses: ["5xx"] },
          message: { title: "Sorry <<name|there>>", body: "b", style: "toast", position: "bottom-right", autoDismissMs: 0 },
          caps: { perSession: 0 },
        },
      ],
    }),
  );
  const page = `<!doctype html><html><head><script>window.__orig = window.fetch;window.MeaCulpa={q:[["identify",[{id:"u",name:"Jackie"}]]]};</script>
<script src="/sdk/v1.js" data-key="${KEY}"></script></head><body></body></html>`;
  const server = createServer((req, res) => {
    const url = req.url ?? "/";
    if (url === "/") return void res.writeHead(200, { "Content-Type": "text/html" }).end(page);
    if (url === "/sdk/v1.js") return void res.writeHead(200, { "Content-Type": "application/javascript" }).end(sdk);
    if (url.startsWith(`/api/v1/rules/${KEY}`) && !url.endsWith("/stream")) return void res.writeHead(200, { "Content-Type": "application/json", ETag: snap.etag }).end(snap.body);
    if (url.startsWith("/api/v1/events/")) return void res.writeHead(202, { "Content-Type": "application/json" }).end('{"accepted":0,"duplicates":0,"rejected":[]}');
    if (url.startsWith("/fail")) return void res.writeHead(500).end("x");
    res.writeHead(200).end("ok");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const executablePath = existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
  try {
    const p = await browser.newPage();
    await p.goto(origin);
    await p.waitForFunction(() => Object.keys(localStorage).some((k) => k.endsWith(":rules")));
    // Plain JS in a string: functions compiled by tsx carry helpers that do not exist in the page.
    const result = (await p.evaluate(MEASURE)) as { base: number; wrapped: number; latency: number; worst: number };
    return [
      `sdk fetch wrapper: ${((result.wrapped - result.base) * 1000).toFixed(1)} µs per call added (wrapped ${(result.wrapped * 1000).toFixed(1)} µs vs original ${(result.base * 1000).toFixed(1)} µs, same page) (budget < 100 µs)`,
      `sdk failure → apology on screen: median ${result.latency.toFixed(1)} ms, worst ${result.worst.toFixed(1)} ms after the failing response arrived (budget ≤ 16 ms, one frame)`,
    ];
  } finally {
    await browser.close();
    server.close();
  }
}
