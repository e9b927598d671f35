// Storage faults (a full disk, a read-only or unwritable data directory) told apart from other
// errors, so that people see what to fix instead of "Internal error". They arrive in several
// wrappings: a Node errno (ENOSPC), a PostgreSQL SQLSTATE (53100 disk_full) from PGlite or a
// server, and Prisma errors that carry either a few levels down.
import { closeSync, fsyncSync, mkdirSync, openSync, rmSync, writeSync } from "node:fs";
import path from "node:path";

export type StorageFault = "disk_full" | "read_only" | "no_access";

const BY_CODE: Record<string, StorageFault> = {
  ENOSPC: "disk_full",
  EDQUOT: "disk_full",
  "53100": "disk_full", // disk_full
  EROFS: "read_only",
  "25006": "read_only", // read_only_sql_transaction (a hot standby, a read-only database)
  EACCES: "no_access",
  EPERM: "no_access",
};

const BY_TEXT: [RegExp, StorageFault][] = [
  [/No space left on device|disk quota exceeded/i, "disk_full"],
  [/Read-only file system|read-only transaction/i, "read_only"],
];

/** The storage fault behind an error, however deeply it is wrapped; undefined for anything else. */
export function storageFaultOf(e: unknown): StorageFault | undefined {
  const seen = new Set<unknown>();
  const visit = (v: unknown, depth: number): StorageFault | undefined => {
    if (!v || typeof v !== "object" || depth > 5 || seen.has(v)) return undefined;
    seen.add(v);
    const o = v as Record<string, unknown>;
    for (const k of ["code", "errno", "originalCode"]) {
      if (typeof o[k] === "string" && BY_CODE[o[k] as string]) return BY_CODE[o[k] as string];
    }
    if (typeof o.message === "string") {
      for (const [re, fault] of BY_TEXT) if (re.test(o.message)) return fault;
    }
    for (const k of ["cause", "meta", "driverAdapterError", "originalError"]) {
      const found = visit(o[k], depth + 1);
      if (found) return found;
    }
    return undefined;
  };
  return visit(e, 0);
}

const WHAT: Record<StorageFault, string> = {
  disk_full: "the disk holding the database is full",
  read_only: "the database's storage is read-only",
  no_access: "the server may not write to the database's storage",
};

/** One sentence for a person: what happened and what to do, for an action that was not saved. */
export function notSavedMessage(fault: StorageFault): string {
  return `Not saved: ${WHAT[fault]}. Nothing was changed; free space or fix the storage on the server, then try again.`;
}

export function faultSummary(fault: StorageFault): string {
  return WHAT[fault];
}

const AT_START: Record<StorageFault, string> = {
  disk_full: "its disk is full",
  read_only: "it is on a read-only file system",
  no_access: "this user may not write to it",
};

const HINT: Record<StorageFault, string> = {
  disk_full: "free space on that disk, or set DATA_DIR to a directory on a larger one",
  read_only: "mount it read-write, or set DATA_DIR to a writable directory",
  no_access: "give the server's user write access to it, or set DATA_DIR to a directory it owns",
};

/**
 * Refuses to start on a data directory the server cannot write: a clear message naming the
 * directory and the fix, before PGlite opens it (which would fail deep inside Postgres, or worse,
 * half-way through recovery). A probe file is written and synced, then removed.
 */
export function assertDataDirWritable(dir: string): void {
  const probe = path.join(dir, `.write-check-${process.pid}`);
  try {
    mkdirSync(dir, { recursive: true });
    const fd = openSync(probe, "w");
    try {
      // 64 KiB: a directory with a few free bytes is as good as full for a database
      writeSync(fd, Buffer.alloc(64 * 1024));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    const fault = storageFaultOf(e);
    const code = (e as NodeJS.ErrnoException).code ?? "error";
    const uid = typeof process.getuid === "function" ? ` (uid ${process.getuid()})` : "";
    const why = fault ? AT_START[fault] : (e as Error).message;
    throw new Error(
      `DATA_DIR ${dir} is not usable: ${why} [${code}]${fault === "no_access" ? uid : ""}.\n` +
        `  Fix: ${fault ? HINT[fault] : "check the directory and its disk"}. Nothing was changed.`,
    );
  } finally {
    try {
      rmSync(probe, { force: true });
    } catch {
      // nothing to remove when the directory itself was the problem
    }
  }
}
