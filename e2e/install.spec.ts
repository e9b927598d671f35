// An engineer's first hour (issue #17): the Install page of a fresh workspace gives the snippet;
// pasted into a page on another origin, the live check turns green with that origin within seconds.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { expect, test } from "@playwright/test";
import { createWorkspace, login } from "./fixtures";

test("the Install page's snippet, pasted into a site on another origin, turns the live check green with that origin", async ({ page, browser }) => {
  test.setTimeout(90_000);
  await login(page, "keysOwner");
  await page.goto("/dashboard");
  await createWorkspace(page, "Install check");

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Install" }).click();
  const production = page.getByRole("region", { name: "Install production" });
  await expect(production.getByTestId("live-check-production")).toHaveText("Waiting for the first event from your site…");
  await expect(production.getByRole("button", { name: "Copy the production snippet" })).toBeVisible();
  const snippet = (await production.getByTestId("snippet-production").textContent())!;
  expect(snippet).toContain('data-key="pk_');

  // the customer's site, on an origin of its own, with exactly that snippet in its head
  const site = createServer((_req, res) => res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(`<!doctype html><html><head><meta charset="utf-8">${snippet}</head><body><h1>Customer shop</h1></body></html>`));
  await new Promise<void>((r) => site.listen(0, "127.0.0.1", r));
  const siteOrigin = `http://127.0.0.1:${(site.address() as { port: number }).port}`;
  try {
    const visitor = await browser.newPage();
    await visitor.goto(siteOrigin);
    await expect(visitor.getByRole("heading", { name: "Customer shop" })).toBeVisible();
    // no reload: the page polls; events are stored and noted within a few seconds
    await expect(production.getByTestId("live-check-production")).toContainText(`Events are arriving from ${siteOrigin}`, { timeout: 15_000 });
    // and which SDK sends them: the script tag, at the version this server serves
    const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
    await expect(production.getByTestId("live-sdk-production")).toHaveText(`the script tag (SDK ${version})`);
    await visitor.close();
    // the snippet copied onto a second site: the check never says the first came from the second (#27)
    const key = /data-key="(pk_[^"]+)"/.exec(snippet)![1];
    const other = "https://second-site.example.test";
    const sent = await page.request.post(`/api/v1/events/${key}`, {
      data: JSON.stringify({ events: [{ id: crypto.randomUUID(), type: "session", ts: Date.now(), sessionId: "s2" }] }),
      headers: { "Content-Type": "text/plain", Origin: other },
    });
    expect(sent.status()).toBe(202);
    await expect(production.getByTestId("live-check-production")).toContainText(`Events are arriving from ${other}`, { timeout: 15_000 });
    // one row per site, each with its own first and latest: the second site's first event is its own
    const rows = production.getByTestId("live-site-production");
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0).getByRole("cell").nth(0)).toHaveText(other);
    await expect(rows.nth(0).getByRole("cell").nth(1)).toHaveText("not said");
    await expect(rows.nth(1).getByRole("cell").nth(0)).toHaveText(siteOrigin);
    await expect(rows.nth(1).getByRole("cell").nth(1)).toHaveText(`the script tag (SDK ${version})`);
    const [otherFirst, otherLatest] = await Promise.all([rows.nth(0).getByRole("cell").nth(2).textContent(), rows.nth(0).getByRole("cell").nth(3).textContent()]);
    expect(otherFirst).toBe(otherLatest); // one event from the second site: its first is its latest
    const siteFirst = new Date((await rows.nth(1).getByRole("cell").nth(2).textContent())!).getTime();
    expect(siteFirst).toBeLessThanOrEqual(new Date(otherFirst!).getTime());
    await expect(production.getByTestId("live-check-production")).toContainText("and from 1 other site");
  } finally {
    site.close();
  }
});
