import { expect, request as playwrightRequest, test } from "@playwright/test";
import { confirmDialog, login } from "./fixtures";

test("the management API works end to end with a secret key, and roles still apply", async ({ page, baseURL }) => {
  page.on("dialog", (d) => d.accept());
  await login(page, "owner");
  await page.goto("/settings");
  const staging = page.getByRole("region", { name: "staging" });
  await staging.getByLabel("New key name").fill("CI deploy");
  await staging.getByLabel("Role").selectOption("editor");
  await staging.getByRole("button", { name: "Create staging key" }).click();
  await expect(page.getByTestId("keys-result-staging")).toContainText("will not be shown again");
  const key = (await page.getByTestId("new-secret-key").textContent())!.trim();
  expect(key).toMatch(/^sk_/);
  const stagingKey = (await page.getByTestId("settings-public-key-staging").textContent())!;

  // campaigns are one draft both environments publish from: a staging key reads them, but changing
  // them takes a production key (or a person), or staging would decide what production serves at
  // its next publish
  const production = page.getByRole("region", { name: "production" });
  await production.getByLabel("New key name").fill("CI content");
  await production.getByLabel("Role").selectOption("editor");
  await production.getByRole("button", { name: "Create production key" }).click();
  await expect(page.getByTestId("keys-result-production")).toContainText("will not be shown again");
  const contentKey = (await production.getByTestId("new-secret-key").textContent())!.trim();

  const api = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${key}` } });
  const content = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${contentKey}` } });
  expect((await api.get("/api/v1/campaigns")).status()).toBe(200);
  const fromStaging = await api.post("/api/v1/campaigns", {
    data: { name: "API apology", trigger: { name: "API trigger", definition: { type: "custom", name: "api_failed" } }, message: { title: "Sorry", body: "On it." } },
  });
  expect(fromStaging.status()).toBe(403);
  expect((await fromStaging.json()).error.message).toContain("Use a production key, or sign in.");

  const bad = await content.post("/api/v1/campaigns", {
    data: {
      name: "API apology",
      trigger: { name: "API trigger", definition: { type: "custom", name: "api_failed" } },
      message: { title: "Sorry <<company>>", body: "We are on it." },
    },
  });
  expect(bad.status()).toBe(422);
  expect((await bad.json()).error).toMatchObject({ code: "validation_failed", field: "message.title", message: expect.stringContaining("<<company>>") });

  // bodies are bounded like the events endpoint's: 413 naming the bound, not read to the end
  const huge = await content.post("/api/v1/campaigns", { data: JSON.stringify({ name: "x".repeat(300_000) }), headers: { "Content-Type": "application/json" } });
  expect(huge.status()).toBe(413);
  expect((await huge.json()).error.message).toContain("larger than 262144 bytes");

  const invalid = await content.post("/api/v1/campaigns", { data: { name: "" } });
  expect(invalid.status()).toBe(422);
  expect((await invalid.json()).error.field).toBeTruthy();

  const created = await content.post("/api/v1/campaigns", {
    data: {
      name: "API apology",
      priority: 5,
      trigger: { name: "API trigger", definition: { type: "custom", name: "api_failed" } },
      message: { title: "Sorry <<name|there>>", body: "We are on it." },
    },
  });
  expect(created.status()).toBe(201);
  const campaign = await created.json();
  expect(campaign).toMatchObject({ status: "draft", trigger: { definition: { type: "custom", name: "api_failed" } } });

  expect((await content.patch(`/api/v1/campaigns/${campaign.id}`, { data: { status: "active" } })).status()).toBe(200);
  const published = await api.post("/api/v1/environments/staging/publish");
  expect(published.status()).toBe(200);
  const { revision, diff } = await published.json();
  expect(diff.added).toEqual([{ id: campaign.id, name: "API apology" }]);

  const rules = await (await api.get(`/api/v1/rules/${stagingKey}`)).json();
  expect(rules.revision).toBe(revision);
  expect(rules.campaigns.map((c: { id: string }) => c.id)).toContain(campaign.id);

  const history = await (await api.get("/api/v1/environments/staging/revisions")).json();
  expect(history.revisions[0].number).toBe(revision);
  const rolled = await api.post("/api/v1/environments/staging/rollback", { data: { revision: revision - 1 } });
  expect(rolled.status()).toBe(200);
  const after = await (await api.get(`/api/v1/rules/${stagingKey}`)).json();
  expect(after.campaigns.map((c: { id: string }) => c.id)).not.toContain(campaign.id);

  // an editor key may not publish production, nor roll back to a revision that does not exist
  expect((await api.post("/api/v1/environments/production/publish")).status()).toBe(403);
  const missing = await api.post("/api/v1/environments/staging/rollback", { data: { revision: 9999 } });
  expect(missing.status()).toBe(404);
  expect((await api.post("/api/v1/environments/moon/publish")).status()).toBe(404);

  expect((await api.patch(`/api/v1/campaigns/${campaign.id}`, { data: { status: "archived" } })).status()).toBe(403);
  expect((await content.patch(`/api/v1/campaigns/${campaign.id}`, { data: { status: "archived" } })).status()).toBe(200);
  expect((await content.delete(`/api/v1/campaigns/${campaign.id}`)).status()).toBe(204);
  expect((await api.get(`/api/v1/campaigns/${campaign.id}`)).status()).toBe(404);

  // the audit log names the key as the actor
  await page.goto("/audit?action=environment.rollback");
  await expect(page.getByTestId("audit-row").first()).toContainText(`secret key ${key.slice(0, 10)}… (CI deploy)`);

  // revoked, the key stops working at once
  await page.goto("/settings");
  await page.getByRole("button", { name: "Revoke CI deploy" }).click();
  await confirmDialog(page, "Revoke key");
  await expect(page.getByTestId("keys-result-staging")).toHaveText("Key revoked: it no longer works.");
  const revoked = await api.get("/api/v1/campaigns");
  expect(revoked.status()).toBe(401);
  expect((await revoked.json()).error.code).toBe("unauthorized");
  await api.dispose();
  await content.dispose();

  const garbage = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { Authorization: "Bearer nope" } });
  expect((await garbage.get("/api/v1/campaigns")).status()).toBe(401);
  await garbage.dispose();
});

test("a signed-in session cannot be ridden by another site", async ({ page }) => {
  await login(page, "owner");
  const res = await page.request.post("/api/v1/environments/staging/publish", {
    headers: { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" },
  });
  expect(res.status()).toBe(403);
  expect((await res.json()).error.code).toBe("cross_site");
});
