// Allowed origins (issue #17): a public key copied onto another site cannot pollute the canary.
// Events from an origin the environment does not list get 403 and are counted as refused, shown
// in Settings; listed origins keep sending; an empty list lets any site send again.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { login } from "./fixtures";

test("events from a site not listed are refused with 403 and counted; listed ones are accepted", async ({ page }) => {
  await login(page, "keysOwner");
  await page.goto("/settings");
  const staging = page.getByRole("region", { name: "staging" });
  const key = (await page.getByTestId("settings-public-key-staging").textContent())!.trim();
  await staging.getByLabel(/Allowed origins/).fill("shop.example.test");
  await staging.getByRole("button", { name: "Save allowed origins" }).click();
  await expect(page.getByTestId("origins-result-staging")).toContainText("“shop.example.test” is not an origin");
  await staging.getByLabel(/Allowed origins/).fill("https://shop.example.test");
  await staging.getByRole("button", { name: "Save allowed origins" }).click();
  await expect(page.getByTestId("origins-result-staging")).toHaveText("Only https://shop.example.test may send staging events now.");

  const send = (origin: string) =>
    page.request.post(`/api/v1/events/${key}`, {
      data: JSON.stringify({ events: [{ id: randomUUID(), type: "session", ts: Date.now(), sessionId: "s" }] }),
      headers: { "Content-Type": "text/plain", Origin: origin },
    });
  const refused = await send("https://copied-key.example.test");
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error).toMatchObject({ code: "origin_not_allowed", message: expect.stringContaining("https://copied-key.example.test") });
  expect((await send("https://shop.example.test")).status()).toBe(202);

  // counted, and shown where the list is edited (counts are saved every 2 s)
  await expect
    .poll(async () => {
      await page.reload();
      return page.getByTestId("refused-staging").textContent();
    }, { timeout: 10_000 })
    .toBe("1 request(s) refused from sites not listed (last: https://copied-key.example.test).");

  await staging.getByLabel(/Allowed origins/).fill("");
  await staging.getByRole("button", { name: "Save allowed origins" }).click();
  await expect(page.getByTestId("origins-result-staging")).toHaveText("Any site may send staging events now.");
  expect((await send("https://copied-key.example.test")).status()).toBe(202);
});
