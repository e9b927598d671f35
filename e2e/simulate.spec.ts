import { expect, test } from "@playwright/test";
import { login } from "./fixtures";

test("simulating a failure shows which campaign apologizes, in what words, and why the others do not", async ({ page }) => {
  await login(page, "viewer");
  await page.goto("/campaigns");
  await page.getByRole("link", { name: "Simulate a failure" }).click();
  await page.getByLabel("URL", { exact: true }).fill("/api/demo/search?q=boots");
  await page.getByLabel("Status (0 = network failure)").fill("503");
  await page.getByRole("button", { name: "Simulate" }).click();
  await expect(page.getByTestId("simulation-outcome")).toContainText("Jackie, something's wrong.");
  const row = (name: string) => page.getByTestId("simulation-row").filter({ hasText: name });
  await expect(row("Search is failing")).toContainText("shown");
  await expect(row("Checkout is slow")).toContainText("trigger does not match");

  await page.getByLabel("Status (0 = network failure)").fill("404");
  // the sample user is attribute fields; JSON is an option for pasting a real user object
  await expect(page.getByLabel("Sample user's name")).toHaveValue("Jackie");
  await page.getByRole("button", { name: "Edit as JSON" }).click();
  await page.getByLabel("Sample user (JSON)").fill("{}");
  await page.getByRole("button", { name: "Simulate" }).click();
  await expect(page.getByTestId("simulation-outcome")).toContainText("No apology: no campaign matches.");

  await page.getByLabel("Failure type").selectOption("js_error");
  await page.getByLabel("Error message").fill("x is undefined");
  await page.getByRole("button", { name: "Simulate" }).click();
  await expect(page.getByTestId("simulation-outcome")).toContainText("Sorry there, part of this page broke.");

  await page.getByLabel("Sample user (JSON)").fill("{ nope");
  // said while typing, with where, and again on Simulate
  await expect(page.getByRole("status").filter({ hasText: "Sample user: not valid JSON (" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Edit as fields" })).toBeDisabled();
  await page.getByRole("button", { name: "Simulate" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Sample user: not valid JSON" })).toBeVisible();
  await page.getByLabel("Sample user (JSON)").fill('{ "id": "u_9", "name": "Sam", "plan": { "tier": 1 } }');
  await expect(page.getByRole("status").filter({ hasText: "“plan” must be text, a number or true/false" })).toBeVisible();
  await page.getByLabel("Sample user (JSON)").fill('{ "id": "u_9", "name": "Sam" }');
  await page.getByRole("button", { name: "Edit as fields" }).click();
  await expect(page.getByLabel("Sample user's name")).toHaveValue("Sam");
  await page.getByRole("button", { name: "Simulate" }).click();
  await expect(page.getByTestId("simulation-outcome")).toContainText("Sorry Sam, part of this page broke.");
});

test("the simulator says why: which condition failed, which cap and its count, the schedule in its time zone, and what is live", async ({ page }) => {
  await login(page, "editor");
  // names and the event of their own per run: the spec can run again against the same server
  const run = Math.random().toString(36).slice(2, 8);
  const proOnly = `Pro only ${run}`;
  const nightShift = `Night shift ${run}`;
  const make = async (name: string, extra: object) => {
    const r = await page.request.post("/api/v1/campaigns", {
      data: {
        name,
        priority: 500,
        trigger: { name: `${name} trigger`, definition: { type: "custom", name: `sim_probe_${run}` } },
        message: { title: `${name} <<name|there>>`, body: "" },
        ...extra,
      },
    });
    expect(r.status(), await r.text()).toBe(201);
    const { id } = await r.json();
    expect((await page.request.patch(`/api/v1/campaigns/${id}`, { data: { status: "active" } })).status()).toBe(200);
  };
  await make(proOnly, {
    message: { title: "Pro only <<name|there>>", body: "", variants: { fr: { title: "Désolé <<name|vous>>", body: "" } } },
    audience: { kind: "custom", audience: { op: "and", groups: [{ op: "and", conditions: [{ attr: "plan", type: "string", op: "eq", value: "pro" }] }] } },
    caps: { perSession: 1 },
  });
  // closed every day but one hour that has just passed, in Tokyo
  const tokyoHour = Number(new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Tokyo", hour: "2-digit", hourCycle: "h23" }).format(Date.now()));
  const closed = (tokyoHour + 12) % 24;
  await make(nightShift, { schedule: { timeZone: "Asia/Tokyo", startHour: closed, endHour: closed + 1 } });

  await page.goto("/campaigns/simulate");
  await page.getByLabel("Failure type").selectOption("custom");
  await page.getByLabel("Event name").fill(`sim_probe_${run}`);
  await page.getByRole("button", { name: "Add attribute" }).click();
  await page.getByLabel("Attribute 4 name").fill("plan");
  await page.getByLabel("Sample user's plan").fill("free");
  await page.getByRole("button", { name: "Simulate" }).click();
  const row = (name: string) => page.getByTestId("simulation-row").filter({ hasText: name });
  await expect(row(proOnly)).toContainText("audience: “plan equals pro” is false (plan is \"free\")");
  await expect(row(nightShift)).toContainText(`outside its schedule: open ${String(closed).padStart(2, "0")}:00–${String(closed + 1).padStart(2, "0")}:00 (Asia/Tokyo); it is `);

  await page.getByLabel("Sample user's plan").fill("pro");
  await page.getByLabel("Apologies this user already saw in this session").fill("1");
  await page.getByRole("button", { name: "Simulate" }).click();
  await expect(row(proOnly)).toContainText("capped: at most 1 per session, 1 already shown");
  await page.getByLabel("Apologies this user already saw in this session").fill("0");
  await page.getByRole("button", { name: "Simulate" }).click();
  await expect(page.getByTestId("simulation-outcome")).toContainText("Pro only Jackie");

  // translations as the SDK picks them: the browser's language, unless the user has a locale of their own
  await page.getByLabel("Browser language").fill("fr-CA");
  await page.getByRole("button", { name: "Simulate" }).click();
  await expect(page.getByTestId("simulation-outcome")).toContainText("Désolé Jackie");
  await page.getByLabel("Sample user's locale").fill("de");
  await page.getByRole("button", { name: "Simulate" }).click();
  await expect(page.getByTestId("simulation-outcome")).toContainText("Pro only Jackie");

  // what is live in production does not have these campaigns yet
  await page.getByLabel("Rules of").selectOption("production:live");
  await page.getByRole("button", { name: "Simulate" }).click();
  await expect(page.getByTestId("simulation-outcome")).toContainText(/Simulated over live revision \d+\./);
  await expect(row(proOnly)).toContainText(/not in production revision \d+/);
});
