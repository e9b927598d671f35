// #27: the Campaigns list says where each campaign is live, per environment, and whether the draft
// changed since: "active" alone said live for a campaign no environment served.
import { expect, test } from "@playwright/test";
import { confirmDialog, createWorkspace, login } from "./fixtures";

test("the Campaigns list shows not live, live in staging, changed since, and live in production", async ({ page }) => {
  await login(page, "owner");
  await page.goto("/dashboard");
  await createWorkspace(page, "Live State Co");
  const created = await page.request.post("/api/v1/campaigns", {
    data: { name: "Search down", trigger: { name: "Search 5xx", definition: { type: "http_error", url: { kind: "glob", source: "/api/search*" }, methods: [], statuses: ["5xx"] } }, message: { title: "Sorry <<name|there>>" } },
  });
  const { id } = await created.json();
  expect((await page.request.patch(`/api/v1/campaigns/${id}`, { data: { status: "active" } })).status()).toBe(200);
  const state = async () => {
    await page.goto("/campaigns");
    return page.getByRole("row").filter({ hasText: "Search down" }).getByTestId("live-state").textContent();
  };
  expect(await state()).toBe("not live");

  const published = await (await page.request.post("/api/v1/environments/staging/publish")).json();
  expect(await state()).toBe(`staging r${published.revision}`);

  expect((await page.request.patch(`/api/v1/campaigns/${id}`, { data: { message: { title: "So sorry <<name|there>>" } } })).status()).toBe(200);
  expect(await state()).toBe(`staging r${published.revision} (changed since)`);

  const again = await (await page.request.post("/api/v1/environments/staging/publish")).json();
  await page.goto("/publishing");
  await page.getByRole("button", { name: "Promote staging → production" }).click();
  await confirmDialog(page, "Promote");
  await expect(page.getByTestId("promote-result")).toHaveText(/^Promoted staging to production revision (\d+)\.$/);
  const production = /revision (\d+)/.exec((await page.getByTestId("promote-result").textContent())!)![1];
  expect(await state()).toBe(`staging r${again.revision} · production r${production}`);
});
