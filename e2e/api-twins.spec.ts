// Every admin action has a REST twin (#27): alert rules, members, secret keys and allowed origins,
// driven end to end with secret keys as a script would, each scoped to its key's environment.
import { createServer, type IncomingMessage } from "node:http";
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { createWorkspace, login } from "./fixtures";

test("alert rules, members, keys and allowed origins through the API, with a secret key", async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  const run = Math.random().toString(36).slice(2, 8);
  await login(page, "keysOwner");
  await page.goto("/dashboard");
  await createWorkspace(page, `REST twins ${run}`);

  // a person makes the first key (the session acts as its owner); the key is in that answer only
  const made = await page.request.post("/api/v1/keys", { data: { environment: "production", name: "twin admin", role: "admin" } });
  expect(made.status(), await made.text()).toBe(201);
  const admin = (await made.json()) as { id: string; key: string; prefix: string };
  expect(admin.key).toMatch(/^sk_/);
  const listed = (await (await page.request.get("/api/v1/keys")).json()) as { keys: { id: string; prefix: string; environment: string }[] };
  expect(listed.keys).toEqual([expect.objectContaining({ id: admin.id, prefix: admin.prefix, environment: "production" })]);
  expect(JSON.stringify(listed)).not.toContain(admin.key);

  const as = (key: string) => playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${key}` } });
  const api = await as(admin.key);

  // ---- alert rules, with a webhook receiver on loopback for the test message
  const received: string[] = [];
  const hook = createServer((req: IncomingMessage, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      received.push(body);
      res.writeHead(200).end("ok");
    });
  });
  await new Promise<void>((r) => hook.listen(0, "127.0.0.1", r));
  try {
    const rule = {
      name: "Apologies doubled",
      environment: "production",
      metric: "shown",
      scope: { kind: "all" },
      windowMinutes: 15,
      mode: "baseline",
      threshold: 2,
      webhookUrl: `http://127.0.0.1:${(hook.address() as { port: number }).port}/hook`,
      cooldownMinutes: 60,
    };
    const created = await api.post("/api/v1/alerts", { data: rule });
    expect(created.status(), await created.text()).toBe(201);
    const { id, version } = (await created.json()) as { id: string; version: string };
    expect(created.headers().etag).toBe(`"${version}"`);
    expect(((await (await api.get("/api/v1/alerts")).json()) as { alerts: { id: string }[] }).alerts.map((a) => a.id)).toEqual([id]);
    const bad = await api.post("/api/v1/alerts", { data: { ...rule, windowMinutes: 0 } });
    expect(bad.status()).toBe(422);
    expect((await bad.json()).error).toMatchObject({ field: "windowMinutes", message: expect.stringContaining("at least 1 minute") });

    // a stale If-Match is refused; the current one goes through
    const stale = await api.put(`/api/v1/alerts/${id}`, { data: { ...rule, threshold: 3 }, headers: { "If-Match": '"2000-01-01T00:00:00.000Z"' } });
    expect(stale.status()).toBe(412);
    const updated = await api.put(`/api/v1/alerts/${id}`, { data: { ...rule, threshold: 3 }, headers: { "If-Match": `"${version}"` } });
    expect(updated.status(), await updated.text()).toBe(200);
    expect(await updated.json()).toMatchObject({ threshold: 3 });
    expect(await (await api.patch(`/api/v1/alerts/${id}`, { data: { enabled: false } })).json()).toMatchObject({ enabled: false });
    expect((await api.patch(`/api/v1/alerts/${id}`, { data: { enabled: "no" } })).status()).toBe(422);

    const tested = await api.post(`/api/v1/alerts/${id}/test`);
    expect(await tested.json()).toMatchObject({ delivered: true });
    expect(received.join("")).toContain("[test] Apologies doubled");
    expect(await (await api.get("/api/v1/alerts/firings")).json()).toEqual({ firings: [] });
    expect((await api.delete(`/api/v1/alerts/${id}`)).status()).toBe(204);
    expect((await api.get(`/api/v1/alerts/${id}`)).status()).toBe(404);
  } finally {
    hook.close();
  }

  // ---- members: add, change the role, remove; an admin key cannot make owners
  const email = `twin-${run}@e2e.test`;
  const person = { email, name: "Twin", role: "editor", password: "twin-password-1234" };
  const added = await api.post("/api/v1/members", { data: person });
  expect(added.status(), await added.text()).toBe(201);
  const { userId } = (await added.json()) as { userId: string };
  expect(await added.json()).toEqual({ userId, email, role: "editor" });
  expect((await api.post("/api/v1/members", { data: person })).status()).toBe(409);
  const owner = await api.post("/api/v1/members", { data: { ...person, email: `owner-${run}@e2e.test`, role: "owner" } });
  expect(owner.status()).toBe(403);
  expect((await owner.json()).error.message).toBe("Only an owner can make someone an owner");
  expect(await (await api.patch(`/api/v1/members/${userId}`, { data: { role: "viewer" } })).json()).toEqual({ userId, role: "viewer", keysRevoked: 0 });
  const members = async () => ((await (await api.get("/api/v1/members")).json()) as { members: { email: string; role: string }[] }).members;
  expect(await members()).toContainEqual(expect.objectContaining({ email, role: "viewer" }));
  expect((await api.delete(`/api/v1/members/${userId}`)).status()).toBe(204);
  expect((await members()).map((m) => m.email)).not.toContain(email);

  // ---- keys: a key makes keys for its own environment only, never above its role; revoking ends one at once
  const other = await api.post("/api/v1/keys", { data: { environment: "staging", name: "elsewhere", role: "viewer" } });
  expect(other.status()).toBe(403);
  expect((await other.json()).error.message).toContain("This key belongs to production");
  expect((await api.post("/api/v1/keys", { data: { environment: "production", name: "too strong", role: "owner" } })).status()).toBe(422);
  const reader = (await (await api.post("/api/v1/keys", { data: { environment: "production", name: "reader", role: "viewer" } })).json()) as { id: string; key: string };
  const readerApi = await as(reader.key);
  expect((await readerApi.get("/api/v1/campaigns")).status()).toBe(200);
  expect((await readerApi.post("/api/v1/keys", { data: { environment: "production", name: "x", role: "viewer" } })).status()).toBe(403);
  expect((await api.delete(`/api/v1/keys/${reader.id}`)).status()).toBe(204);
  const revoked = await readerApi.get("/api/v1/campaigns");
  expect(revoked.status()).toBe(401);
  expect((await revoked.json()).error.message).toContain("was revoked on");
  await readerApi.dispose();

  // ---- allowed origins: stored normalized, refused when not an origin, and events from other sites are refused at once
  await page.goto("/install");
  const publicKey = /data-key="(pk_[^"]+)"/.exec((await page.getByTestId("snippet-production").textContent())!)![1];
  const put = await api.put("/api/v1/environments/production/allowed-origins", { data: { origins: ["https://shop.example.test/", "https://shop.example.test"] } });
  expect(await put.json()).toEqual({ environment: "production", origins: ["https://shop.example.test"] });
  const notOrigin = await api.put("/api/v1/environments/production/allowed-origins", { data: { origins: ["shop.example.test/cart"] } });
  expect(notOrigin.status()).toBe(422);
  expect((await notOrigin.json()).error.message).toContain("is not an origin");
  const event = (origin: string) =>
    page.request.post(`/api/v1/events/${publicKey}`, {
      data: JSON.stringify({ events: [{ id: crypto.randomUUID(), type: "session", ts: Date.now(), sessionId: `s-${run}` }] }),
      headers: { "Content-Type": "text/plain", Origin: origin },
    });
  await expect.poll(async () => (await event("https://copycat.example.test")).status()).toBe(403);
  expect((await event("https://shop.example.test")).status()).toBe(202);
  await expect.poll(async () => (await (await api.get("/api/v1/environments/production/allowed-origins")).json()).refusedEvents).toBeGreaterThan(0);
  expect((await api.put("/api/v1/environments/staging/allowed-origins", { data: { origins: [] } })).status()).toBe(403);

  // ---- a staging admin key cannot add members: members reach production too
  const stagingAdmin = (await (await page.request.post("/api/v1/keys", { data: { environment: "staging", name: "staging admin", role: "admin" } })).json()) as { key: string };
  const stagingApi = await as(stagingAdmin.key);
  const viaStaging = await stagingApi.post("/api/v1/members", { data: { ...person, email: `staging-${run}@e2e.test` } });
  expect(viaStaging.status()).toBe(403);
  expect((await viaStaging.json()).error.message).toContain("members belong to the whole workspace");
  const stagingKeys = ((await (await stagingApi.get("/api/v1/keys")).json()) as { keys: { environment: string; name: string }[] }).keys;
  expect(stagingKeys.map((k) => [k.environment, k.name])).toEqual([["staging", "staging admin"]]);
  // nor touch production's alert rules or keys by id
  const prodRule = (await (await api.post("/api/v1/alerts", { data: { name: "Prod only", environment: "production", metric: "shown", scope: { kind: "all" }, windowMinutes: 5, mode: "absolute", threshold: 10, webhookUrl: "https://hooks.example.test/x", cooldownMinutes: 60 } })).json()) as { id: string };
  for (const [method, path, data] of [
    ["GET", `/api/v1/alerts/${prodRule.id}`],
    ["PUT", `/api/v1/alerts/${prodRule.id}`, { name: "Hijacked", environment: "staging", metric: "shown", scope: { kind: "all" }, windowMinutes: 5, mode: "absolute", threshold: 10, webhookUrl: "https://hooks.example.test/x", cooldownMinutes: 60 }],
    ["PATCH", `/api/v1/alerts/${prodRule.id}`, { enabled: false }],
    ["POST", `/api/v1/alerts/${prodRule.id}/test`],
    ["DELETE", `/api/v1/alerts/${prodRule.id}`],
    ["DELETE", `/api/v1/keys/${admin.id}`],
  ] as const) {
    const r = await stagingApi.fetch(path, { method, data });
    expect(r.status(), `${method} ${path}`).toBe(403);
    expect((await r.json()).error.message).toContain("This key belongs to staging");
  }
  expect(((await (await stagingApi.get("/api/v1/alerts")).json()) as { alerts: unknown[] }).alerts).toEqual([]);
  expect((await api.get(`/api/v1/alerts/${prodRule.id}`)).status()).toBe(200);
  await stagingApi.dispose();
  await api.dispose();

  // every change is in the audit log under the key that made it
  await page.goto("/audit");
  await expect(page.getByText(`secret key ${admin.prefix}… (twin admin)`).first()).toBeVisible();
});

test("the API reference offers the secret key alone in Authorize", async ({ page }) => {
  await login(page, "keysOwner");
  const doc = (await (await page.request.get("/api/v1/openapi.json")).json()) as { components: { securitySchemes: Record<string, unknown> }; paths: Record<string, unknown> };
  expect(Object.keys(doc.components.securitySchemes)).toEqual(["secretKey"]);
  for (const p of ["/api/v1/alerts", "/api/v1/members", "/api/v1/keys", "/api/v1/environments/{env}/allowed-origins"]) expect(doc.paths).toHaveProperty([p]);
  await page.goto("/docs/api");
  await page.getByRole("button", { name: /Authorize/ }).first().click();
  await expect(page.getByRole("heading", { name: "Available authorizations" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^secretKey/ })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "auth-bearer-value" })).toHaveCount(1);
  await expect(page.getByText("session-token")).toHaveCount(0);
});
