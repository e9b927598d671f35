// Secrets stay with those who may edit them (issue #19, problems 1 and 6): a viewer's Alerts page
// (HTML and the data React hydrates from) never carries a webhook's token; a cookie write with a
// malformed Origin is refused with 403, not a 500.
import { expect, test } from "@playwright/test";
import { login } from "./fixtures";

const TOKEN = "SECRETtoken0123456789";

test("a viewer never receives an alert webhook's secret token; an admin can still edit it", async ({ page, browser }) => {
  await login(page, "disputesAdmin");
  await page.goto("/alerts");
  const form = page.getByRole("region", { name: "New alert" });
  await form.getByLabel("Name").fill("Token probe");
  await form.getByLabel("Fire when").selectOption("absolute");
  await form.getByLabel("Threshold").fill("100000");
  await form.getByLabel(/Webhook URL/).fill(`https://hooks.example.test/services/T000/B000/${TOKEN}`);
  await form.getByRole("button", { name: "Create alert" }).click();
  await expect(page.getByTestId("alert-result")).toHaveText("Saved alert “Token probe”.");
  // the admin's page holds the whole URL (it is what they edit)
  expect(await (await page.request.get("/alerts")).text()).toContain(TOKEN);

  const viewer = await browser.newPage();
  await login(viewer, "disputesViewer");
  const html = await (await viewer.request.get("/alerts")).text();
  expect(html).toContain("Token probe");
  expect(html).toContain("hooks.example.test");
  expect(html).not.toContain(TOKEN);
  await viewer.goto("/alerts");
  await expect(viewer.getByRole("region", { name: "Alert Token probe" })).toContainText("hooks.example.test");
  await viewer.close();
});

test("a cookie-authenticated write with Origin: null is refused as cross-site, not a 500", async ({ page }) => {
  await login(page, "disputesAdmin");
  for (const origin of ["null", "not a url", "http://"]) {
    const res = await page.request.post("/api/v1/segments", { data: { name: "x" }, headers: { Origin: origin } });
    expect(res.status(), origin).toBe(403);
    expect((await res.json()).error.code).toBe("cross_site");
  }
});
