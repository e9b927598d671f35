// A load generator in its own process (spawned by the soak bench), so the server under test has
// its event loop and memory to itself: argv[2] is JSON {kind, url, duration, rate?}; prints one
// JSON line with the rate achieved, p99 and error counts.
import { randomUUID } from "node:crypto";
import autocannon from "autocannon";
import { z } from "zod";

const args = z
  .object({ kind: z.enum(["events", "rules"]), url: z.url(), duration: z.number().positive(), rate: z.number().positive().optional() })
  .parse(JSON.parse(process.argv[2] ?? "{}"));

// 20 events per request, as the SDK batches them: one in five a session
const body = () =>
  JSON.stringify({
    events: Array.from({ length: 20 }, (_, i) => ({ id: randomUUID(), type: i % 5 ? "shown" : "session", ts: Date.now(), campaignId: "c1", triggerType: "http_error" })),
  });

const options: autocannon.Options =
  args.kind === "events"
    ? { url: args.url, method: "POST", connections: 50, headers: { "Content-Type": "text/plain" }, requests: [{ setupRequest: (req) => ({ ...req, body: body() }) }] }
    : { url: args.url, connections: 50, headers: { "Accept-Encoding": "gzip" } };

const r = await autocannon({ ...options, duration: args.duration, ...(args.rate ? { overallRate: Math.round(args.rate) } : {}) });
console.log(JSON.stringify({ rps: r.requests.average, p99: r.latency.p99, s5xx: r["5xx"], errors: r.errors, timeouts: r.timeouts, non2xx: r.non2xx }));
