import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;
// Debian's Chromium where Playwright cannot download its own browser (see ENVIRONMENT.md).
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "e2e",
  // two instances on one database: only meaningful on PostgreSQL (npm run test:pg runs it);
  // a full or read-only DATA_DIR: only meaningful for the embedded database, which lives there
  // the sensing corpus and the wild suite exercise the browser SDK against stand-in endpoints: no
  // database in them (the wild suite's nine minutes run once, in the embedded-database pass)
  // and the pages' rendering (axe, phone widths and dark theme, the API reference) and the SDK's
  // packaging and hostile-server cases do not depend on the database: the embedded pass covers them
  testIgnore: process.env.DATABASE_URL
    ? ["**/storage-faults.spec.ts", "**/sensing-corpus.spec.ts", "**/wild.spec.ts", "**/accessibility.spec.ts", "**/appearance.spec.ts", "**/npm-package.spec.ts", "**/sdk-hostile.spec.ts"]
    : ["**/multi-instance.spec.ts"],
  timeout: 60_000,
  expect: { timeout: 15_000 },
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: existsSync(chromium) ? chromium : undefined,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    command: "node --import tsx e2e/start-server.ts",
    url: `${baseURL}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      NODE_ENV: "production",
      PORT: String(PORT),
      DATA_DIR: ".e2e-data",
      NEXT_TELEMETRY_DISABLED: "1",
      CHECKPOINT_DISABLE: "1",
      // alerts are evaluated every 2 s instead of every minute, so the alert spec need not wait
      ALERT_INTERVAL_SECONDS: "2",
      // as behind a load balancer on the same host: per-address limits use X-Forwarded-For
      TRUST_PROXY: "loopback",
      // the alert specs' webhook receivers listen on loopback
      WEBHOOK_ALLOW_PRIVATE: "1",
    },
  },
});
