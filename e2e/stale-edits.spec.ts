// No lost edits (issue #16, problem 2): tab A changes the title and saves; tab B, opened earlier,
// changes only the priority and saves: B is refused with who changed it and when, A's title
// stays, and B can reload A's version. The API does the same with ETag / If-Match.
import { expect, test } from "@playwright/test";
import { login } from "./fixtures";

test("two tabs editing one campaign: the stale save is refused and nothing is lost", async ({ browser }) => {
  const a = await (await browser.newContext()).newPage();
  const b = await (await browser.newContext()).newPage();
  await login(a, "owner");
  await login(b, "editor");
  const created = await a.request.post("/api/v1/campaigns", {
    data: { name: "Two tabs", trigger: { name: "Two tabs trigger", definition: { type: "js_error", sameOriginOnly: true } }, message: { title: "Sorry <<name|there>>", body: "On it." } },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = await created.json();

  await a.goto(`/campaigns/${id}`);
  await b.goto(`/campaigns/${id}`); // opened before A saves
  await a.getByLabel("Title").fill("Sorry <<name|there>>, checkout is down");
  await a.getByRole("button", { name: "Save changes" }).click();
  await expect(a.getByTestId("save-result")).toHaveText("Saved “Two tabs”.");

  await b.getByLabel("Priority").fill("7");
  await b.getByRole("button", { name: "Save changes" }).click();
  await expect(b.getByTestId("save-conflict")).toContainText("“Two tabs” was changed by");
  await expect(b.getByTestId("save-conflict")).toContainText("after you opened it");
  const now = await (await a.request.get(`/api/v1/campaigns/${id}`)).json();
  expect(now).toMatchObject({ priority: 0, message: { title: "Sorry <<name|there>>, checkout is down" } });

  await b.getByRole("button", { name: "Reload their version" }).click();
  await expect(b.getByLabel("Title")).toHaveValue("Sorry <<name|there>>, checkout is down");
  await b.getByLabel("Priority").fill("7");
  await b.getByRole("button", { name: "Save changes" }).click();
  await expect(b.getByTestId("save-result")).toHaveText("Saved “Two tabs”.");
  expect(await (await a.request.get(`/api/v1/campaigns/${id}`)).json()).toMatchObject({ priority: 7, message: { title: "Sorry <<name|there>>, checkout is down" } });
});

test("the API refuses a stale If-Match with 412, and a current one applies", async ({ page }) => {
  await login(page, "owner");
  const created = await page.request.post("/api/v1/campaigns", {
    data: { name: "ETag probe", trigger: { name: "ETag probe trigger", definition: { type: "js_error", sameOriginOnly: true } }, message: { title: "Sorry <<name|there>>", body: "On it." } },
  });
  const { id } = await created.json();
  const read = await page.request.get(`/api/v1/campaigns/${id}`);
  const etag = read.headers()["etag"];
  expect(etag).toMatch(/^"\d{4}-/);
  const first = await page.request.patch(`/api/v1/campaigns/${id}`, { data: { priority: 1 }, headers: { "If-Match": etag } });
  expect(first.status()).toBe(200);
  const stale = await page.request.patch(`/api/v1/campaigns/${id}`, { data: { priority: 2 }, headers: { "If-Match": etag } });
  expect(stale.status()).toBe(412);
  expect((await stale.json()).error).toMatchObject({ code: "precondition_failed", field: "version", message: expect.stringContaining("was changed by") });
  const fresh = await page.request.patch(`/api/v1/campaigns/${id}`, { data: { priority: 2 }, headers: { "If-Match": first.headers()["etag"] } });
  expect(fresh.status()).toBe(200);
  expect((await fresh.json()).priority).toBe(2);
});
