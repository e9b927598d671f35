// No secret leaves the server to someone who does not need it (issue #19): every admin page and
// every API read, as each role of Matrix Co (which holds an alert webhook with a token and a
// secret key), is searched for secret-shaped values: full secret keys and key hashes (never, for
// anyone), password hashes (never), and the webhook token (only for those who may edit alerts).
import { expect, test } from "@playwright/test";
import { PERMISSIONS, roleRank, type Role } from "../lib/auth/permissions";
import { login } from "./fixtures";
import { MATRIX_WEBHOOK_TOKEN, type UserName } from "./users";

const MEMBERS: Record<Role, UserName> = { viewer: "matrixViewer", editor: "matrixEditor", admin: "matrixAdmin", owner: "matrixOwner" };
const PAGES = ["/dashboard", "/trends", "/reports/weekly", "/alerts", "/campaigns", "/campaigns/new", "/campaigns/simulate", "/triggers", "/segments", "/publishing", "/install", "/docs/api", "/docs/rules", "/audit", "/members", "/settings"];
const API = [
  "/api/v1/campaigns",
  "/api/v1/triggers",
  "/api/v1/segments",
  "/api/v1/environments/staging/revisions",
  "/api/v1/environments/production/revisions",
  "/api/v1/stats?env=production",
  "/api/v1/stats/summary",
  "/api/auth/session",
];
const NEVER: [string, RegExp][] = [
  ["a whole secret key", /sk_[A-Za-z0-9_-]{30,}/],
  ["a password hash", /\$2[aby]\$\d\d\$/],
  ["a key hash", /"hash"\s*:/],
  ["a session version", /"sessionVersion"/],
];

for (const role of Object.keys(MEMBERS) as Role[]) {
  test(`as ${role}: no page or API answer carries a secret ${role} may not see`, async ({ page }) => {
    test.setTimeout(120_000);
    await login(page, MEMBERS[role]);
    const mayEditAlerts = roleRank(role) >= roleRank(PERMISSIONS["alerts:manage"]);
    const leaks: string[] = [];
    for (const path of [...PAGES, ...API]) {
      const res = await page.request.get(path);
      if (res.status() >= 500) leaks.push(`${path}: ${res.status()}`);
      const body = await res.text();
      for (const [what, re] of NEVER) if (re.test(body)) leaks.push(`${path}: ${what}`);
      if (!mayEditAlerts && body.includes(MATRIX_WEBHOOK_TOKEN)) leaks.push(`${path}: the alert webhook's token`);
    }
    expect(leaks).toEqual([]);
    // the walk can see: an alert manager's Alerts page does hold the token they edit
    if (mayEditAlerts) expect(await (await page.request.get("/alerts")).text()).toContain(MATRIX_WEBHOOK_TOKEN);
  });
}
