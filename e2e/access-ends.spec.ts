// Access ends when it should (issue #19, problems 2–4): a token copied before signing out is
// refused after; a removed member re-added never keeps their old password; keys do not outlive
// their maker's access, and Settings says who made each.
import { expect, request as playwrightRequest, test, type Browser, type Page } from "@playwright/test";
import { login } from "./fixtures";

async function signIn(browser: Browser, email: string, password: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  return page;
}

async function addMember(owner: Page, email: string, role: string, password: string) {
  await owner.goto("/members");
  await owner.getByLabel("Email").fill(email);
  await owner.getByLabel("Name").fill(email.split("@")[0]);
  await owner.getByLabel("Role", { exact: true }).selectOption(role);
  await owner.getByLabel("Initial password").fill(password);
  await owner.getByRole("button", { name: "Add member" }).click();
}

async function removeMember(owner: Page, email: string) {
  await owner.goto("/members");
  await owner.getByRole("listitem").filter({ hasText: email }).getByRole("button", { name: "Remove" }).click();
  await owner.getByRole("button", { name: `Confirm removing ${email}` }).click();
  await expect(owner.getByTestId("member-result")).toContainText("Member removed; their access here ended");
}

test("signing out ends the session: the token captured before it is refused after", async ({ browser, baseURL }) => {
  const page = await (await browser.newContext()).newPage();
  await login(page, "editor");
  const cookies = await page.context().cookies();
  const token = cookies.find((c) => c.name.includes("session-token"))!;
  const replay = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { Cookie: `${token.name}=${token.value}` } });
  expect((await replay.get("/api/v1/campaigns")).status()).toBe(200);

  await page.goto("/logout");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  expect((await replay.get("/api/v1/campaigns")).status()).toBe(401);
  // signing in again works, with a new session
  await login(page, "editor");
  expect((await page.request.get("/api/v1/campaigns")).status()).toBe(200);
});

test("a removed member re-added gets the new password, never the old one, and their old session stays ended", async ({ browser }) => {
  const owner = await (await browser.newContext()).newPage();
  await login(owner, "owner");
  await addMember(owner, "rejoin@e2e.test", "viewer", "first-password-1234");
  await expect(owner.getByTestId("member-added")).toHaveText("rejoin@e2e.test is now viewer here. They sign in with the password you set, or with their own if they already had an account.");
  const before = await signIn(browser, "rejoin@e2e.test", "first-password-1234");
  await expect(before.getByTestId("current-user")).toContainText("rejoin@e2e.test · viewer");

  await removeMember(owner, "rejoin@e2e.test");
  await addMember(owner, "rejoin@e2e.test", "admin", "second-password-1234");
  await expect(owner.getByTestId("member-added")).toHaveText("rejoin@e2e.test is now admin here. They sign in with the password you set, or with their own if they already had an account.");

  // the session from before the removal does not come back as admin
  await before.goto("/settings");
  await expect(before).toHaveURL(/\/login/);
  const old = await signIn(browser, "rejoin@e2e.test", "first-password-1234");
  await expect(old.getByText("Wrong email or password.")).toBeVisible();
  const fresh = await signIn(browser, "rejoin@e2e.test", "second-password-1234");
  await expect(fresh.getByTestId("current-user")).toContainText("rejoin@e2e.test · admin");
});

test("a secret key dies with its maker's access: revoked when they are demoted below it or removed", async ({ browser, baseURL }) => {
  const owner = await (await browser.newContext()).newPage();
  await login(owner, "owner");
  await addMember(owner, "keymaker@e2e.test", "admin", "keymaker-password-1234");
  const maker = await signIn(browser, "keymaker@e2e.test", "keymaker-password-1234");
  await expect(maker.getByTestId("current-user")).toContainText("keymaker@e2e.test · admin");
  await maker.goto("/settings");
  const keys: Record<string, string> = {};
  for (const role of ["admin", "viewer"]) {
    const region = maker.getByRole("region", { name: "staging" });
    await region.getByLabel("New key name").fill(`keymaker ${role}`);
    await region.getByLabel("Role").selectOption(role);
    await region.getByRole("button", { name: "Create staging key" }).click();
    await expect(maker.getByTestId("keys-result-staging")).toContainText(`Key “keymaker ${role}” created`);
    keys[role] = (await region.getByTestId("new-secret-key").textContent())!.trim();
  }
  const api = (key: string) => playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${key}` } });
  expect((await (await api(keys.admin)).get("/api/v1/campaigns")).status()).toBe(200);
  // Settings says who made each key
  await owner.goto("/settings");
  await expect(owner.getByRole("listitem").filter({ hasText: "keymaker admin" }).getByTestId("key-maker")).toHaveText("made by keymaker@e2e.test");

  // demoted to editor: the admin key they made is revoked, the viewer key still works
  await owner.goto("/members");
  await owner.getByLabel("Role of keymaker@e2e.test").selectOption("editor");
  await expect(owner.getByTestId("member-result")).toHaveText("Role changed to editor, from their next click; 1 secret key(s) they made with more rights were revoked.");
  const refused = await (await api(keys.admin)).get("/api/v1/campaigns");
  expect(refused.status()).toBe(401);
  expect((await refused.json()).error.message).toContain("revoked");
  expect((await (await api(keys.viewer)).get("/api/v1/campaigns")).status()).toBe(200);

  // removed: every key they made stops
  await removeMember(owner, "keymaker@e2e.test");
  await expect(owner.getByTestId("member-result")).toContainText("1 secret key(s) they made were revoked");
  expect((await (await api(keys.viewer)).get("/api/v1/campaigns")).status()).toBe(401);
});
