// A secret key acts only on its own environment and within its role, on every route (issue #16,
// problem 5): each key scope (environment × role) against each environment-scoped action. Unknown,
// malformed, public and revoked keys get a 401 that says which.
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { PERMISSIONS, roleRank, type Permission, type Role } from "../lib/auth/permissions";
import { confirmDialog, login } from "./fixtures";

const ENVS = ["staging", "production"] as const;
const ROLES = ["viewer", "editor", "admin"] as const;
type Env = (typeof ENVS)[number];

// action → [method, path, permission, environment it acts on]
const ACTIONS = (env: Env): [string, string, string, Permission, Env | null][] => [
  [`list ${env} revisions`, "GET", `/api/v1/environments/${env}/revisions`, "campaigns:view", env],
  [`publish ${env}`, "POST", `/api/v1/environments/${env}/publish`, env === "production" ? "publish:production" : "publish:staging", env],
  [`roll ${env} back`, "POST", `/api/v1/environments/${env}/rollback`, env === "production" ? "publish:production" : "publish:staging", env],
  [`read ${env} stats`, "GET", `/api/v1/stats?env=${env}`, "reports:view", env],
  [`read the ${env} weekly summary`, "GET", `/api/v1/stats/summary?env=${env}`, "reports:view", env],
  [`read ${env} allowed origins`, "GET", `/api/v1/environments/${env}/allowed-origins`, "settings:view", env],
  [`set ${env} allowed origins`, "PUT", `/api/v1/environments/${env}/allowed-origins`, "settings:edit", env],
];
const PROMOTE: [string, string, string, Permission, Env | null] = ["promote staging to production", "POST", "/api/v1/environments/production/promote", "publish:production", "production"];
// campaign writes change the draft production publishes from: a production key's, never staging's
const WORKSPACE: [string, string, string, Permission, Env | null][] = [
  ["list campaigns", "GET", "/api/v1/campaigns", "campaigns:view", null],
  ["create a campaign", "POST", "/api/v1/campaigns", "campaigns:edit", "production"],
  ["list alert rules", "GET", "/api/v1/alerts", "campaigns:view", null],
  ["list keys", "GET", "/api/v1/keys", "keys:manage", null],
  ["list members", "GET", "/api/v1/members", "members:view", null],
  // members reach both environments: adding one takes a production key
  ["add a member", "POST", "/api/v1/members", "members:manage", "production"],
];

const keys: Record<string, string> = {};

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  await login(page, "keysOwner");
  await page.goto("/settings");
  for (const env of ENVS)
    for (const role of ROLES) {
      const region = page.getByRole("region", { name: env });
      await region.getByLabel("New key name").fill(`${env} ${role}`);
      await region.getByLabel("Role").selectOption(role);
      await region.getByRole("button", { name: `Create ${env} key` }).click();
      await expect(page.getByTestId(`keys-result-${env}`)).toContainText(`Key “${env} ${role}” created`);
      keys[`${env}:${role}`] = (await region.getByTestId("new-secret-key").textContent())!.trim();
    }
  // something to roll back to in both environments
  for (const env of ENVS) expect((await page.request.post(`/api/v1/environments/${env}/publish`)).status()).toBe(200);
  await page.close();
});

async function call(api: APIRequestContext, method: string, path: string) {
  if (method === "PUT") return api.put(path, { data: { origins: [] } }); // empty: any site, as before
  return method === "GET" ? api.get(path) : api.post(path, { data: path.endsWith("/rollback") ? { revision: 1 } : {} });
}

for (const keyEnv of ENVS)
  for (const role of ROLES) {
    test(`a ${keyEnv} key with the ${role} role acts on ${keyEnv} alone, as its role allows`, async ({ baseURL }) => {
      const api = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${keys[`${keyEnv}:${role}`]}` } });
      const wrong: string[] = [];
      for (const [name, method, path, permission, env] of [...ACTIONS("staging"), ...ACTIONS("production"), PROMOTE, ...WORKSPACE]) {
        const roleAllows = roleRank(role as Role) >= roleRank(PERMISSIONS[permission]);
        const expected = !roleAllows || (env !== null && env !== keyEnv) ? 403 : "allowed";
        const res = await call(api, method, path);
        // 422: authorized, then refused for the (empty) body
        const got = res.status() === 403 ? 403 : res.status() < 300 || res.status() === 422 ? "allowed" : res.status();
        if (got !== expected) wrong.push(`${name}: expected ${expected}, got ${res.status()} ${await res.text()}`);
        if (expected === 403 && roleAllows) expect((await res.json()).error.message).toContain(`This key belongs to ${keyEnv}`);
      }
      await api.dispose();
      expect(wrong).toEqual([]);
    });
  }

test("unknown, malformed, public and revoked keys are refused with a 401 that says which", async ({ baseURL, page }) => {
  const as = async (authorization: string) => {
    const api = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { Authorization: authorization } });
    const res = await api.get("/api/v1/campaigns");
    const body = { status: res.status(), message: (await res.json()).error?.message as string };
    await api.dispose();
    return body;
  };
  expect(await as("Basic abc")).toMatchObject({ status: 401, message: expect.stringContaining("Bearer sk_") });
  expect(await as("Bearer pk_live123456789012345678")).toMatchObject({ status: 401, message: expect.stringContaining("public key") });
  expect(await as("Bearer sk_short")).toMatchObject({ status: 401, message: expect.stringContaining("copied whole") });
  expect(await as(`Bearer sk_${"x".repeat(40)}`)).toMatchObject({ status: 401, message: expect.stringContaining("Unknown secret key") });

  await login(page, "keysOwner");
  await page.goto("/settings");
  await page.getByRole("button", { name: "Revoke staging viewer" }).click();
  await confirmDialog(page, "Revoke key");
  await expect(page.getByTestId("keys-result-staging")).toHaveText("Key revoked: it no longer works.");
  expect(await as(`Bearer ${keys["staging:viewer"]}`)).toMatchObject({ status: 401, message: expect.stringContaining("was revoked on") });
});
