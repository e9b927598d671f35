// #26: anyone can send events with a public key. When a few addresses send most of an
// environment's events, the dashboard says so, so a VP never reads forged apologies as real ones.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createWorkspace, login } from "./fixtures";

test("a flood of events from two addresses puts an unusual-traffic notice on the dashboard", async ({ page, playwright, baseURL }) => {
  // a workspace of its own per run, so the notice is new each time
  await login(page, "owner");
  await page.goto("/dashboard");
  await createWorkspace(page, `Forged Traffic ${test.info().repeatEachIndex}-${Date.now()}`);
  await expect(page.getByTestId("unusual-traffic")).toHaveCount(0);
  await page.goto("/settings");
  const key = (await page.getByTestId("settings-public-key-production").textContent())!.trim();

  // 600 events in a minute from two addresses (the e2e server trusts loopback proxies)
  // a new key reaches the events endpoint with the next snapshot refresh (every 2 s)
  await expect.poll(async () => (await page.request.get(`/api/v1/rules/${key}`)).status()).toBe(200);
  for (const address of ["203.0.113.80", "203.0.113.81"]) {
    const forger = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": address, Origin: "https://forged.example.test", "Content-Type": "text/plain" } });
    for (let b = 0; b < 3; b++) {
      const events = Array.from({ length: 100 }, () => ({ id: randomUUID(), type: "session", ts: Date.now(), sessionId: randomUUID() }));
      expect((await forger.post(`/api/v1/events/${key}`, { data: JSON.stringify({ events }) })).status()).toBe(202);
    }
    await forger.dispose();
  }
  await expect
    .poll(async () => {
      // each try loads the page afresh (the notice is rendered by the server, so waiting on a page
      // loaded before the next flush would wait forever)
      await page.goto("/dashboard");
      const notice = page.getByTestId("unusual-traffic");
      return (await notice.count()) ? notice.textContent() : "no notice yet";
    }, { timeout: 15_000 })
    .toMatch(/^Unusual traffic in production at \d\d:\d\d UTC: 2 address\(es\) sent 100% of 600 events within two minutes\. Anyone can send events with a public key/);
});
