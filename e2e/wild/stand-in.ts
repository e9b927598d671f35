// A stand-in Mea Culpa endpoint for the wild suite (the pattern of startStandIn in corpus-sites.ts):
// it serves the wild rules to every public key and keeps the events each key sends, validated with
// the server's own schema, so an app's apologies are exactly what the server would have counted.
import { createServer, type IncomingMessage } from "node:http";
import { eventBatch, validateEvents, type SdkEvent } from "@/lib/events/schemas";
import type { CompiledRules } from "@/lib/rules/contract";

const CORS = { "Access-Control-Allow-Origin": "*", "Access-Control-Allow-Headers": "If-None-Match, Content-Type" };
const ETAG = '"wild1"';

export interface WildStandIn {
  origin: string;
  events(key: string): SdkEvent[];
  /** batches the server's schema would refuse (must stay empty) */
  refused(key: string): string[];
  rulesFetched(key: string): number;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let s = "";
    req.on("data", (c) => (s += c));
    req.on("end", () => resolve(s));
  });
}

export async function startWildStandIn(rules: CompiledRules): Promise<WildStandIn> {
  const received = new Map<string, SdkEvent[]>();
  const refused = new Map<string, string[]>();
  const fetched = new Map<string, number>();
  const json = JSON.stringify(rules);
  const push = <T>(m: Map<string, T[]>, k: string, v: T[]) => m.set(k, [...(m.get(k) ?? []), ...v]);
  const server = createServer(async (req, res) => {
    if (req.method === "OPTIONS") return void res.writeHead(204, CORS).end();
    const m = /^\/api\/v1\/(rules|events)\/(pk_\w+)(\/stream)?/.exec(req.url ?? "");
    if (!m) return void res.writeHead(404, CORS).end();
    const key = m[2];
    if (m[1] === "rules" && m[3]) {
      // the live rules stream: the revision never changes here, so it only says which one is current
      res.writeHead(200, { ...CORS, "Content-Type": "text/event-stream" });
      return void res.write(`event: revision\ndata: {"etag":${JSON.stringify(ETAG)}}\n\n`);
    }
    if (m[1] === "rules") {
      fetched.set(key, (fetched.get(key) ?? 0) + 1);
      if (req.headers["if-none-match"] === ETAG) return void res.writeHead(304, { ...CORS, ETag: ETAG }).end();
      return void res.writeHead(200, { ...CORS, "Content-Type": "application/json", ETag: ETAG }).end(json);
    }
    const text = await readBody(req);
    try {
      const batch = eventBatch.parse(JSON.parse(text));
      const { valid, rejected } = validateEvents(batch.events, { sentAt: batch.sentAt });
      push(received, key, valid);
      if (rejected.length) push(refused, key, [JSON.stringify(rejected)]);
    } catch (e) {
      push(refused, key, [`${(e as Error).message}: ${text.slice(0, 200)}`]);
    }
    res.writeHead(202, { ...CORS, "Content-Type": "application/json" }).end("{}");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    origin: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    events: (key) => received.get(key) ?? [],
    refused: (key) => refused.get(key) ?? [],
    rulesFetched: (key) => fetched.get(key) ?? 0,
    close: async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}
