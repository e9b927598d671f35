import { expect, test } from "@playwright/test";
import { USERS } from "./users";

test("the owner signs in with the form, sees the dashboard, and signs out", async ({ page }) => {
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login$/);
  await page.getByLabel("Email").fill(USERS.owner.email);
  await page.getByLabel("Password").fill(USERS.owner.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  await expect(page.getByTestId("current-user")).toContainText(`${USERS.owner.email} · owner`);
  await expect(page.getByText("Apologies per minute")).toBeVisible();

  await page.getByRole("link", { name: "Sign out" }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login$/);
});

test("a wrong password is refused with a clear message", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(USERS.owner.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("login-error")).toHaveText("Wrong email or password.");
  await expect(page).toHaveURL(/\/login$/);
});

test("repeated failed sign-ins lock the account for a while, even with the right password", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(USERS.locked.email);
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("Password").fill(`wrong-${i}`);
    const answered = page.waitForResponse("**/api/auth/callback/credentials");
    await page.getByRole("button", { name: "Sign in" }).click();
    await answered;
    await expect(page.getByTestId("login-error")).toHaveText("Wrong email or password.");
  }
  await page.getByLabel("Password").fill(USERS.locked.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("login-error")).toContainText("Too many failed sign-ins. Try again in 1 minute(s).");
});

/** Signs in through next-auth's credentials endpoint as a visitor at `forwardedFor` (the e2e server trusts loopback proxies). */
async function signIn(playwright: { request: typeof import("@playwright/test").request }, forwardedFor: string, email: string, password: string) {
  const api = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL, extraHTTPHeaders: { "X-Forwarded-For": forwardedFor } });
  try {
    const { csrfToken } = await (await api.get("/api/auth/csrf")).json();
    const res = await api.post("/api/auth/callback/credentials", { form: { csrfToken, email, password, json: "true" } });
    // next-auth answers 200/401 with a URL naming the error, or the session on success
    const session = await (await api.get("/api/auth/session")).json();
    return { error: new URL((await res.json()).url).searchParams.get("error"), email: session?.user?.email as string | undefined };
  } finally {
    await api.dispose();
  }
}

test("behind a trusted proxy, sign-in throttling counts each forwarded visitor's address on its own", async ({ playwright }) => {
  // the e2e server runs with TRUST_PROXY=loopback, as behind a load balancer on the same host
  const signIn_ = (ip: string, email: string, password: string) => signIn(playwright, ip, email, password);
  // addresses of this run's own: a repeated run must not find them locked by the last one
  const visitor = `198.18.${test.info().repeatEachIndex}.50`;
  const neighbour = `198.18.${test.info().repeatEachIndex}.51`;
  // 30 failed sign-ins from one visitor, each for a different address so no account lock is involved
  for (let i = 0; i < 30; i++) {
    expect((await signIn_(visitor, `nobody-${i}@e2e.test`, "wrong-password-1")).error).toBe("Wrong email or password.");
  }
  // that visitor is now locked out, even with an account's right password
  const locked = await signIn_(visitor, USERS.owner.email, USERS.owner.password);
  expect(locked.error).toContain("Too many failed sign-ins");
  expect(locked.email).toBeUndefined();
  // another visitor behind the same proxy is not
  expect((await signIn_(neighbour, USERS.owner.email, USERS.owner.password)).email).toBe(USERS.owner.email);
});

test("a burst of 60 concurrent guesses gets exactly five password checks, and the server answers others meanwhile", async ({ playwright, request }) => {
  // an account and address of this run's own (no account exists: the burst needs none)
  const burstEmail = `nobody-burst-${Date.now()}@e2e.test`;
  const burstAddress = `203.0.113.${70 + test.info().repeatEachIndex}`;
  let signInsDone = 0;
  const burst = Array.from({ length: 60 }, (_, i) =>
    signIn(playwright, burstAddress, burstEmail, `wrong-${i}`).then((r) => {
      signInsDone++;
      return r;
    }),
  );
  // the health check is answered while sign-ins are still in flight (hashing is off the event loop)
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  const doneWhenHealthAnswered = signInsDone;
  const results = await Promise.all(burst);
  expect(doneWhenHealthAnswered).toBeLessThan(60);
  expect(results.filter((r) => r.error === "Wrong email or password.")).toHaveLength(5);
  const refused = results.filter((r) => r.error?.startsWith("Too many failed sign-ins. Try again in"));
  expect(refused).toHaveLength(55);
  // ...and the next attempt from that address is refused too, with how long to wait
  expect((await signIn(playwright, burstAddress, burstEmail, "wrong-61")).error).toMatch(/^Too many failed sign-ins\. Try again in \d+ (minute|second)\(s\)\.$/);
});

test("guessing at an account from many addresses never locks its owner out of the address they use", async ({ playwright }) => {
  const owner = USERS.besieged;
  expect((await signIn(playwright, "198.51.100.20", owner.email, owner.password)).email).toBe(owner.email);
  for (let i = 0; i < 25; i++) await signIn(playwright, `198.51.100.${100 + i}`, owner.email, `guess-${i}`);
  // the owner, from the address they signed in from before: in
  expect((await signIn(playwright, "198.51.100.20", owner.email, owner.password)).email).toBe(owner.email);
  // from an address the account has never seen: slowed down, told for how long
  const elsewhere = await signIn(playwright, "198.51.100.21", owner.email, owner.password);
  expect(elsewhere.email).toBeUndefined();
  expect(elsewhere.error).toMatch(/^Too many failed sign-ins\. Try again in \d+ minute\(s\)\.$/);
});

test("the health endpoint reports the embedded database", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toMatchObject({ status: "ok", db: process.env.DATABASE_URL ? "postgres" : "pglite", version: expect.any(String) });
});
