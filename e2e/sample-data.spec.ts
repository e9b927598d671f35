// A first dashboard that is not empty (issue #17): on a fresh start, the demo workspace loads two
// weeks of sample history with one button; trends, the weekly report and the stats API show it,
// labelled "sample data"; one button or `npm run load -- --clear` removes it; a workspace of one's
// own never gets it. A server of its own: the shared one's demo counts belong to other specs.
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { freshDatabaseEnv } from "./fresh-database";
import { createWorkspace } from "./fixtures";
import { spawnServer, waitHealthy, type SpawnedServer } from "./spawned-server";

const PORT = 3193;
const base = `http://127.0.0.1:${PORT}`;
const OWNER = { email: "first-look@e2e.test", password: "first-look-password-1" };
let env: Record<string, string> = {};
let server: SpawnedServer | undefined;

const start = async () => {
  server = spawnServer(PORT, { ...env, ADMIN_EMAIL: OWNER.email, ADMIN_PASSWORD: OWNER.password });
  await waitHealthy(server);
};

async function signIn(page: Page) {
  await page.goto(`${base}/login`);
  await page.getByLabel("Email").fill(OWNER.email);
  await page.getByLabel("Password").fill(OWNER.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${base}/dashboard`);
}

const stats = async (page: Page, week?: string) => (await (await page.request.get(`${base}/api/v1/stats/summary${week ? `?week=${week}` : ""}`)).json()) as { sampleData: boolean; totals: { shown: { thisWeek: number; lastWeek: number } } };

test.afterAll(async () => {
  await server?.stop();
});

test("the demo workspace loads two weeks of sample data, labelled wherever it shows, and removes it with one button or the CLI", async ({ page }) => {
  test.setTimeout(180_000);
  env = { DATA_DIR: mkdtempSync(path.join(tmpdir(), "mc-sample-")), ...(await freshDatabaseEnv("mc_sample")) };
  await start();
  await signIn(page);

  // first look: empty charts, and an offer
  expect(await stats(page)).toMatchObject({ sampleData: false, totals: { shown: { thisWeek: 0, lastWeek: 0 } } });
  await expect(page.getByTestId("sample-data-banner")).toHaveCount(0);
  await page.getByRole("button", { name: "Load sample data" }).click();
  const banner = page.getByRole("note", { name: "Sample data" });
  await expect(banner).toContainText("Sample data: charts, trends and reports of this workspace include 14 days of made-up history.");
  await expect(page.getByRole("button", { name: "Load sample data" })).toHaveCount(0);

  // the weekly report of last week, a whole week inside the 14 days (this week may have only
  // begun, and is compared with last week only up to the same hour), labelled as sample
  const lastWeek = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);
  await page.goto(`${base}/reports/weekly?week=${lastWeek}`);
  await expect(banner).toBeVisible();
  await expect(page.getByText(/^last week [1-9]/).first()).toBeVisible();
  const summary = await stats(page, lastWeek);
  expect(summary.sampleData).toBe(true);
  expect(summary.totals.shown.thisWeek).toBeGreaterThan(100);
  expect(summary.totals.shown.lastWeek).toBeGreaterThan(100);
  // trends draw a chart, not the empty state
  await page.goto(`${base}/trends`);
  await expect(banner).toBeVisible();
  await expect(page.getByTestId("trends-totals")).toBeVisible();
  await expect(page.getByTestId("trends-empty")).toHaveCount(0);

  // one button removes it all
  await banner.getByRole("button", { name: "Remove sample data" }).click();
  await expect(banner).toHaveCount(0);
  expect(await stats(page)).toMatchObject({ sampleData: false, totals: { shown: { thisWeek: 0, lastWeek: 0 } } });
  await page.goto(`${base}/dashboard`);
  await expect(page.getByRole("button", { name: "Load sample data" })).toBeVisible();

  // a workspace of one's own is never offered sample data
  await createWorkspace(page, "Our real product");
  await expect(page).toHaveURL(`${base}/dashboard`);
  await expect(page.getByRole("combobox", { name: "Workspace" }).locator("option:checked")).toContainText("Our real product");
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Load sample data" })).toHaveCount(0);
  const demo = (await page.getByRole("combobox", { name: "Workspace" }).locator("option", { hasText: "Demo Store" }).getAttribute("value"))!;
  await page.getByRole("combobox", { name: "Workspace" }).selectOption(demo);
  await expect(page.getByRole("combobox", { name: "Workspace" })).toHaveAttribute("data-current", demo);

  // loaded again, then cleared from the command line with the server stopped (PGlite has one owner)
  await page.getByRole("button", { name: "Load sample data" }).click();
  await expect(banner).toBeVisible();
  await server!.stop();
  const out = execFileSync("npm", ["run", "--silent", "load", "--", "--clear"], { env: { ...process.env, ...env }, encoding: "utf8" });
  expect(out).toMatch(/Removed [\d,]+ sample events from demo/);
  expect(out).not.toMatch(/Removed 0 sample events/);
  await start();
  await page.goto(`${base}/reports/weekly`); // the session outlives a restart (a signed token)
  await expect(page.getByTestId("weekly-shown")).toHaveText("0");
  await expect(banner).toHaveCount(0);
});
