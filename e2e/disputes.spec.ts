// "Nothing's wrong?": the measure of false apologies (issue #14). A user answers it on an apology
// embedded on a customer's site; the disputed event is counted, the weekly report shows the
// disputed share per campaign and trigger, and the campaign list flags the campaign once its
// share passes the workspace threshold. A campaign can go without the link.
import type { Server } from "node:http";
import { expect, test } from "@playwright/test";
import { login, sdkReady } from "./fixtures";
import { hostPage, startHostSite } from "./host-site";

test.describe.configure({ mode: "serial" });

const HOST_PORT = 3207;
let site: Server;
let publicKey = "";
let campaignId = "";

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  await login(page, "disputesAdmin");
  const r = await page.request.post("/api/v1/campaigns", {
    data: {
      name: "Search apology",
      trigger: { name: "Search fails", definition: { type: "http_error", url: { kind: "glob", source: "/api/search*" }, methods: [], statuses: ["5xx"] } },
      message: { title: "<<name|there>>, search is down", body: "Sorry about that.", autoDismissMs: 0 },
    },
  });
  expect(r.status(), await r.text()).toBe(201);
  campaignId = (await r.json()).id;
  expect((await page.request.patch(`/api/v1/campaigns/${campaignId}`, { data: { status: "active" } })).status()).toBe(200);
  expect((await page.request.post("/api/v1/environments/production/publish")).status()).toBe(200);
  await page.goto("/publishing");
  publicKey = (await page.getByTestId("public-key-production").textContent())!.trim();
  await page.close();
  site = await startHostSite(HOST_PORT, () => hostPage({ sdkOrigin: `http://localhost:${process.env.E2E_PORT ?? 3100}`, publicKey, user: { id: "u_kim", name: "Kim" } }));
});
test.afterAll(() => new Promise<void>((r) => site.close(() => r())));

test("a user answers “Nothing's wrong?” on an apology, and the team sees the disputed share", async ({ page, browser }) => {
  await page.goto(`http://127.0.0.1:${HOST_PORT}/`);
  await sdkReady(page);
  await page.click("#search");
  const apology = page.getByRole("status");
  await expect(apology).toContainText("Kim, search is down");
  await apology.getByRole("button", { name: "Nothing's wrong?" }).click();
  await expect(apology).toHaveCount(0);
  await page.goto("about:blank"); // leaving sends what is queued

  const admin = await browser.newPage();
  await login(admin, "disputesAdmin");
  await expect
    .poll(async () => (await (await admin.request.get("/api/v1/stats?env=production&type=disputed")).json()).series?.[0]?.total ?? 0, { timeout: 15_000 })
    .toBe(1);
  await admin.goto("/reports/weekly");
  await expect(admin.getByTestId("weekly-campaigns").getByRole("row", { name: /Search apology/ })).toContainText("1 (100.0 %)");
  await expect(admin.getByTestId("weekly-triggers").getByRole("row", { name: /Request failed/ })).toContainText("1 (100.0 %)");
  await admin.goto("/campaigns");
  await expect(admin.getByRole("row", { name: /Search apology/ }).getByTestId("dispute-flag")).toHaveText("100.0 % disputed");
  await admin.close();
});

test("a campaign can go without the link: its compiled rules say so", async ({ page, request }) => {
  await login(page, "disputesAdmin");
  const before = await (await request.get(`/api/v1/rules/${publicKey}`)).json();
  expect(before.campaigns[0].message.disputable).toBe(true);
  const view = await (await page.request.get(`/api/v1/campaigns/${campaignId}`)).json();
  const patched = await page.request.patch(`/api/v1/campaigns/${campaignId}`, { data: { message: { ...view.message, disputeLink: false } } });
  expect(patched.status(), await patched.text()).toBe(200);
  expect((await page.request.post("/api/v1/environments/production/publish")).status()).toBe(200);
  await expect.poll(async () => (await (await request.get(`/api/v1/rules/${publicKey}`)).json()).campaigns[0].message.disputable).toBeUndefined();
});
