import { expect, test } from "@playwright/test";
import { login } from "./fixtures";

test("a viewer can read campaigns but cannot change or publish them", async ({ page }) => {
  await login(page, "viewer");
  await page.goto("/campaigns");
  await expect(page.getByRole("heading", { name: "Campaigns" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Search is failing" }).first()).toBeVisible();
  await expect(page.getByRole("button", { name: /^(Pause|Activate)/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Publish/ })).toHaveCount(0);

  const list = await page.request.get("/api/v1/campaigns");
  expect(list.status()).toBe(200);
  const { campaigns } = await list.json();
  const target = campaigns.find((c: { environment: string }) => c.environment === "staging");

  const patch = await page.request.patch(`/api/v1/campaigns/${target.id}`, { data: { status: "paused" } });
  expect(patch.status()).toBe(403);
  expect((await patch.json()).error).toContain("viewer");
  const publish = await page.request.post("/api/v1/environments/staging/publish");
  expect(publish.status()).toBe(403);

  const after = await (await page.request.get("/api/v1/campaigns")).json();
  expect(after.campaigns.find((c: { id: string }) => c.id === target.id).status).toBe("active");
});

test("a stranger gets 401 from the management API", async ({ request }) => {
  expect((await request.get("/api/v1/campaigns")).status()).toBe(401);
  expect((await request.post("/api/v1/environments/staging/publish")).status()).toBe(401);
});

test("an editor pauses a campaign and publishing serves a new revision without it", async ({ page }) => {
  await login(page, "editor");
  await page.goto("/campaigns");
  const stagingKey = (await page.getByTestId("public-key-staging").textContent())!;
  const before = await (await page.request.get(`/api/v1/rules/${stagingKey}`)).json();
  expect(before.campaigns.length).toBe(4);

  await page.getByRole("button", { name: "Pause Product image broken (staging)" }).click();
  await expect(page.getByTestId("action-result")).toContainText("“Product image broken” is now paused");
  await page.getByRole("button", { name: "Publish staging" }).click();
  await expect(page.getByTestId("publish-result")).toHaveText(`Published staging revision ${before.revision + 1}.`);

  const after = await (await page.request.get(`/api/v1/rules/${stagingKey}`)).json();
  expect(after.revision).toBe(before.revision + 1);
  expect(after.campaigns.length).toBe(3);

  // put it back so other specs see the demo as shipped
  await page.getByRole("button", { name: "Activate Product image broken (staging)" }).click();
  await expect(page.getByTestId("action-result")).toContainText("is now active");
  await page.getByRole("button", { name: "Publish staging" }).click();
  await expect(page.getByTestId("publish-result")).toHaveText(`Published staging revision ${before.revision + 2}.`);
});
