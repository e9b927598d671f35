import { expect, test, type Page } from "@playwright/test";
import { login } from "./fixtures";

async function publishFromUi(page: Page, env: "staging" | "production") {
  await page.goto("/publishing");
  await page.getByRole("button", { name: `Review changes for ${env}` }).click();
  await expect(page.getByTestId("publish-diff")).toBeVisible();
  const diff = await page.getByTestId("publish-diff").textContent();
  await page.getByRole("button", { name: `Publish ${env}` }).click();
  await expect(page.getByTestId(`publish-result-${env}`)).toContainText(`Published ${env} revision`);
  return diff ?? "";
}

test("a viewer can read campaigns but cannot change or publish them", async ({ page }) => {
  await login(page, "viewer");
  await page.goto("/campaigns");
  await expect(page.getByRole("heading", { name: "Campaigns" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Search is failing" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^(Pause|Activate)/ })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "New campaign" })).toHaveCount(0);
  await page.goto("/publishing");
  await expect(page.getByRole("button", { name: /^Review changes/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Roll back/ })).toHaveCount(0);

  // the builder opens read-only, and /campaigns/new is refused
  await page.goto("/campaigns");
  await page.getByRole("link", { name: "Search is failing" }).click();
  await expect(page.getByText("read only for your role")).toBeVisible();
  await expect(page.getByLabel("Name", { exact: true })).toBeDisabled();
  await expect(page.getByRole("button", { name: "Save changes" })).toHaveCount(0);
  await page.goto("/campaigns/new");
  await expect(page).toHaveURL(/\/forbidden/);

  const list = await page.request.get("/api/v1/campaigns");
  expect(list.status()).toBe(200);
  const { campaigns } = await list.json();
  const target = campaigns.find((c: { name: string }) => c.name === "Product image broken");

  const patch = await page.request.patch(`/api/v1/campaigns/${target.id}`, { data: { status: "paused" } });
  expect(patch.status()).toBe(403);
  expect((await patch.json()).error).toMatchObject({ code: "forbidden", message: expect.stringContaining("viewer") });
  expect((await page.request.post("/api/v1/environments/staging/publish")).status()).toBe(403);

  const after = await (await page.request.get(`/api/v1/campaigns/${target.id}`)).json();
  expect(after.status).toBe("active");
});

test("a stranger gets 401 from the management API", async ({ request }) => {
  const res = await request.get("/api/v1/campaigns");
  expect(res.status()).toBe(401);
  expect((await res.json()).error.code).toBe("unauthorized");
  expect((await request.post("/api/v1/environments/staging/publish")).status()).toBe(401);
});

test("an editor pauses a campaign and publishes staging, but cannot publish production", async ({ page }) => {
  await login(page, "editor");
  await page.goto("/publishing");
  const stagingKey = (await page.getByTestId("public-key-staging").textContent())!;
  const before = await (await page.request.get(`/api/v1/rules/${stagingKey}`)).json();
  const { campaigns } = await (await page.request.get("/api/v1/campaigns")).json();
  const image = campaigns.find((c: { name: string }) => c.name === "Product image broken").id;
  const servedIds = (rules: { campaigns: { id: string }[] }) => rules.campaigns.map((c) => c.id);
  expect(servedIds(before)).toContain(image);
  await expect(page.getByRole("button", { name: "Review changes for production" })).toHaveCount(0);
  const denied = await page.request.post("/api/v1/environments/production/publish");
  expect(denied.status()).toBe(403);

  await page.goto("/campaigns");
  await page.getByRole("button", { name: "Pause Product image broken" }).click();
  await expect(page.getByTestId("action-result")).toContainText("“Product image broken” is now paused");
  const diff = await publishFromUi(page, "staging");
  expect(diff).toContain("Removed: Product image broken");

  const after = await (await page.request.get(`/api/v1/rules/${stagingKey}`)).json();
  expect(after.revision).toBe(before.revision + 1);
  expect(servedIds(after)).not.toContain(image);

  // put it back so other specs see the demo as shipped
  await page.goto("/campaigns");
  await page.getByRole("button", { name: "Activate Product image broken" }).click();
  await expect(page.getByTestId("action-result")).toContainText("is now active");
  expect(await publishFromUi(page, "staging")).toContain("Added: Product image broken");
});
