// One writer per process batches incoming events: every flush inserts all queued events in one
// transaction (ON CONFLICT (id) DO NOTHING, so replays never double count) and upserts rollups for
// exactly the rows inserted. Callers' promises resolve only after that commit: a 202 means durable.
import type { RawSql } from "@/lib/db";
import type { SdkEvent } from "./schemas";
import { storeEvents } from "./event-store";

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
  /** transactions at once (default 1: PGlite has one connection; PostgreSQL takes a few in parallel) */
  concurrency?: number;
}

export class BatchWriter {
  private queue: Pending[] = [];
  private queued = 0; // queued or being written (the bound of maxQueued)
  private waiting = 0; // queued, not yet taken into a batch
  private timer: NodeJS.Timeout | undefined;
  private inFlight = 0;
  private idle: (() => void)[] = [];
  private readonly interval: number;
  private readonly maxBatch: number;
  private readonly maxQueued: number;
  private readonly concurrency: number;

  constructor(private readonly opts: BatchWriterOptions) {
    this.interval = opts.flushIntervalMs ?? 20;
    this.maxBatch = opts.maxBatch ?? 1000;
    this.maxQueued = opts.maxQueued ?? 20_000;
    this.concurrency = Math.max(1, opts.concurrency ?? 1);
  }

  /** flushes (transactions) and events written since start: their ratio is the mean batch size */
  readonly totals = { flushes: 0, events: 0, busyMs: 0 };

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
      this.waiting += events.length;
      if (this.waiting >= this.maxBatch) this.pump();
      else
        this.timer ??= setTimeout(() => {
          this.timer = undefined;
          this.pump();
        }, this.interval);
    });
  }

  /** Writes everything queued now and resolves once nothing is queued or being written. */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.pump();
    if (this.inFlight === 0 && this.queue.length === 0) return;
    await new Promise<void>((r) => this.idle.push(r));
  }

  // Starts a transaction for the next batch while there is queued work and a free slot: one at a
  // time on PGlite (one connection), a few at once on PostgreSQL. A batch that finishes starts the
  // next at once with what queued meanwhile: under load batches grow by themselves.
  private pump(): void {
    while (this.queue.length && this.inFlight < this.concurrency) {
      const batch: Pending[] = [];
      let n = 0;
      while (this.queue.length && n < this.maxBatch) {
        const p = this.queue.shift()!;
        batch.push(p);
        n += p.events.length;
      }
      this.waiting -= n;
      this.inFlight++;
      void this.run(batch, n).finally(() => {
        this.inFlight--;
        this.queued -= n;
        this.pump();
        if (this.inFlight === 0 && this.queue.length === 0) for (const r of this.idle.splice(0)) r();
      });
    }
  }

  private async run(batch: Pending[], n: number): Promise<void> {
    try {
      const t0 = performance.now();
      const inserted = await this.writeBatch(batch);
      this.totals.flushes++;
      this.totals.events += n;
      this.totals.busyMs += performance.now() - t0;
      for (const p of batch) {
        const accepted = p.events.filter((e) => inserted.delete(e.id)).length;
        p.resolve({ accepted, duplicates: p.events.length - accepted });
      }
    } catch (e) {
      for (const p of batch) p.reject(e);
    }
  }

  private async writeBatch(batch: Pending[]): Promise<Set<string>> {
    const unique = new Map<string, [string, SdkEvent]>();
    for (const p of batch) {
      for (const e of p.events) {
        if (!unique.has(e.id)) unique.set(e.id, [p.environmentId, e]); // the same id twice in one flush: the first one wins
      }
    }
    // Rows go in id order and rollups in key order: two instances writing overlapping batches to
    // one PostgreSQL then take their row locks in the same order and cannot deadlock.
    const rows = [...unique.values()].sort(([, a], [, b]) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return storeEvents(this.opts.sql, rows.map(([env]) => env), rows.map(([, e]) => e));
  }
}
