// A segment says how many recent users it matches and which attributes exist (#27): from the
// identified visitors the SDK saw on a customer's site, and "Create segment" leaves an empty form.
import { createServer } from "node:http";
import { expect, test } from "@playwright/test";
import { createWorkspace, login } from "./fixtures";

test("segments estimate their reach over the users the SDK saw, list the attributes seen, and start empty after Create", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const run = Math.random().toString(36).slice(2, 8);
  await login(page, "keysOwner");
  await page.goto("/dashboard");
  await createWorkspace(page, `Estimates ${run}`);
  await page.goto("/segments");
  await expect(page.getByRole("region", { name: "Attributes seen" })).toContainText("None yet");
  await expect(page.getByTestId("segment-estimate")).toHaveText(/No identified users seen yet/);

  await page.goto("/install");
  const snippet = (await page.getByTestId("snippet-production").textContent())!;
  const publicKey = /data-key="(pk_[^"]+)"/.exec(snippet)![1];
  // a new workspace's key is served from the next snapshot refresh
  await expect.poll(async () => (await page.request.get(`/api/v1/rules/${publicKey}`)).status(), { timeout: 10_000 }).toBe(200);

  // a customer's page identifies its visitor: the SDK reports who it saw (once per session)
  const identify = `<script>MeaCulpa.identify({ id: "u-${run}-1", name: "Jackie", plan: "pro", country: "FR" });</script>`;
  const site = createServer((_req, res) =>
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(`<!doctype html><html><head><meta charset="utf-8">${snippet}${identify}</head><body><h1>Shop</h1></body></html>`),
  );
  await new Promise<void>((r) => site.listen(0, "127.0.0.1", r));
  try {
    const visitor = await browser.newPage();
    const beacon = visitor.waitForRequest((r) => r.url().includes(`/api/v1/events/${publicKey}`) && (r.postData() ?? "").includes('"user"'));
    await visitor.goto(`http://127.0.0.1:${(site.address() as { port: number }).port}`);
    expect(JSON.parse((await beacon).postData()!).user).toMatchObject({ id: `u-${run}-1`, attrs: { name: "Jackie", plan: "pro", country: "FR", $device: "desktop" } });
    await visitor.close();
  } finally {
    site.close();
  }
  // six more visitors, as their SDKs would report them
  for (const [i, plan] of [[2, "free"], [3, "free"], [4, "free"], [5, "pro"], [6, "team"], [7, "free"]] as const) {
    const r = await page.request.post(`/api/v1/events/${publicKey}`, {
      data: JSON.stringify({ events: [], user: { id: `u-${run}-${i}`, attrs: { plan, name: `Visitor ${i}`, $locale: "en-GB" } } }),
      headers: { "Content-Type": "text/plain", Origin: "https://shop.example.test" },
    });
    expect(r.status(), await r.text()).toBe(202);
  }

  // written within a flush (2 s); the page is server-rendered, so each try loads it again
  const seen = page.getByTestId("attributes-seen");
  await expect
    .poll(async () => {
      await page.goto("/segments");
      return (await seen.count()) ? await seen.textContent() : "";
    }, { timeout: 15_000 })
    .toContain("plan7 users: free (4)");
  // a value is listed once three users share it: "team" and the one visitor's country are not
  await expect(seen).not.toContainText("team");
  await expect(seen).toContainText("country1 users");
  await expect(seen).not.toContainText("FR");
  // personal attributes are counted, never listed
  await expect(seen).toContainText("name7 users");
  await expect(seen).not.toContainText("Jackie");

  const editor = page.getByRole("region", { name: "New segment" });
  const estimate = editor.getByTestId("segment-estimate");
  await editor.getByLabel("Attribute of group 1 condition 1").fill("plan");
  await editor.getByLabel("Value of group 1 condition 1").fill("pro");
  // two people: counted, but not told exactly (one condition at a time could single them out)
  await expect(estimate).toHaveText("Fewer than 5 of 7 users seen in production in the last 30 days match.");
  await editor.getByLabel("Operator of group 1 condition 1").selectOption("in");
  await editor.getByLabel("Value of group 1 condition 1").fill("free, pro");
  await expect(estimate).toHaveText("6 of 7 users seen in production in the last 30 days match (86%).");
  await editor.getByRole("button", { name: "Add condition to group 1" }).click();
  await editor.getByLabel("Attribute of group 1 condition 2").fill("$locale");
  await editor.getByLabel("Value of group 1 condition 2").fill("en-GB");
  await expect(estimate).toHaveText("5 of 7 users seen in production in the last 30 days match (71%).");
  await editor.getByLabel("Attribute of group 1 condition 2").fill("$path");
  await expect(estimate).toHaveText(/^6 of 7 users .* \(86%\); page-path conditions depend on the page and are not counted\.$/);

  // "Create segment" empties the whole form, typed values included
  await editor.getByLabel("Segment name").fill(`Paying ${run}`);
  await editor.getByRole("button", { name: "Create segment" }).click();
  await expect(editor.getByTestId("segment-result")).toContainText(`Saved segment “Paying ${run}”.`);
  await expect(editor.getByLabel("Segment name")).toHaveValue("");
  await expect(editor.getByLabel("Attribute of group 1 condition 1")).toHaveValue("plan");
  await expect(editor.getByLabel("Value of group 1 condition 1")).toHaveValue("");
  await expect(editor.getByLabel("Attribute of group 1 condition 2")).toHaveCount(0);
  await expect(page.getByRole("region", { name: `Segment Paying ${run}` }).getByTestId("segment-estimate")).toContainText("6 of 7 users");
});
