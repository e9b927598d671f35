// A saved campaign's trigger settings stay visible and changeable (issue #16, problem 6): the
// builder shows the reused trigger's settings, and changing them makes this campaign a trigger of
// its own, leaving the shared one (and other campaigns) untouched.
import { expect, test } from "@playwright/test";
import { login } from "./fixtures";

test("a saved campaign shows its trigger's settings, and they can be changed for it alone", async ({ page }) => {
  await login(page, "owner");
  const created = await page.request.post("/api/v1/campaigns", {
    data: {
      name: "Cart apology",
      trigger: { name: "Cart fails", definition: { type: "http_error", url: { kind: "glob", source: "/api/cart*" }, methods: [], statuses: ["5xx", "0"] } },
      message: { title: "Sorry <<name|there>>", body: "On it." },
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id, trigger } = await created.json();

  await page.goto(`/campaigns/${id}`);
  const settings = page.getByTestId("reused-trigger-settings");
  await expect(settings).toContainText("URL pattern");
  await expect(settings).toContainText("glob /api/cart*");
  await expect(settings).toContainText("5xx, 0");
  await settings.getByRole("button", { name: "Change these settings for this campaign" }).click();
  await expect(page.getByLabel("URL pattern")).toHaveValue("/api/cart*");
  await expect(page.getByLabel("Statuses")).toHaveValue("5xx, 0");
  await page.getByLabel("URL pattern").fill("/api/basket*");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByTestId("save-result")).toHaveText("Saved “Cart apology”.");

  const after = await (await page.request.get(`/api/v1/campaigns/${id}`)).json();
  expect(after.trigger).toMatchObject({ name: "Cart fails (changed)", definition: { type: "http_error", url: { source: "/api/basket*" }, statuses: ["5xx", "0"] } });
  const { triggers } = await (await page.request.get("/api/v1/triggers")).json();
  expect(triggers.find((t: { id: string }) => t.id === trigger.id)).toMatchObject({ definition: { url: { source: "/api/cart*" } } });
});
