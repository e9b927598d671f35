import { expect, test } from "@playwright/test";
import { confirmDialog, login } from "./fixtures";

test("workspace defaults, caps and key rotation take effect, and a default in use cannot be removed", async ({ page }) => {
  test.setTimeout(90_000);
  page.on("dialog", (d) => d.accept());
  await login(page, "owner");
  await page.goto("/settings");

  await page.getByRole("button", { name: "Add a default" }).click();
  const rows = page.getByLabel(/^Attribute \d+$/);
  const n = await rows.count();
  await page.getByLabel(`Attribute ${n}`, { exact: true }).fill("plan");
  await page.getByLabel("Fallback for plan").fill("valued customer");
  await page.getByRole("button", { name: "Save defaults" }).click();
  await expect(page.getByTestId("workspace-result")).toHaveText("Attribute defaults saved. Publish to apply them to live copy.");

  // a token without inline fallback is now accepted, because the workspace has a default for it
  const created = await page.request.post("/api/v1/campaigns", {
    data: {
      name: "Uses plan default",
      trigger: { name: "plan trigger", definition: { type: "custom", name: "plan_event" } },
      message: { title: "Sorry, dear <<plan>>", body: "We are on it." },
    },
  });
  expect(created.status()).toBe(201);
  const draft = await created.json();

  await page.reload();
  await page.getByRole("button", { name: "Remove plan" }).click();
  await page.getByRole("button", { name: "Save defaults" }).click();
  await expect(page.getByTestId("workspace-result")).toContainText("“Uses plan default” uses <<plan>> without a fallback");
  expect((await page.request.delete(`/api/v1/campaigns/${draft.id}`)).status()).toBe(204);
  await page.getByRole("button", { name: "Save defaults" }).click();
  await expect(page.getByTestId("workspace-result")).toHaveText("Attribute defaults saved. Publish to apply them to live copy.");

  // workspace caps are compiled into the served rules
  await page.getByLabel("Minimum gap between two apologies (seconds)").fill("30");
  await page.getByLabel("At most this many apologies per session (0 = no limit)").fill("3");
  await page.getByRole("button", { name: "Save caps" }).click();
  await expect(page.getByTestId("workspace-result")).toHaveText("Workspace caps saved. Publish to apply them.");
  const key = (await page.getByTestId("settings-public-key-staging").textContent())!;
  expect((await page.request.post("/api/v1/environments/staging/publish")).status()).toBe(200);
  expect((await (await page.request.get(`/api/v1/rules/${key}`)).json()).settings).toEqual({ minGapMs: 30_000, maxPerSession: 3 });
  await page.getByLabel("Minimum gap between two apologies (seconds)").fill("0");
  await page.getByLabel("At most this many apologies per session (0 = no limit)").fill("0");
  await page.getByRole("button", { name: "Save caps" }).click();
  await expect(page.getByTestId("workspace-result")).toHaveText("Workspace caps saved. Publish to apply them.");
  expect((await page.request.post("/api/v1/environments/staging/publish")).status()).toBe(200);
  expect((await (await page.request.get(`/api/v1/rules/${key}`)).json()).settings).toEqual({ minGapMs: 0 });

  // rotating the public key retires the old one at once
  await page.getByRole("button", { name: "Rotate staging public key" }).click();
  await confirmDialog(page, "Rotate key");
  await expect(page.getByTestId("keys-result-staging")).toContainText("New staging public key");
  await page.reload();
  const rotated = (await page.getByTestId("settings-public-key-staging").textContent())!;
  expect(rotated).not.toBe(key);
  expect((await page.request.get(`/api/v1/rules/${key}`)).status()).toBe(404);
  expect((await page.request.get(`/api/v1/rules/${rotated}`)).status()).toBe(200);
});

test("a viewer sees settings but cannot change them", async ({ page }) => {
  await login(page, "viewer");
  await page.goto("/settings");
  await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Save defaults" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Create .* key$/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Rotate/ })).toHaveCount(0);
});

test("an owner duplicates a campaign and promotes staging to production", async ({ page }) => {
  page.on("dialog", (d) => d.accept());
  await login(page, "owner");
  await page.goto("/campaigns");
  await page.getByRole("link", { name: "Checkout is slow", exact: true }).click();
  await page.getByRole("button", { name: "Duplicate" }).click();
  // the copy is where you land, ready to edit
  await expect(page.getByTestId("duplicated-notice")).toHaveText("This is the copy, a draft: edit it here. The original is unchanged.");
  await expect(page.getByRole("heading", { name: "Checkout is slow (copy)" })).toBeVisible();
  const { campaigns } = await (await page.request.get("/api/v1/campaigns")).json();
  const copy = campaigns.find((c: { name: string }) => c.name === "Checkout is slow (copy)");
  expect(copy).toMatchObject({ status: "draft", trigger: { definition: { type: "slow_request", thresholdMs: 2000 } } });
  await expect(page).toHaveURL(new RegExp(`/campaigns/${copy.id}\\?duplicated=1$`));
  await page.getByRole("button", { name: "Delete" }).click();
  await confirmDialog(page, "Delete campaign");
  await expect(page).toHaveURL(/\/campaigns$/);
  await expect(page.getByRole("link", { name: "Checkout is slow (copy)" })).toHaveCount(0);
  await page.goto("/audit?target=campaign&action=campaign.delete");
  await expect(page.getByTestId("audit-row").first()).toContainText("Checkout is slow (copy)");

  // staging moves ahead of production (a priority change, published to staging only)
  const original = campaigns.find((c: { name: string }) => c.name === "Checkout is slow");
  expect((await page.request.patch(`/api/v1/campaigns/${original.id}`, { data: { priority: original.priority + 1 } })).status()).toBe(200);
  expect((await page.request.post("/api/v1/environments/staging/publish")).status()).toBe(200);

  await page.goto("/publishing");
  const prodKey = (await page.getByTestId("public-key-production").textContent())!;
  const stagingKey = (await page.getByTestId("public-key-staging").textContent())!;
  const before = await (await page.request.get(`/api/v1/rules/${prodKey}`)).json();
  await page.getByRole("button", { name: "Promote staging → production" }).click();
  // the dialog says what production gets: the campaign whose priority changed, field by field
  await expect(page.getByTestId("promote-diff")).toContainText(`Changed: ${original.name}`);
  await expect(page.getByTestId("promote-diff")).toContainText(`priority: ${original.priority} → ${original.priority + 1}`);
  await confirmDialog(page, "Promote");
  await expect(page.getByTestId("promote-result")).toHaveText(`Promoted staging to production revision ${before.revision + 1}.`);
  const prod = await (await page.request.get(`/api/v1/rules/${prodKey}`)).json();
  const staging = await (await page.request.get(`/api/v1/rules/${stagingKey}`)).json();
  expect(prod.revision).toBe(before.revision + 1);
  expect(prod.campaigns).toEqual(staging.campaigns);
});
