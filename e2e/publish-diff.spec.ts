// The publish review must be believable (issue #16, problem 1): untouched campaigns are not
// "Changed" because a stored revision comes back with its keys in another order, and publishing
// nothing new makes no revision.
import { expect, test } from "@playwright/test";
import { login } from "./fixtures";

// README screenshots are refreshed with UPDATE_SCREENSHOTS=1; ordinary runs keep the tree clean.
const shots = process.env.UPDATE_SCREENSHOTS ? "docs/screenshots" : "test-results/screenshots";

test("the review lists only what changed, and publishing nothing new makes no revision", async ({ page }) => {
  await login(page, "owner");
  // start from what staging serves now
  const first = await (await page.request.post("/api/v1/environments/staging/publish")).json();
  const again = await (await page.request.post("/api/v1/environments/staging/publish")).json();
  expect(again).toMatchObject({ revision: first.revision, created: false, diff: { added: [], changed: [], removed: [], settingsChanged: false } });

  await page.goto("/publishing");
  const staging = page.getByRole("region", { name: "staging" });
  await staging.getByRole("button", { name: "Review changes for staging" }).click();
  await expect(staging.getByTestId("publish-diff")).toContainText("No changes against the current revision.");
  await expect(staging.getByTestId("publish-diff")).not.toContainText("Changed");
  await expect(staging.getByRole("button", { name: "Publish staging" })).toBeDisabled();

  // one new campaign: only it is listed, every other one is unchanged
  const created = await page.request.post("/api/v1/campaigns", {
    data: { name: "Diff probe", trigger: { name: "Diff probe trigger", definition: { type: "js_error", sameOriginOnly: true } }, message: { title: "Sorry <<name|there>>", body: "On it." } },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = await created.json();
  expect((await page.request.patch(`/api/v1/campaigns/${id}`, { data: { status: "active" } })).status()).toBe(200);
  await page.reload();
  await staging.getByRole("button", { name: "Review changes for staging" }).click();
  const diff = staging.getByTestId("publish-diff");
  await expect(diff).toContainText("Added: Diff probe");
  await expect(diff).not.toContainText("Changed");
  await staging.getByRole("button", { name: "Publish staging" }).click();
  await expect(page.getByTestId("publish-result-staging")).toHaveText(`Published staging revision ${first.revision + 1}.`);

  // one field changed: the review names the field, its old and its new value
  const view = await (await page.request.get(`/api/v1/campaigns/${id}`)).json();
  expect((await page.request.patch(`/api/v1/campaigns/${id}`, { data: { priority: 3, message: { ...view.message, title: "Sorry <<name|there>>, search is slow" } } })).status()).toBe(200);
  await page.reload();
  await staging.getByRole("button", { name: "Review changes for staging" }).click();
  const changed = staging.getByTestId("diff-changed");
  await expect(changed).toHaveCount(1);
  await expect(changed).toContainText("Changed: Diff probe");
  await expect(changed).toContainText("message.title: “Sorry <<name|there>>” → “Sorry <<name|there>>, search is slow”");
  await expect(changed).toContainText("priority: 0 → 3");
  await staging.screenshot({ path: `${shots}/publish-diff.png` });
  await staging.getByRole("button", { name: "Publish staging" }).click();
  await expect(page.getByTestId("publish-result-staging")).toHaveText(`Published staging revision ${first.revision + 2}.`);

  // and again with nothing edited: no changes, no new revision
  await staging.getByRole("button", { name: "Review changes for staging" }).click();
  await expect(staging.getByTestId("publish-diff")).toContainText("No changes against the current revision.");
  await expect(staging.getByRole("button", { name: "Publish staging" })).toBeDisabled();
  const last = await (await page.request.post("/api/v1/environments/staging/publish")).json();
  expect(last).toMatchObject({ revision: first.revision + 2, created: false });
  const { revisions } = await (await page.request.get("/api/v1/environments/staging/revisions")).json();
  expect(revisions[0].number).toBe(first.revision + 2);
});
