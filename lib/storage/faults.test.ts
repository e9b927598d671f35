import { execFileSync } from "node:child_process";
import { chmodSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { actionError } from "@/lib/actions/result";
import { toErrorResponse } from "@/lib/api/errors";
import { describeStoreFault, ingestHealth, noteStoreFailure, noteStoreSuccess } from "@/lib/events/ingest-health";
import { assertDataDirWritable, storageFaultOf } from "./faults";

const errno = (code: string, message = `${code}: failed`) => Object.assign(new Error(message), { code });

describe("storageFaultOf", () => {
  it("knows Node's errnos, PostgreSQL's SQLSTATEs and the texts PGlite puts in its messages", () => {
    expect(storageFaultOf(errno("ENOSPC"))).toBe("disk_full");
    expect(storageFaultOf(errno("EDQUOT"))).toBe("disk_full");
    expect(storageFaultOf(Object.assign(new Error('could not extend file "base/5/16385": No space left on device'), { code: "53100" }))).toBe("disk_full");
    expect(storageFaultOf(new Error("could not write to file \"pg_wal/xlogtemp.1\": No space left on device"))).toBe("disk_full");
    expect(storageFaultOf(errno("EROFS"))).toBe("read_only");
    expect(storageFaultOf(new Error("could not open file: Read-only file system"))).toBe("read_only");
    expect(storageFaultOf(errno("EACCES"))).toBe("no_access");
  });

  it("finds them however the ORM wrapped them", () => {
    const driver = { kind: "postgres", code: "53100", message: "could not extend file" };
    const prismaLike = Object.assign(new Error("Invalid `prisma.segment.create()` invocation"), {
      code: "P2010",
      meta: { driverAdapterError: Object.assign(new Error("DatabaseError"), { cause: driver }) },
    });
    expect(storageFaultOf(prismaLike)).toBe("disk_full");
    expect(storageFaultOf(new Error("outer", { cause: new Error("mid", { cause: errno("EROFS") }) }))).toBe("read_only");
  });

  it("leaves every other error alone, including cycles and non-errors", () => {
    expect(storageFaultOf(new Error("duplicate key value violates unique constraint"))).toBeUndefined();
    expect(storageFaultOf(Object.assign(new Error("x"), { code: "23505" }))).toBeUndefined();
    expect(storageFaultOf(errno("ECONNREFUSED"))).toBeUndefined();
    const a: Record<string, unknown> = { message: "a" };
    a.cause = a;
    expect(storageFaultOf(a)).toBeUndefined();
    expect(storageFaultOf(undefined)).toBeUndefined();
    expect(storageFaultOf("No space left on device")).toBeUndefined(); // a string is not an error we were given
  });
});

describe("what people are told", () => {
  it("server actions and the API say it was not saved and why, instead of the database's text", async () => {
    const e = Object.assign(new Error('could not extend file "base/5/1": No space left on device'), { code: "53100" });
    expect(actionError(e)).toEqual({
      ok: false,
      error: "Not saved: the disk holding the database is full. Nothing was changed; free space or fix the storage on the server, then try again.",
      code: "storage_unavailable",
    });
    const res = toErrorResponse(errno("EROFS"));
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("30");
    expect(await res.json()).toEqual({
      error: {
        code: "storage_unavailable",
        message: "Not saved: the database's storage is read-only. Nothing was changed; free space or fix the storage on the server, then try again.",
      },
    });
  });
});

describe("assertDataDirWritable", () => {
  it("passes on a writable directory (created if missing) and leaves no probe behind", () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), "mc-writable-")), "nested", "data");
    assertDataDirWritable(dir);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("names the directory and the cause when it cannot be used", () => {
    const parent = mkdtempSync(path.join(tmpdir(), "mc-notdir-"));
    const file = path.join(parent, "data");
    writeFileSync(file, "not a directory");
    expect(() => assertDataDirWritable(file)).toThrow(`DATA_DIR ${file} is not usable`);
    expect(() => assertDataDirWritable(file)).toThrow(/\[EEXIST\]|\[ENOTDIR\]/);
  });

  it("names a directory this user may not write, with the user's id (EACCES)", () => {
    const parent = mkdtempSync(path.join(tmpdir(), "mc-noaccess-"));
    chmodSync(parent, 0o555); // others may enter, nobody but root may write
    const dir = path.join(parent, "data");
    const script = `import(${JSON.stringify(path.resolve("lib/storage/faults.ts"))}).then((m) => {
      try { m.assertDataDirWritable(${JSON.stringify(dir)}); console.log("written"); } catch (e) { console.log(e.message); }
    })`;
    const node = [process.execPath, "--import", "tsx", "-e", script];
    // root writes anywhere, so as root the check runs as the unprivileged user nobody (65534)
    const asRoot = process.getuid?.() === 0;
    const out = asRoot
      ? execFileSync("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", ...node], { encoding: "utf8" })
      : execFileSync(node[0], node.slice(1), { encoding: "utf8" });
    expect(out).toContain(`DATA_DIR ${dir} is not usable: this user may not write to it [EACCES] (uid ${asRoot ? 65534 : process.getuid?.()}).`);
    expect(out).toContain("Fix: give the server's user write access to it, or set DATA_DIR to a directory it owns.");
  });
});

describe("ingest health", () => {
  afterEach(() => {
    vi.restoreAllMocks();
    noteStoreSuccess();
  });

  it("tracks a run of failures, logs the first at once and then at most every 10 s, and logs the recovery", () => {
    const err = vi.spyOn(console, "error").mockImplementation(() => {});
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const full = Object.assign(new Error("No space left on device"), { code: "53100" });
    const t0 = Date.UTC(2026, 10, 27, 1, 0, 0);
    noteStoreFailure(full, 20, t0);
    for (let i = 1; i <= 50; i++) noteStoreFailure(full, 20, t0 + i * 100); // 5 s of failures
    expect(err).toHaveBeenCalledTimes(1);
    expect(err.mock.calls[0][0]).toContain("[events] not storing events: the disk holding the database is full");
    expect(ingestHealth()).toEqual({ failingSince: new Date(t0), fault: "disk_full", refused: 1020 });

    noteStoreFailure(full, 20, t0 + 10_000);
    expect(err).toHaveBeenCalledTimes(2);
    expect(err.mock.calls[1][0]).toContain("1020 more events answered 503 (1040 since 2026-11-27T01:00:00.000Z)");

    noteStoreSuccess(t0 + 12_000);
    expect(log.mock.calls[0][0]).toBe("[events] storing events again after 12 s; 1040 events were answered 503 meanwhile (clients retry them).");
    expect(ingestHealth()).toEqual({ failingSince: undefined, fault: undefined, refused: 0 });
    noteStoreSuccess(t0 + 13_000); // nothing to report while healthy
    expect(log).toHaveBeenCalledTimes(1);
  });

  it("calls anything that is not a storage fault a database failure", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    noteStoreFailure(new Error("Connection terminated unexpectedly"), 3);
    expect(ingestHealth().fault).toBe("database");
    expect(describeStoreFault("database")).toBe("the database is refusing writes");
  });
});
