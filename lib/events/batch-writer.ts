// One writer per process batches incoming events: every flush inserts all queued events in one
// transaction (ON CONFLICT (id) DO NOTHING, so replays never double count) and upserts rollups for
// exactly the rows inserted. Callers' promises resolve only after that commit: a 202 means durable.
import type { RawSql } from "@/lib/db";
import type { SdkEvent } from "./schemas";
import { addEventsToRollups } from "./rollup-upsert";

export interface WriteResult {
  accepted: number;
  duplicates: number;
}

interface Pending {
  environmentId: string;
  events: SdkEvent[];
  resolve(r: WriteResult): void;
  reject(e: unknown): void;
}

export class QueueFullError extends Error {}

export interface BatchWriterOptions {
  sql: RawSql;
  flushIntervalMs?: number;
  maxBatch?: number;
  maxQueued?: number;
}

export class BatchWriter {
  private queue: Pending[] = [];
  private queued = 0;
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> | undefined;
  private readonly interval: number;
  private readonly maxBatch: number;
  private readonly maxQueued: number;

  constructor(private readonly opts: BatchWriterOptions) {
    this.interval = opts.flushIntervalMs ?? 20;
    this.maxBatch = opts.maxBatch ?? 1000;
    this.maxQueued = opts.maxQueued ?? 20_000;
  }

  get depth(): number {
    return this.queued;
  }

  write(environmentId: string, events: SdkEvent[]): Promise<WriteResult> {
    if (events.length === 0) return Promise.resolve({ accepted: 0, duplicates: 0 });
    if (this.queued + events.length > this.maxQueued) {
      return Promise.reject(new QueueFullError("ingestion queue is full"));
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ environmentId, events, resolve, reject });
      this.queued += events.length;
      if (this.queued >= this.maxBatch) void this.flush();
      else this.timer ??= setTimeout(() => void this.flush(), this.interval);
    });
  }

  /** Flushes until the queue is empty; concurrent callers share the running flush. */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.flushing) {
      await this.flushing;
      // Events queued after the running flush last looked at the queue are not covered by it:
      // without this they would wait for the next write to schedule a flush, or forever.
      if (this.queue.length) return this.flush();
      return;
    }
    this.flushing = (async () => {
      while (this.queue.length) {
        const batch: Pending[] = [];
        let n = 0;
        while (this.queue.length && n < this.maxBatch) {
          const p = this.queue.shift()!;
          batch.push(p);
          n += p.events.length;
        }
        try {
          const inserted = await this.writeBatch(batch);
          for (const p of batch) {
            const accepted = p.events.filter((e) => inserted.delete(e.id)).length;
            p.resolve({ accepted, duplicates: p.events.length - accepted });
          }
        } catch (e) {
          for (const p of batch) p.reject(e);
        } finally {
          this.queued -= n;
        }
      }
    })();
    try {
      await this.flushing;
    } finally {
      this.flushing = undefined;
    }
    if (this.queue.length) return this.flush();
  }

  private async writeBatch(batch: Pending[]): Promise<Set<string>> {
    const cols: unknown[][] = [[], [], [], [], [], [], [], [], [], []];
    const rows = new Map<string, unknown[]>();
    for (const p of batch) {
      for (const e of p.events) {
        if (rows.has(e.id)) continue; // the same id twice in one flush: the first one wins
        rows.set(e.id, [e.id, p.environmentId, e.type, e.campaignId ?? null, e.triggerType ?? null, e.reason ?? null, e.url ?? null, e.userId ?? null, e.sessionId ?? null, e.ts]);
      }
    }
    // Rows go in id order and rollups in key order: two instances writing overlapping batches to
    // one PostgreSQL then take their row locks in the same order and cannot deadlock.
    for (const id of [...rows.keys()].sort()) rows.get(id)!.forEach((v, i) => cols[i].push(v));
    return this.opts.sql.transaction(async (tx) => {
      const rows = await tx.query<{ id: string }>(
        `INSERT INTO "Event" ("id","environmentId","type","campaignId","triggerType","reason","url","userId","sessionId","occurredAt")
         SELECT u.id, u.env, u.type, u.cid, u.tt, u.reason, u.url, u.uid, u.sid,
                (to_timestamp(u.ts / 1000.0) AT TIME ZONE 'UTC')
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::float8[])
              WITH ORDINALITY AS u(id, env, type, cid, tt, reason, url, uid, sid, ts, n)
         ORDER BY u.n
         ON CONFLICT ("id") DO NOTHING
         RETURNING "id"`,
        cols,
      );
      const ids = rows.map((r) => r.id);
      if (ids.length) {
        await addEventsToRollups(tx, `SELECT unnest($1::uuid[])`, [ids]);
      }
      return new Set(ids);
    });
  }
}
