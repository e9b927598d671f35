// #27: a campaign that can never apologize is caught before it goes live: a time zone that is not
// one and a selector that does not parse are refused while typing, with what was meant; the
// publish review lists every campaign that still could never fire, with why.
import { expect, test } from "@playwright/test";
import { createWorkspace, login } from "./fixtures";

test("the builder catches a time zone that is not one and a selector that does not parse, while typing", async ({ page }) => {
  await login(page, "owner");
  await page.goto("/dashboard");
  await createWorkspace(page, "Never Fires Builder");
  await page.goto("/campaigns/new");
  await page.getByLabel("Name", { exact: true }).fill("Quick find ignores Enter");
  await page.getByLabel("Trigger name").fill("Quick find Enter");
  await page.getByLabel("Fires when").selectOption("rage_click");
  await page.getByLabel("Title").fill("Sorry <<name|there>>");
  // (the type's fields take their defaults just after the type changes: fill once they are there)
  await expect(async () => {
    await page.getByLabel("CSS selector").fill("[data-demo=quick-find input");
    await expect(page.getByLabel("CSS selector")).toHaveValue("[data-demo=quick-find input", { timeout: 500 });
  }).toPass();
  await page.getByLabel("Only at certain times").check();
  await page.getByLabel("Time zone for days and hours").fill("Paris");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page.getByText("“Paris” is not a time zone: did you mean Europe/Paris?")).toBeVisible();
  await expect(page.getByText(/Not a valid CSS selector/)).toBeVisible();
  // the API refuses the same, naming the field
  const api = await page.request.post("/api/v1/campaigns", {
    data: { name: "x", trigger: { name: "x", definition: { type: "js_error", sameOriginOnly: true } }, message: { title: "x" }, schedule: { timeZone: "Paris", startHour: 18, endHour: 9 } },
  });
  expect(api.status()).toBe(422);
  expect((await api.json()).error).toMatchObject({ field: "schedule.timeZone", message: expect.stringContaining("did you mean Europe/Paris?") });

  await page.getByLabel("Time zone for days and hours").fill("Europe/Paris");
  await page.getByLabel("CSS selector").fill("[data-demo=quick-find] input");
  await expect(page.getByText(/is not a time zone/)).toHaveCount(0);
  await expect(page.getByText(/Not a valid CSS selector/)).toHaveCount(0);
});

test("the publish review lists the campaigns that can never apologize, with why", async ({ page }) => {
  await login(page, "owner");
  await page.goto("/dashboard");
  await createWorkspace(page, "Never Fires Review");
  const create = async (name: string, extra: object, definition: object = { type: "js_error", sameOriginOnly: true }) => {
    const r = await page.request.post("/api/v1/campaigns", { data: { name, trigger: { name: `${name} trigger`, definition }, message: { title: "Sorry" }, ...extra } });
    expect(r.status(), await r.text()).toBe(201);
    const { id } = await r.json();
    expect((await page.request.patch(`/api/v1/campaigns/${id}`, { data: { status: "active" } })).status()).toBe(200);
  };
  await create("Closed hours", { schedule: { timeZone: "Europe/Paris", startHour: 9, endHour: 9 } });
  await create("Nobody", {
    audience: { kind: "custom", audience: { op: "and", groups: [{ op: "and", conditions: [{ attr: "plan", op: "eq", type: "string", value: "pro" }, { attr: "plan", op: "eq", type: "string", value: "free" }] }] } },
  });
  await create("Checkout first", { priority: 50 }, { type: "http_error", url: { kind: "glob", source: "/api/checkout*" }, methods: [], statuses: ["5xx"] });
  await create("Checkout second", { priority: 10 }, { type: "http_error", url: { kind: "glob", source: "/api/checkout*" }, methods: [], statuses: ["5xx"] });

  await page.goto("/publishing");
  await page.getByRole("button", { name: "Review changes for staging" }).click();
  const warning = page.getByTestId("never-fires-staging");
  await expect(warning).toContainText("campaign(s) here can never apologize as they are:");
  await expect(warning.getByRole("listitem").filter({ hasText: "Closed hours" })).toHaveText("Closed hours: its days and hours never open (hours 9→9 in Europe/Paris).");
  await expect(warning.getByRole("listitem").filter({ hasText: "Nobody" })).toHaveText("Nobody: its audience matches nobody: “plan” cannot equal both “pro” and “free”.");
  await expect(warning.getByRole("listitem").filter({ hasText: "Checkout second" })).toHaveText(
    "Checkout second: “Checkout first” answers the same failure first, for everyone (raise this one's priority, or narrow that one).",
  );
  await expect(warning.getByRole("link", { name: "Closed hours" })).toHaveAttribute("href", /\/campaigns\/[a-z0-9]+$/);
});
