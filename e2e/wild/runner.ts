// Runs the wild suite: each app on its own origin with the SDK embedded as a customer embeds it,
// rules from a stand-in endpoint (a campaign for every trigger type at the builder's defaults),
// driven by ordinary use; then every apology the SDK counted (`detected`, and `shown`) is traced
// to the action before it and sorted into the app's real failures or false apologies.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type ConsoleMessage, type Page } from "@playwright/test";
import type { SdkEvent } from "@/lib/events/schemas";
import { SENSOR_FILES } from "@/lib/sdk/sensor-files";
import { LEAVE_PATH, serveApp } from "./app-server";
import { WILD_APPS } from "./apps";
import { Driver } from "./driver";
import { wildRules } from "./rules";
import { startWildStandIn, type WildStandIn } from "./stand-in";
import type { ActionEntry, Apology, AppResult, WildApp } from "./types";

export interface WildOptions {
  /** a browser to use (the Playwright fixture's); else Chromium is launched as the e2e config does */
  browser?: Browser;
  /** the apps to run, by id or given whole (default: all of WILD_APPS) */
  apps?: (string | WildApp)[];
  /** how long each app is used (default 34 s; with loading and sending, about 40 s an app) */
  visitMs?: number;
  log?: (line: string) => void;
}

export const DEFAULT_VISIT_MS = 34_000;

/** The install snippet, exactly as the install docs give it, with the endpoint set to the stand-in. */
export function installSnippet(sdkOrigin: string, publicKey: string, endpoint: string): string {
  return `<script>window.MeaCulpa=window.MeaCulpa||{q:[]};["identify","report","on","debug"].forEach(function(m){window.MeaCulpa[m]=window.MeaCulpa[m]||function(){window.MeaCulpa.q.push([m,[].slice.call(arguments)])}});MeaCulpa.identify({id:"u1",name:"Jackie"});</script>
<script src="${sdkOrigin}/sdk/v1.js" data-key="${publicKey}" data-endpoint="${endpoint}"></script>`;
}

const keyOf = (app: WildApp) => `pk_wild_${app.id.replace(/\W/g, "_")}`;

function versionOf(pkg: string): string {
  try {
    return (JSON.parse(readFileSync(path.join(process.cwd(), "node_modules", pkg, "package.json"), "utf8")) as { version: string }).version;
  } catch {
    return "?";
  }
}

/**
 * The SDK runs and every sensor file has started: the wild rules name every trigger type, so every
 * file is needed, and they load after the rules (acting sooner would test nothing). Debug logging
 * is turned on, as a customer can, so each decision's sensed failure is printed with its apology.
 */
async function sdkReady(page: Page): Promise<boolean> {
  const names = Object.keys(SENSOR_FILES);
  const ok = await page
    .waitForFunction(
      (n) => {
        const mc = (window as unknown as { MeaCulpa?: { __v?: number; __s?: string[] } }).MeaCulpa;
        return mc?.__v === 1 && n.every((f) => mc.__s?.some((s) => s.startsWith(f + ".")));
      },
      names,
      { timeout: 15_000 },
    )
    .then(() => true)
    .catch(() => false);
  if (ok) await page.evaluate("window.MeaCulpa.debug(true)").catch(() => undefined);
  return ok;
}

/** The SDK's own account of each decision (debug log), to say what it sensed. */
interface Decision {
  at: number;
  trigger: string;
  signal: string;
}

async function readDecision(msg: ConsoleMessage): Promise<Decision | undefined> {
  const args = msg.args();
  if (!msg.text().startsWith("[MeaCulpa]") || args.length < 4) return undefined;
  if ((await args[1].jsonValue().catch(() => "")) !== "decision") return undefined;
  const signal = (await args[2].evaluate((s) => JSON.stringify(s)).catch(() => "")) as string;
  const outcome = (await args[3].evaluate((d) => (d as { outcome?: string }).outcome).catch(() => "")) as string;
  if (!signal || outcome === "none") return undefined;
  return { at: Date.now(), trigger: (JSON.parse(signal) as { type: string }).type, signal };
}

/** What preceded an event: the last action started before it. */
function actionBefore(actions: ActionEntry[], ts: number): ActionEntry | undefined {
  let found: ActionEntry | undefined;
  for (const a of actions) if (a.at <= ts) found = a;
  return found;
}

/** Each `detected` event is one apology (a detected-then-suppressed one is still a false detection);
 * a `shown` event is paired with the detection it came from, or counted on its own. */
function apologiesOf(events: SdkEvent[], actions: ActionEntry[], decisions: Decision[]): Apology[] {
  const detected = events.filter((e) => e.type === "detected");
  const paired = new Set<SdkEvent>();
  const out = new Map<SdkEvent, Apology>();
  const make = (e: SdkEvent): Apology => {
    const a = actionBefore(actions, e.ts);
    const d = decisions.filter((x) => x.trigger === e.triggerType).sort((x, y) => Math.abs(x.at - e.ts) - Math.abs(y.at - e.ts))[0];
    return {
      trigger: e.triggerType ?? "?",
      campaignId: e.campaignId,
      url: e.url,
      shown: false,
      ts: e.ts,
      when: a ? `#${a.n} ${a.what} (${((e.ts - a.at) / 1000).toFixed(2)} s before)` : "before any action (while the page loaded)",
      selector: a?.selector,
      signal: d && Math.abs(d.at - e.ts) < 2_000 ? d.signal : undefined,
    };
  };
  for (const e of detected) out.set(e, make(e));
  for (const s of events.filter((e) => e.type === "shown")) {
    const d = detected.find((e) => !paired.has(e) && e.campaignId === s.campaignId && e.url === s.url && e.ts <= s.ts && s.ts - e.ts < 1_000);
    if (d) {
      paired.add(d);
      out.get(d)!.shown = true;
    } else out.set(s, { ...make(s), shown: true });
  }
  return [...out.values()].sort((a, b) => a.ts - b.ts);
}

/** Polls the stand-in until the page's session event arrived and nothing new came for a second. */
async function settledEvents(standIn: WildStandIn, key: string): Promise<SdkEvent[]> {
  const until = Date.now() + 8_000;
  let last = -1;
  let stableSince = Date.now();
  while (Date.now() < until) {
    const n = standIn.events(key).length;
    if (n !== last) {
      last = n;
      stableSince = Date.now();
    } else if (Date.now() - stableSince > 1_000 && standIn.events(key).some((e) => e.type === "session")) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return standIn.events(key);
}

async function runApp(browser: Browser, app: WildApp, sdkOrigin: string, standIn: WildStandIn, visitMs: number, settleMs: number): Promise<AppResult> {
  const key = keyOf(app);
  const server = await serveApp(app, installSnippet(sdkOrigin, key, standIn.origin));
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const pageErrors: string[] = [];
  const failedRequests: string[] = [];
  const decisions: Promise<Decision | undefined>[] = [];
  let dialogs = 0;
  const leftOrigin: string[] = [];
  page.on("pageerror", (e) => pageErrors.push(e.message.split("\n")[0]));
  page.on("console", (m) => void decisions.push(readDecision(m)));
  page.on("requestfailed", (r) => {
    // the SDK's own rules stream is cut whenever the page goes: not the app's
    // (ERR_ABORTED: the browser itself cancelled it, as a media element or a navigation does)
    if (!r.url().startsWith(standIn.origin) && r.failure()?.errorText !== "net::ERR_ABORTED") failedRequests.push(`${r.failure()?.errorText ?? "failed"} ${r.url()}`);
  });
  page.on("response", (r) => {
    if (r.status() >= 400) failedRequests.push(`${r.status()} ${r.url()}`);
  });
  // native dialogs are answered after a moment, as a person reads them
  page.on("dialog", (d) => {
    dialogs++;
    setTimeout(() => void (d.type() === "prompt" ? d.accept("ok") : d.accept()).catch(() => undefined), 600);
  });
  // a new tab or window is closed again: the visit stays in the app
  context.on("page", (p) => {
    leftOrigin.push(`new window: ${p.url()}`);
    void p.close().catch(() => undefined);
  });

  const started = Date.now();
  const start = app.start ?? "/";
  await page.goto(server.origin + start);
  const sdkStarted = await sdkReady(page);
  const driver = new Driver(page, { origin: server.origin, start, settleMs, deadline: Date.now() + visitMs, sdkReady });
  if (sdkStarted) {
    await page.waitForTimeout(500);
    if (app.steps) await app.steps(driver);
    await driver.explore();
    // the last interaction's check decides before the page is left
    await page.waitForTimeout(settleMs + 500);
  }
  await page.goto(server.origin + LEAVE_PATH).catch(() => undefined);
  const events = await settledEvents(standIn, key);
  await context.close();
  await server.close();

  const apologies = apologiesOf(events, driver.actions, (await Promise.all(decisions)).filter((d): d is Decision => !!d));
  const real: Apology[] = [];
  const falseOnes: Apology[] = [];
  for (const a of apologies) {
    const r = app.realFailures.find((f) => f.trigger === a.trigger && (!f.url || f.url.test(a.url ?? "")));
    if (r) real.push({ ...a, reason: r.reason });
    else falseOnes.push(a);
  }
  return {
    app: app.id,
    description: app.description,
    packages: app.packages.map((p) => `${p}@${versionOf(p)}`),
    interactions: driver.interactions,
    durationMs: Date.now() - started,
    apologies,
    real,
    false: falseOnes,
    actions: driver.actions,
    checks: {
      sdkStarted,
      sessions: events.filter((e) => e.type === "session").length,
      rulesFetched: standIn.rulesFetched(key),
      refusedBatches: standIn.refused(key),
      pageErrors,
      failedRequests,
      notFound: server.notFound,
      leftOrigin: [...leftOrigin, ...driver.leftOrigin],
      dialogs,
    },
  };
}

export async function runWild(sdkOrigin: string, opts: WildOptions = {}): Promise<AppResult[]> {
  const apps = opts.apps?.map((a) => (typeof a === "string" ? WILD_APPS.find((w) => w.id === a) : a)).filter((a): a is WildApp => !!a) ?? WILD_APPS;
  const rules = wildRules();
  // a person looks at the page past the longest unresponsive window before the next click, so no
  // interaction's check is cut short by the next one
  const windows = rules.campaigns.flatMap((c) => (c.trigger.type === "unresponsive" ? [c.trigger.withinMs] : []));
  const settleMs = Math.max(1_000, ...windows) + 250;
  const standIn = await startWildStandIn(rules);
  // Debian's Chromium where Playwright cannot download its own (ENVIRONMENT.md), as the e2e config
  const executable = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  const browser =
    opts.browser ??
    (await chromium.launch({
      executablePath: existsSync(executable) ? executable : undefined,
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    }));
  const results: AppResult[] = [];
  try {
    for (const app of apps) {
      opts.log?.(`wild: ${app.id}…`);
      results.push(await runApp(browser, app, sdkOrigin, standIn, app.visitMs ?? opts.visitMs ?? DEFAULT_VISIT_MS, settleMs));
    }
  } finally {
    if (!opts.browser) await browser.close();
    await standIn.close();
  }
  return results;
}
