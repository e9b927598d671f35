// Whether this process is storing the events it receives. While it cannot (a full disk, a database
// that is down), the SDK's posts are answered 503 and retried later, the charts stop moving, and an
// admin looking at a flat canary must be told that the flat line is not good news.
//
// Lives on globalThis: server.ts's fast path writes it, Next's bundled copy of this module (the
// admin layout) reads it.
import { type StorageFault, faultSummary, storageFaultOf } from "@/lib/storage/faults";

export type StoreFault = StorageFault | "database";

export interface IngestHealth {
  /** When the first of the current run of failures happened; undefined while events are stored. */
  failingSince?: Date;
  fault?: StoreFault;
  /** Events answered 503 since failingSince. */
  refused: number;
}

interface State extends IngestHealth {
  lastLogAt: number;
  loggedRefused: number;
  /** whether the alert webhooks were told about the current run of failures */
  noticeSent: boolean;
  /** a run of failures they were told about, which has ended: they are told that too */
  recovered?: { since: Date; until: Date; refused: number };
}

const LOG_EVERY_MS = 10_000;
const g = globalThis as unknown as { __meaCulpaIngestHealth?: State };
const state = (): State => (g.__meaCulpaIngestHealth ??= { refused: 0, lastLogAt: 0, loggedRefused: 0, noticeSent: false });

export function describeStoreFault(fault: StoreFault): string {
  // not only an outage: any write the database refuses (the log line carries its message)
  return fault === "database" ? "the database is refusing writes" : faultSummary(fault);
}

/**
 * Records a failed write of `events` events. Logs the first failure at once and then at most every
 * 10 s with a count, so a full disk is not made worse by a log line per request. Returns the fault.
 */
export function noteStoreFailure(error: unknown, events: number, now = Date.now()): StoreFault {
  const s = state();
  const fault: StoreFault = storageFaultOf(error) ?? "database";
  if (!s.failingSince) {
    s.failingSince = new Date(now);
    s.refused = 0;
    s.loggedRefused = 0;
    s.lastLogAt = 0;
  }
  s.fault = fault;
  s.refused += events;
  if (now - s.lastLogAt >= LOG_EVERY_MS) {
    const detail = error instanceof Error ? error.message.split("\n").at(-1)!.slice(0, 300) : String(error);
    console.error(
      `[events] not storing events: ${describeStoreFault(fault)} (${detail}). ` +
        `${s.refused - s.loggedRefused} more events answered 503 (${s.refused} since ${s.failingSince.toISOString()}); clients retry them.`,
    );
    s.lastLogAt = now;
    s.loggedRefused = s.refused;
  }
  return fault;
}

export function noteStoreSuccess(now = Date.now()): void {
  const s = state();
  if (!s.failingSince) return;
  console.log(
    `[events] storing events again after ${Math.round((now - s.failingSince.getTime()) / 1000)} s; ` +
      `${s.refused} events were answered 503 meanwhile (clients retry them).`,
  );
  if (s.noticeSent) s.recovered = { since: s.failingSince, until: new Date(now), refused: s.refused };
  s.noticeSent = false;
  s.failingSince = undefined;
  s.fault = undefined;
  s.refused = 0;
}

export type IngestNotice =
  | { kind: "failing"; fault: StoreFault; since: Date; refused: number }
  | { kind: "recovered"; since: Date; until: Date; refused: number };

/**
 * What the alert webhooks should be told now, if anything: that events have not been stored for at
 * least `afterMs` (once per run of failures), or that a run they were told about has ended.
 * `markNoticeSent` records it once sent (if the webhooks could not even be read, it is tried again).
 */
export function pendingIngestNotice(now = Date.now(), afterMs = 60_000): IngestNotice | undefined {
  const s = state();
  if (s.recovered) return { kind: "recovered", ...s.recovered };
  if (s.failingSince && s.fault && !s.noticeSent && now - s.failingSince.getTime() >= afterMs) {
    return { kind: "failing", fault: s.fault, since: s.failingSince, refused: s.refused };
  }
  return undefined;
}

export function markNoticeSent(notice: IngestNotice): void {
  const s = state();
  if (notice.kind === "recovered") s.recovered = undefined;
  else if (s.failingSince?.getTime() === notice.since.getTime()) s.noticeSent = true;
}

export function ingestHealth(): IngestHealth {
  const s = state();
  return { failingSince: s.failingSince, fault: s.fault, refused: s.refused };
}
