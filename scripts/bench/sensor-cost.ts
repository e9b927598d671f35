// Main-thread time the on-demand sensors (clicks/Enter, media, slow page) add to a page without
// failures, in Chromium: 1,000 interactions (clicks that update a counter, Enter that adds a list
// item, an element scroll) on three copies of the same page, measured by the renderer's own
// counters (CDP Performance.getMetrics: ScriptDuration, TaskDuration). Baselines in the same run:
// the page without Mea Culpa, and with the core SDK only (rules naming no sensor file). Budget
// (issue #15): the sensors add < 1 ms per 1,000 interactions. Needs `npm run sdk:build` first.
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { chromium, type Page } from "@playwright/test";
import { compileRules } from "@/lib/rules/compile";
import { buildSnapshot } from "@/lib/rules/snapshot";
import type { CompileInput } from "@/lib/rules/compile";

const N = 1000;
const ROUNDS = 5;

/** Campaigns that arm every sensor file, with limits nothing on the bench page reaches. */
function rules(sensors: boolean) {
  const message = { title: "Sorry <<name|there>>", body: "b", style: "toast", position: "bottom-right", autoDismissMs: 0 } as const;
  const triggers = sensors
    ? [
        { type: "rage_click", clicks: 4, withinMs: 1000 },
        { type: "unresponsive", withinMs: 1000 },
        { type: "slow_page", thresholdMs: 4000, blockedMs: 500 },
        { type: "media_stall", stallMs: 3000, count: 3 },
        { type: "media_quality", droppedPct: 10, resolutionPct: 50, rebufferPct: 5, imagePct: 25 },
      ]
    : [{ type: "http_error", methods: [], statuses: ["5xx"] }];
  const campaigns = triggers.map((trigger, i) => ({ id: `c${i}`, priority: i, trigger, message, caps: { perSession: 0 } })) as unknown as CompileInput["campaigns"];
  return buildSnapshot("env", 1, compileRules({ settings: { minGapMs: 0 }, attributeDefaults: {}, campaigns }));
}

const BODY = `<h1>Shop</h1><p><button id="b">Add</button> <output id="n">0</output></p>
<form id="f"><input id="q" type="search"></form><ul id="l"></ul><div id="s" style="height:80px;overflow:auto"><div style="height:4000px">list</div></div>
<script>var n=0;document.getElementById('b').onclick=function(){document.getElementById('n').textContent=++n};
document.getElementById('f').onsubmit=function(e){e.preventDefault();var li=document.createElement('li');li.textContent=document.getElementById('q').value;document.getElementById('l').prepend(li);if(document.getElementById('l').children.length>20)document.getElementById('l').lastChild.remove()};</script>`;

async function metrics(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  return async () => {
    const { metrics } = (await cdp.send("Performance.getMetrics")) as { metrics: { name: string; value: number }[] };
    const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
    return { script: m.ScriptDuration * 1000, task: m.TaskDuration * 1000, layouts: m.LayoutCount };
  };
}

/** Main-thread ms spent during N interactions (clicks, Enter, scrolls, in turn). */
async function interact(page: Page): Promise<{ script: number; task: number; layouts: number }> {
  const read = await metrics(page);
  const b = (await page.locator("#b").boundingBox())!;
  await page.locator("#q").fill("shoes");
  const before = await read();
  for (let i = 0; i < N; i++) {
    if (i % 3 === 0) await page.mouse.click(b.x + 5, b.y + 5);
    else if (i % 3 === 1) await page.locator("#q").press("Enter");
    else await page.locator("#s").evaluate((s) => (s.scrollTop = (s.scrollTop + 40) % 3000));
  }
  const after = await read();
  return { script: after.script - before.script, task: after.task - before.task, layouts: after.layouts - before.layouts };
}

/** PROFILE=1: the functions with the most self time on a page, from Chromium's sampling profiler. */
async function startProfile(page: Page): Promise<() => Promise<string>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
  await cdp.send("Profiler.start");
  return async () => {
    type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; hitCount?: number };
    const { profile } = (await cdp.send("Profiler.stop")) as { profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] } };
    const self = new Map<string, number>();
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => {
      const f = byId.get(id)!.callFrame;
      const k = `${f.functionName || "(anonymous)"} ${f.url.split("/").pop()}:${f.lineNumber}:${f.columnNumber}`;
      self.set(k, (self.get(k) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
    return [...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${k}`).join("\n");
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchSensorCost(): Promise<string[]> {
  const dir = "public/sdk";
  const with_ = rules(true);
  const core = rules(false);
  const page = (key: string | null) =>
    `<!doctype html><html><head><meta charset="utf-8">${key ? `<script>window.MeaCulpa={q:[["identify",[{id:"u",name:"Jackie"}]]]};</script><script src="/sdk/v1.js" data-key="${key}"></script>` : ""}</head><body>${BODY}</body></html>`;
  const server = createServer((req, res) => {
    const url = req.url ?? "/";
    if (url === "/none") return void res.writeHead(200, { "Content-Type": "text/html" }).end(page(null));
    if (url === "/core") return void res.writeHead(200, { "Content-Type": "text/html" }).end(page("pk_benchcore00001"));
    if (url === "/sensors") return void res.writeHead(200, { "Content-Type": "text/html" }).end(page("pk_benchsensors01"));
    if (url.startsWith("/sdk/")) {
      const file = path.join(dir, path.normalize(url.slice(5)).replace(/^(\.\.[/\\])+/, ""));
      if (existsSync(file)) return void res.writeHead(200, { "Content-Type": "application/javascript", "Access-Control-Allow-Origin": "*" }).end(readFileSync(file));
    }
    const snap = url.includes("pk_benchsensors01") ? with_ : core;
    if (url.startsWith("/api/v1/rules/") && !url.endsWith("/stream")) return void res.writeHead(200, { "Content-Type": "application/json", ETag: snap.etag }).end(snap.body);
    if (url.startsWith("/api/v1/events/")) return void res.writeHead(202, { "Content-Type": "application/json" }).end('{"accepted":0,"duplicates":0,"rejected":[]}');
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const executablePath = existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
  const runs: Record<string, { script: number; task: number; layouts: number }[]> = { none: [], core: [], sensors: [] };
  try {
    // rounds alternate the three pages, so drift in the machine's load spreads over all of them
    for (let r = 0; r < ROUNDS; r++)
      for (const kind of ["none", "core", "sensors"] as const) {
        const p = await browser.newPage();
        await p.goto(`${origin}/${kind}`);
        if (kind !== "none") await p.waitForFunction(() => Object.keys(localStorage).some((k) => k.endsWith(":rules")));
        // the three sensor files these rules name (the rules stream's file loads too, on any page)
        if (kind === "sensors")
          await p.waitForFunction(() => {
            const s = (window as unknown as { MeaCulpa: { __s?: string[] } }).MeaCulpa.__s ?? [];
            return ["interaction.", "media.", "page."].every((n) => s.some((f) => f.startsWith(n)));
          });
        const profile = process.env.PROFILE && kind === "sensors" && r === 0 ? await startProfile(p) : null;
        runs[kind].push(await interact(p));
        if (profile) console.log(await profile());
        await p.close();
      }
  } finally {
    await browser.close();
    server.close();
  }
  const m = (kind: string, k: "script" | "task" | "layouts") => median(runs[kind].map((x) => x[k]));
  const added = m("sensors", "script") - m("core", "script");
  return [
    `sdk sensors' main-thread cost, ${N.toLocaleString("en")} interactions (clicks, Enter, scrolls), median of ${ROUNDS}: script ${m("sensors", "script").toFixed(1)} ms with the sensor files vs ${m("core", "script").toFixed(1)} ms core only vs ${m("none", "script").toFixed(1)} ms without Mea Culpa; added by the sensors ${added.toFixed(1)} ms (ratio ${(m("sensors", "script") / m("core", "script")).toFixed(2)}) (budget < 1 ms)`,
    `  all main-thread tasks: ${m("sensors", "task").toFixed(1)} ms with the sensor files vs ${m("core", "task").toFixed(1)} core only vs ${m("none", "task").toFixed(1)} without (ratio ${(m("sensors", "task") / m("core", "task")).toFixed(2)}); layouts ${m("sensors", "layouts")} vs ${m("core", "layouts")} vs ${m("none", "layouts")}`,
  ];
}
