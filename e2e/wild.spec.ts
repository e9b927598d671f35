// The wild suite (issue #25): the SDK on real, healthy open-source web apps shipped on npm, each on
// its own origin, with a campaign for every trigger type at the builder's defaults, used for about
// 40 s each as a person would. Every apology must be one of the app's listed real failures: any
// other is a false apology and fails the app's test, printed with its trigger and the action before
// it. A canary app with a real failure shows the suite can see an apology at all.
import { expect, test } from "@playwright/test";
import { WILD_APPS } from "./wild/apps";
import { CANARY_BUTTON, canaryApp } from "./wild/canary";
import { formatApology, summaryLine } from "./wild/report";
import { DEFAULT_VISIT_MS, runWild } from "./wild/runner";
import type { AppResult } from "./wild/types";

const SDK = `http://localhost:${process.env.E2E_PORT ?? 3100}`;

// no trace: recording 40 s of a WebGL scene or a video costs the CPU the apps run on (a slow page
// the apps did not cause); each test attaches its action log, which traces a failure instead
test.use({ trace: "off" });

/** The whole result goes with the test (the bench reads it from the JSON report). */
async function attach(r: AppResult) {
  await test.info().attach("wild-result", { body: JSON.stringify(r), contentType: "application/json" });
  console.log(`wild: ${summaryLine(r)}`);
}

test("wild: canary: a real failure comes back as an apology traced to the click that caused it", async ({ browser }) => {
  const [r] = await runWild(SDK, { browser, apps: [canaryApp] });
  await attach(r);
  expect(r.checks.sdkStarted, "the SDK started on the canary page").toBe(true);
  const traced = r.false.filter((a) => ["error_click", "http_error"].includes(a.trigger) && a.selector === CANARY_BUTTON);
  expect(traced.length, `the failed order came back as an apology on ${CANARY_BUTTON}; got: ${r.apologies.map(formatApology).join("\n") || "none"}`).toBeGreaterThan(0);
});

for (const app of WILD_APPS) {
  test(`wild: ${app.id}: no false apology in ordinary use`, async ({ browser }) => {
    test.setTimeout((app.visitMs ?? DEFAULT_VISIT_MS) + 90_000);
    const [r] = await runWild(SDK, { browser, apps: [app] });
    await attach(r);
    // the SDK was armed on the app, and the app was used
    expect(r.checks.sdkStarted, "the SDK started with every sensor the rules need").toBe(true);
    expect(r.checks.sessions, "the SDK's session event arrived").toBeGreaterThan(0);
    expect(r.checks.refusedBatches, "every batch the SDK sent is valid for the server").toEqual([]);
    expect(r.interactions, "the app was used").toBeGreaterThanOrEqual(10);
    // the app is healthy here (but for its listed real failures): an error of its own would make
    // its apologies real failures, not false ones
    const unlisted = (seen: string[]) => seen.filter((s) => !app.realFailures.some((f) => f.url?.test(s)));
    expect(unlisted(r.checks.pageErrors), "the app's own scripts threw").toEqual([]);
    expect(unlisted(r.checks.notFound), "files the app asked for are missing").toEqual([]);
    expect(unlisted(r.checks.failedRequests), "requests of the app failed").toEqual([]);
    expect(r.false.map(formatApology), `false apologies on ${app.id} (${r.interactions} interactions)`).toEqual([]);
  });
}
