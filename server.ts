// One process, one port. The SDK-facing endpoints (/sdk, /api/v1/rules, /api/v1/events) are
// answered by plain node:http handlers; everything else goes to Next's request handler.
import { createServer } from "node:http";
import { handleRequest } from "./lib/server/request-handler";
import { flushRefusedOrigins, noteRefusedOrigin } from "./lib/settings/allowed-origins";
import { flushArrivals, noteArrival } from "./lib/settings/site-arrivals";
import { flushSeenUsers, noteSeenUser } from "./lib/events/seen-users";
import next from "next";
import { closeDb, dbHandle } from "@/lib/db";
import { env } from "@/lib/env";
import { BatchWriter } from "@/lib/events/batch-writer";
import { loadSnapshots } from "@/lib/publishing/revisions";
import { bootstrap } from "@/lib/server/bootstrap";
import { createFastPath } from "@/lib/server/fast-path";
import { startJobs } from "@/lib/server/jobs";
import { flushUnusualTraffic, noteSenders } from "@/lib/events/unusual-traffic";

const dev = process.argv.includes("--dev");
// the server contacts no one but its own database and the webhooks its users configure
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
const started = Date.now();

async function main() {
  const e = env();
  process.env.NEXTAUTH_URL ??= e.PUBLIC_URL ?? `http://localhost:${e.PORT}`;
  await bootstrap();

  // PostgreSQL takes a few transactions at once (a quarter of the pool, leaving the rest to the
  // admin); PGlite has one connection, where a second transaction would only wait
  const writer = new BatchWriter({ sql: dbHandle().sql, concurrency: dbHandle().kind === "postgres" ? Math.max(1, Math.floor(e.DATABASE_POOL_SIZE / 4)) : 1 });
  const fastPath = createFastPath({ writer, eventRates: { perKey: e.EVENTS_PER_SECOND_PER_KEY, perIp: e.EVENTS_PER_SECOND_PER_IP }, onRefusedOrigin: noteRefusedOrigin, onAccepted: noteArrival, onSenders: noteSenders, onUser: noteSeenUser });
  const refusedFlush = setInterval(() => {
    flushRefusedOrigins(dbHandle().sql)
      .then(() => flushArrivals(dbHandle().sql))
      .then(() => flushSeenUsers(dbHandle().sql))
      .catch((err) => console.error("[events] refused-origin counts, arrivals or seen users not saved:", err.message));
    // on its own: a failure above must never keep the unusual-traffic notice from the dashboard
    flushUnusualTraffic(dbHandle().sql).catch((err) => console.error("[events] unusual-traffic notice not saved:", err.message));
  }, 2000);
  refusedFlush.unref();
  const app = next({ dev, hostname: "localhost", port: e.PORT });
  const nextHandler = app.getRequestHandler();
  await app.prepare();

  const server = createServer((req, res) => handleRequest(req, res, fastPath, nextHandler));
  server.keepAliveTimeout = 65_000;

  // Publishes made by other instances sharing the database reach this one within ~2 s.
  const poll = setInterval(() => {
    loadSnapshots().catch((err) => console.error("[rules] snapshot refresh failed:", err.message));
  }, 2000);
  poll.unref();
  const stopJobs = startJobs(dbHandle().sql, { publicUrl: process.env.NEXTAUTH_URL, eventRetentionDays: e.EVENT_RETENTION_DAYS,
    alertIntervalMs: e.ALERT_INTERVAL_SECONDS * 1000,
  });

  server.on("error", (err: NodeJS.ErrnoException) => {
    console.error(
      err.code === "EADDRINUSE"
        ? `Port ${e.PORT} is already in use on ${e.HOST}: stop the other process or start with PORT=<another port>.`
        : `Could not listen on ${e.HOST}:${e.PORT}: ${err.message}`,
    );
    process.exit(1);
  });
  server.listen(e.PORT, e.HOST, () => {
    const url = process.env.NEXTAUTH_URL;
    console.log(`Mea Culpa ready on ${url} (${dbHandle().kind}, ${dev ? "dev" : "production"}) in ${Date.now() - started} ms`);
    if (e.DEMO) console.log(`Demo store: ${url}/demo   Admin: ${url}/login`);
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`[server] ${signal}: stopping`);
    clearInterval(poll);
    const jobsDone = stopJobs();
    const closed = new Promise((r) => server.close(r));
    server.closeIdleConnections();
    // Requests already in flight still finish (and are acknowledged only after their commit).
    await Promise.race([closed, new Promise((r) => setTimeout(r, 5000))]);
    server.closeAllConnections();
    await writer.flush(); // nothing queued is left behind when the database closes
    await jobsDone;
    await app.close().catch(() => {});
    await closeDb();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
