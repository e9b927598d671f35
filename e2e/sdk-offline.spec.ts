// The server goes away while a customer's page is open: cached rules still apologize, events wait
// in the page, and arrive exactly once when the server is back.
import { mkdtempSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { freshDatabaseEnv } from "./fresh-database";
import { hostPage, startHostSite } from "./host-site";
import { demoKey, spawnServer, waitHealthy } from "./spawned-server";
import { sdkReady } from "./fixtures";

const PORT = 3192;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const HOST_PORT = 3202;
const OWNER = { email: "offline-owner@e2e.test", password: "offline-password-1" };

let dbEnv: Record<string, string> = {};

const startServer = (dataDir: string) =>
  spawnServer(PORT, { DATA_DIR: dataDir, ADMIN_EMAIL: OWNER.email, ADMIN_PASSWORD: OWNER.password, NEXTAUTH_URL: ORIGIN, ...dbEnv });

test("with the server down, cached rules apologize and queued events arrive once it is back", async ({ page, playwright }) => {
  test.setTimeout(150_000);
  const dataDir = mkdtempSync(path.join(tmpdir(), "mc-offline-"));
  dbEnv = await freshDatabaseEnv("mc_offline");
  let server = startServer(dataDir);
  let site: Server | undefined;
  try {
    await waitHealthy(server);
    const key = await demoKey(ORIGIN);
    site = await startHostSite(HOST_PORT, () => hostPage({ sdkOrigin: ORIGIN, publicKey: key, user: { id: "u_offline", name: "Jackie" } }));
    const host = `http://127.0.0.1:${HOST_PORT}/`;

    await page.goto(host);
    await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.endsWith(":rules")));
    await server.stop();

    // a new page view while the server is down: the SDK comes from the browser cache, the rules
    // from the page's last good copy
    await page.goto(host);
    await sdkReady(page);
    await page.click("#crash");
    await expect(page.getByRole("status")).toContainText("Sorry Jackie, part of this page broke.");
    await page.waitForFunction(() => {
      const q = Object.entries(localStorage).find(([k]) => k.endsWith(":queue"));
      return !!q && JSON.parse(q[1]).some((e: { type: string }) => e.type === "shown");
    });

    server = startServer(dataDir);
    await waitHealthy(server);
    // the page retries with backoff and delivers what it queued
    await page.waitForFunction(
      () => {
        const q = Object.entries(localStorage).find(([k]) => k.endsWith(":queue"));
        return !q || !JSON.parse(q[1]).some((e: { type: string }) => e.type === "shown");
      },
      undefined,
      { timeout: 90_000 },
    );

    const api = await playwright.request.newContext({ baseURL: ORIGIN });
    const csrf = (await (await api.get("/api/auth/csrf")).json()).csrfToken;
    await api.post("/api/auth/callback/credentials", { form: { csrfToken: csrf, ...OWNER, json: "true" } });
    const live = await (await api.get("/api/stats/live?env=production")).json();
    expect(live.total).toBe(1); // one apology, counted once however often it was sent
    await api.dispose();
  } finally {
    await new Promise<void>((r) => (site ? site.close(() => r()) : r()));
    await server.stop();
  }
});
