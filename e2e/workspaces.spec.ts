// More than one workspace (issue #19, problem 7): an owner creates a second workspace through the
// product and switches between them in the header; with workspace A's session and A's secret key,
// every route and page given B's ids answers 404 and changes nothing in B.
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { login } from "./fixtures";

test("an owner starts a second workspace, switches between the two, and neither can reach the other's records", async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  await login(page, "keysOwner");
  await page.goto("/dashboard");
  const switcher = page.getByRole("combobox", { name: "Workspace" });
  await expect(switcher).toHaveValue(/.+/);
  const workspaceA = await switcher.inputValue();
  // workspace A's own secret key, made before B exists
  await page.goto("/settings");
  // a production key: it may write campaigns (a staging key may not: key-scope.spec), so what stops
  // its writes below is the workspace boundary alone
  const production = page.getByRole("region", { name: "production" });
  await production.getByLabel("New key name").fill("isolation A");
  await production.getByLabel("Role").selectOption("admin");
  await production.getByRole("button", { name: "Create production key" }).click();
  const keyA = (await production.getByTestId("new-secret-key").textContent())!.trim();

  // B, through the product
  await switcher.selectOption("__new__");
  await expect(page).toHaveURL(/\/workspaces\/new$/);
  await page.getByLabel("Workspace name").fill("Isolation B");
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(switcher.locator("option:checked")).toHaveText("Isolation B (owner)");
  await expect(switcher).not.toHaveAttribute("data-current", workspaceA);
  await page.goto("/campaigns");
  await expect(page.getByText("No campaigns yet. Create the first one.")).toBeVisible();

  // B's records
  const created = await page.request.post("/api/v1/campaigns", {
    data: { name: "B campaign", trigger: { name: "B trigger", definition: { type: "js_error", sameOriginOnly: true } }, message: { title: "Sorry <<name|there>>", body: "" } },
  });
  expect(created.status(), await created.text()).toBe(201);
  const campaignB = await created.json();
  const segment = await page.request.post("/api/v1/segments", { data: { name: "B segment", conditions: { op: "and", groups: [{ op: "and", conditions: [{ attr: "plan", type: "string", op: "eq", value: "pro" }] }] } } });
  const segmentB = await segment.json();
  const before = { campaign: await (await page.request.get(`/api/v1/campaigns/${campaignB.id}`)).json(), segments: await (await page.request.get("/api/v1/segments")).json() };

  // back to A
  await switcher.selectOption(workspaceA);
  // switched once the server has rendered the page for A (the cookie is set by then)
  await expect(switcher).toHaveAttribute("data-current", workspaceA);

  const conditions = { op: "and", groups: [{ op: "and", conditions: [{ attr: "plan", type: "string", op: "eq", value: "free" }] }] };
  const attempts: [string, string, object?][] = [
    ["GET", `/api/v1/campaigns/${campaignB.id}`],
    ["PATCH", `/api/v1/campaigns/${campaignB.id}`, { name: "taken over", status: "active" }],
    ["DELETE", `/api/v1/campaigns/${campaignB.id}`],
    ["PUT", `/api/v1/segments/${segmentB.id}`, { name: "taken over", conditions }],
    ["DELETE", `/api/v1/segments/${segmentB.id}`],
    ["POST", "/api/v1/campaigns", { name: "reuses B's trigger", trigger: { id: campaignB.trigger.id }, message: { title: "x", body: "" } }],
  ];
  const sessionApi = page.request;
  const keyApi = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${keyA}` } });
  const wrong: string[] = [];
  for (const [who, api] of [["A's session", sessionApi], ["A's key", keyApi]] as const)
    for (const [method, path, data] of attempts) {
      const res = await api.fetch(path, { method, data });
      if (![404, 422].includes(res.status())) wrong.push(`${who}: ${method} ${path} → ${res.status()} ${await res.text()}`);
    }
  expect(wrong).toEqual([]);
  // lists never show B's records; B's pages are not found
  expect(JSON.stringify(await (await sessionApi.get("/api/v1/campaigns")).json())).not.toContain(campaignB.id);
  expect(JSON.stringify(await (await keyApi.get("/api/v1/segments")).json())).not.toContain(segmentB.id);
  for (const path of [`/campaigns/${campaignB.id}`, `/triggers/${campaignB.trigger.id}`]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: /not found/i })).toBeVisible();
  }

  // nothing in B changed
  await page.goto("/dashboard");
  const workspaceB = await switcher.locator("option", { hasText: "Isolation B (owner)" }).getAttribute("value");
  await switcher.selectOption(workspaceB!);
  await expect(switcher).toHaveAttribute("data-current", workspaceB!);
  expect(await (await page.request.get(`/api/v1/campaigns/${campaignB.id}`)).json()).toEqual(before.campaign);
  expect(await (await page.request.get("/api/v1/segments")).json()).toEqual(before.segments);
  await keyApi.dispose();
});

test("a member of one workspace sees no switcher entry for others and cannot switch into them", async ({ page }) => {
  await login(page, "editor");
  await page.goto("/dashboard");
  const switcher = page.getByRole("combobox", { name: "Workspace" });
  await expect(switcher.locator("option")).toHaveCount(1); // editors cannot start workspaces either
  // the cookie naming a workspace they do not belong to is ignored: still their own
  await page.context().addCookies([{ name: "mc-workspace", value: "someone-elses", url: page.url() }]);
  await page.reload();
  await expect(switcher.locator("option")).toHaveCount(1);
  expect((await page.request.get("/api/v1/campaigns")).status()).toBe(200);
});
