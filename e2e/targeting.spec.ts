import { expect, test } from "@playwright/test";
import { login } from "./fixtures";

test("a segment, a schedule, caps, an action and a translation reach the compiled rules and the simulator", async ({ page }) => {
  test.setTimeout(90_000);
  page.on("dialog", (d) => d.accept());
  await login(page, "editor");

  await page.goto("/segments");
  const fresh = page.getByRole("region", { name: "New segment" });
  // a name of its own per run: the spec can run again against the same server
  const segment = `Pro users ${Math.random().toString(36).slice(2, 8)}`;
  await fresh.getByLabel("Segment name").fill(segment);
  await fresh.getByLabel("Attribute of group 1 condition 1").fill("plan");
  await fresh.getByLabel("Value of group 1 condition 1").fill("pro");
  await fresh.getByRole("button", { name: "Add condition to group 1" }).click();
  await fresh.getByLabel("Attribute of group 1 condition 2").fill("$device");
  await fresh.getByLabel("Operator of group 1 condition 2").selectOption("neq");
  await fresh.getByLabel("Value of group 1 condition 2").fill("mobile");
  await fresh.getByRole("button", { name: "Create segment" }).click();
  await expect(fresh.getByTestId("segment-result")).toHaveText(`Saved segment “${segment}”.`);
  await expect(page.getByRole("region", { name: `Segment ${segment}` })).toBeVisible();

  await page.goto("/campaigns/new");
  await page.getByLabel("Name", { exact: true }).fill(`Payment declined, pros ${segment.slice(-6)}`);
  await page.getByLabel("Trigger name").fill("Payment declined");
  await page.getByLabel("Fires when").selectOption("custom");
  await page.getByLabel("Event name").fill("payment_declined");
  await page.getByLabel("Only when the event's properties match").check();
  await page.getByLabel("Attribute of group 1 condition 1").fill("amount");
  await page.getByLabel("Type of group 1 condition 1").selectOption("number");
  await page.getByLabel("Operator of group 1 condition 1").selectOption("gte");
  await page.getByLabel("Value of group 1 condition 1").fill("100");
  await page.getByLabel("Title").fill("Sorry <<name|there>>, your payment did not go through");
  await page.getByLabel("Body").fill("Nothing was charged.");
  await page.getByLabel("Button", { exact: true }).selectOption("link");
  await page.getByLabel("Button label").fill("Status page");
  await page.getByLabel("Link (https only)").fill("javascript:alert(1)");
  await expect(page.getByText("Links must be https:// URLs")).toBeVisible();
  await page.getByLabel("Link (https only)").fill("https://status.example.com");
  await page.getByRole("button", { name: "Add a translation" }).click();
  await page.getByLabel("Locale of translation 1").fill("fr");
  await page.getByLabel("Title of translation 1").fill("Désolé <<name|vous>>, le paiement a échoué");
  await page.getByLabel("Body of translation 1").fill("Rien n'a été débité.");
  // the live preview shows each translation as a visitor with that language sees it (#27)
  const preview = page.getByTestId("message-preview");
  await page.getByLabel("Preview language").selectOption("fr");
  await expect(preview).toContainText("Désolé Jackie, le paiement a échoué");
  await expect(preview).toContainText("Rien n'a été débité.");
  await page.getByLabel("Sample name").fill("");
  await expect(preview).toContainText("Désolé vous, le paiement a échoué");
  await page.getByLabel("Sample name").fill("Jackie");
  await page.getByLabel("Preview language").selectOption("");
  await expect(preview).not.toContainText("Désolé");
  await page.getByLabel("A saved segment").check();
  await page.getByLabel("Segment", { exact: true }).selectOption({ label: segment });
  await page.getByLabel("Holdout (% never shown, counted as suppressed)").fill("10");
  await page.getByLabel("Only at certain times").check();
  await page.getByLabel("Mon").check();
  await page.getByLabel("Tue").check();
  await page.getByLabel("From hour (0–23)").fill("8");
  await page.getByLabel("Until hour (1–24)").fill("20");
  await page.getByLabel("Time zone for days and hours").fill("Europe/Paris");
  await page.getByLabel("At most this many per user per day (0 = no cap)").fill("2");
  await page.getByLabel("Same failure on the same URL apologizes once per (seconds, 0 = off)").fill("300");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(/\?created=1$/);
  const id = /\/campaigns\/([a-z0-9]+)/.exec(page.url())![1];

  // the saved campaign reads back exactly as entered
  await page.reload();
  await expect(page.getByLabel("Time zone for days and hours")).toHaveValue("Europe/Paris");
  await expect(page.getByLabel("Title of translation 1")).toHaveValue("Désolé <<name|vous>>, le paiement a échoué");
  await page.getByRole("button", { name: "Activate" }).click();
  await expect(page.getByTestId("campaign-status")).toHaveText("active");

  await page.goto("/publishing");
  const key = (await page.getByTestId("public-key-staging").textContent())!;
  await page.getByRole("button", { name: "Review changes for staging" }).click();
  await page.getByRole("button", { name: "Publish staging" }).click();
  await expect(page.getByTestId("publish-result-staging")).toContainText("Published staging revision");
  const rules = await (await page.request.get(`/api/v1/rules/${key}`)).json();
  const c = rules.campaigns.find((x: { id: string }) => x.id === id);
  expect(c).toMatchObject({
    trigger: {
      type: "custom",
      name: "payment_declined",
      props: { op: "and", groups: [{ op: "and", conditions: [{ attr: "amount", op: "gte", type: "number", value: 100 }] }] },
    },
    holdoutPercent: 10,
    audience: {
      op: "and",
      groups: [
        {
          op: "and",
          conditions: [
            { attr: "plan", op: "eq", type: "string", value: "pro" },
            { attr: "$device", op: "neq", type: "string", value: "mobile" },
          ],
        },
      ],
    },
    schedule: { days: [1, 2], startHour: 8, endHour: 20, timeZone: "Europe/Paris" },
    caps: { perSession: 0, perDay: 2, dedupeWindowMs: 300_000 },
    message: {
      action: { kind: "link", label: "Status page", url: "https://status.example.com" },
      variants: { fr: { title: ["Désolé ", { attr: "name", fallback: "vous" }, ", le paiement a échoué"] } },
    },
  });

  // the simulator says why a free user gets nothing
  await page.goto("/campaigns/simulate");
  await page.getByLabel("Failure type").selectOption("custom");
  await page.getByLabel("Event name").fill("payment_declined");
  await page.getByLabel("Event properties (JSON)").fill('{ "amount": 250 }');
  await page.getByRole("button", { name: "Add attribute" }).click();
  await page.getByLabel("Attribute 4 name").fill("plan");
  await page.getByLabel("Sample user's plan").fill("free");
  await page.getByRole("button", { name: "Simulate" }).click();
  const row = page.getByTestId("simulation-row").filter({ hasText: `Payment declined, pros ${segment.slice(-6)}` });
  await expect(row).toContainText(/audience|schedule/);
  await page.getByLabel("Event properties (JSON)").fill('{ "amount": 5 }');
  await page.getByRole("button", { name: "Simulate" }).click();
  await expect(row).toContainText("trigger does not match");

  // archive it so the shared demo stays as shipped
  expect((await page.request.patch(`/api/v1/campaigns/${id}`, { data: { status: "archived" } })).status()).toBe(200);
});
