// The sensing corpus in Chromium (issue #14): every failure apologizes with its trigger type and
// is counted; nothing else apologizes or is counted as detected. Then the cases that need more
// than one page: a request cut off by navigation, seven tabs, a sandboxed frame, the host's own
// unhandled rejections, and a visitor whose clock is wrong posting to the real server.
import { expect, test, type Page } from "@playwright/test";
import { corpusKey, scenarioPage, startCorpusHost, startStandIn, type StandIn } from "./corpus-sites";
import { SCENARIOS } from "./sensing-corpus";
import { sdkReady } from "./fixtures";

const SDK = `http://localhost:${process.env.E2E_PORT ?? 3100}`;
let standIn: StandIn;
let site: Awaited<ReturnType<typeof startCorpusHost>>;

test.beforeAll(async () => {
  standIn = await startStandIn();
  site = await startCorpusHost((i) => scenarioPage(i, SDK, standIn.origin), {
    "/leave": `<p>another page</p>`,
  });
});
test.afterAll(async () => {
  await site.close();
  await standIn.close();
});

/** Collects what a page reports as wrong: errors, and CSP violations (init scripts bypass CSP). */
async function watch(page: Page, init?: string) {
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  await page.addInitScript(`window.__violations=[];addEventListener("securitypolicyviolation",function(e){window.__violations.push(e.violatedDirective+" "+e.blockedURI)});${init ?? ""}`);
  return problems;
}

/** The SDK is running in the page (loaded again with CORS, started). */
/** The corpus rules sense clicks, media and slow pages too: wait for those sensor files as well. */
async function sdkRunning(page: Page) {
  await sdkReady(page, ["interaction", "media", "page"]);
}

/** Leaving the page sends what the SDK queued (sendBeacon on pagehide). */
async function flush(page: Page) {
  await page.goto(`${site.origin}/leave`);
}

SCENARIOS.forEach((s, i) => {
  test(`corpus: ${s.label}: ${s.name}`, async ({ page }) => {
    const key = corpusKey(i);
    // this run's events only: a key's events stay on the stand-in across repeats (--repeat-each)
    const before = standIn.events(key).length;
    const mine = () => standIn.events(key).slice(before);
    const problems = await watch(page, s.init);
    await page.goto(`${site.origin}/s/${i}`);
    // the SDK is running (loaded again with CORS, rules fetched from the stand-in)
    await sdkRunning(page);
    await page.waitForTimeout(300);
    await (s.act ?? ((p: Page) => p.click("#go")))(page);
    if (s.label === "failure") {
      await expect(page.locator("[data-mea-culpa]"), "an apology is on screen").toHaveCount(1, { timeout: s.decideMs ?? 10_000 });
      if (s.csp) {
        const position = await page.locator("[data-mea-culpa]").evaluate((h) => getComputedStyle(h.shadowRoot!.querySelector(".b")!).position);
        expect(position, "styled as a fixed toast under the page's CSP").toBe("fixed");
        expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
      }
      await flush(page);
      await expect.poll(() => mine().filter((e) => e.type === "shown").map((e) => e.triggerType), { timeout: 10_000 }).toEqual([s.trigger]);
    } else {
      // long enough for the slowest sensor here to decide (slow_request and unresponsive at 1 s,
      // rage 100 ms after a burst)
      await page.waitForTimeout(2_000);
      // the apology's own words name its trigger type in the corpus rules: say which one came
      const said = await page.evaluate(() => [...document.querySelectorAll("[data-mea-culpa]")].map((h) => h.shadowRoot?.textContent ?? ""));
      expect(said, "no apology on screen").toEqual([]);
      await flush(page);
      // the SDK was armed: it fetched the rules and its session event arrived
      await expect.poll(() => mine().some((e) => e.type === "session")).toBe(true);
      expect(standIn.rulesFetched(key)).toBeGreaterThan(0);
      const events = mine();
      if (s.countedAs) {
        // sensed, never shown, and counted apart with its reason: one suppression per detection
        await expect.poll(() => mine().filter((e) => e.type === "suppressed").map((e) => e.reason)).toContain(s.countedAs);
        expect(events.filter((e) => e.type === "shown")).toEqual([]);
        expect(mine().filter((e) => e.type === "suppressed").length).toBe(mine().filter((e) => e.type === "detected").length);
      } else expect(events.filter((e) => e.type === "detected")).toEqual([]);
    }
    expect(standIn.refused(key), "every batch the SDK sent is valid for the server").toEqual([]);
    if (!s.pageThrows) expect(problems, "nothing reaches the page as an error").toEqual([]);
  });
});

test("corpus: not a failure: a request cut off because the visitor navigated away", async ({ page }) => {
  const i = SCENARIOS.findIndex((s) => s.name === "a fetch answered 200");
  const key = corpusKey(i);
  await page.goto(`${site.origin}/s/${i}`);
  await sdkRunning(page);
  await page.evaluate(() => {
    void fetch("/api/slow?ms=5000").catch(() => {});
    const x = new XMLHttpRequest();
    x.open("GET", "/api/slow?ms=5000");
    x.send();
  });
  await flush(page);
  await page.waitForTimeout(1_000);
  expect(standIn.events(key).filter((e) => e.type === "detected")).toEqual([]);
});

test("corpus: the host's own unhandled fetch rejections still reach its handlers", async ({ page }) => {
  const i = SCENARIOS.findIndex((s) => s.name === "a fetch answered 200");
  const count = async (path: string) => {
    await page.goto(path);
    if (path.includes("/s/")) await sdkRunning(page);
    return page.evaluate(
      () =>
        new Promise<number>((done) => {
          let n = 0;
          addEventListener("unhandledrejection", () => n++);
          void fetch("http://127.0.0.1:9/refused"); // nobody catches this
          setTimeout(() => done(n), 1_000);
        }),
    );
  };
  const without = await count(`${site.origin}/leave`);
  expect(without).toBe(1);
  expect(await count(`${site.origin}/s/${i}`)).toBe(without);
});

test("corpus: failure: inside a sandboxed iframe (no storage) the SDK starts and apologizes", async ({ page }) => {
  // (a report, not a request: from the frame's opaque origin the host's own API would refuse CORS)
  const i = SCENARIOS.findIndex((s) => s.name === "the page reports a custom failure");
  const problems = await watch(page);
  await page.goto(`${site.origin}/leave`);
  await page.evaluate((src) => {
    const f = document.createElement("iframe");
    f.setAttribute("sandbox", "allow-scripts");
    f.src = src;
    f.style.height = "400px";
    document.body.appendChild(f);
  }, `${site.origin}/s/${i}`);
  const frame = page.frameLocator("iframe");
  await expect.poll(() => page.frames().length).toBe(2);
  await sdkReady(page.frames()[1], ["interaction", "media", "page"]);
  await frame.locator("#go").click();
  await expect(frame.locator("[data-mea-culpa]")).toHaveCount(1);
  expect(problems).toEqual([]);
});

test("corpus: seven tabs share one rules stream, and the seventh still gets its events through", async ({ browser }) => {
  const i = SCENARIOS.findIndex((s) => s.name === "fetch answered 500");
  const context = await browser.newContext();
  const before = standIn.openStreams();
  const pages: Page[] = [];
  for (let n = 0; n < 7; n++) {
    const p = await context.newPage();
    await p.goto(`${site.origin}/s/${i}`);
    await sdkRunning(p);
    pages.push(p);
  }
  await expect.poll(() => standIn.openStreams() - before).toBe(1);
  const shownBefore = standIn.events(corpusKey(i)).filter((e) => e.type === "shown").length;
  await pages[6].click("#go");
  await expect(pages[6].locator("[data-mea-culpa]")).toHaveCount(1);
  await pages[6].goto(`${site.origin}/leave`);
  await expect.poll(() => standIn.events(corpusKey(i)).filter((e) => e.type === "shown").length, { timeout: 10_000 }).toBe(shownBefore + 1);
  // the tab holding the stream closes: another takes it over
  await pages[0].close();
  await expect.poll(() => standIn.openStreams() - before, { timeout: 15_000 }).toBe(1);
  await context.close();
});

test("corpus: a visitor whose clock is 10 minutes fast is counted by the real server", async ({ page, request }) => {
  const demo = await (await request.get("/demo")).text();
  const pk = /pk_[A-Za-z0-9_-]+/.exec(demo)![0];
  const statuses: number[] = [];
  page.on("response", (r) => r.url().includes("/api/v1/events/") && statuses.push(r.status()));
  await page.addInitScript("(function(){var n=Date.now;Date.now=function(){return n()+600000}})();");
  await page.goto(`${site.origin}/leave`);
  await page.evaluate(
    ({ sdk, key }) =>
      new Promise<void>((done) => {
        const s = document.createElement("script");
        s.src = `${sdk}/sdk/v1.js`;
        s.dataset.key = key;
        s.onload = () => done();
        document.head.appendChild(s);
      }),
    { sdk: SDK, key: pk },
  );
  await sdkReady(page); // the demo's rules: no click or media campaigns
  // the session event goes out within the transport's 2 s batching
  await expect.poll(() => statuses, { timeout: 10_000 }).toContain(202);
  expect(statuses.filter((s) => s === 400)).toEqual([]);
});
