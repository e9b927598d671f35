// In-memory compiled rules per public key, pre-serialized and pre-compressed, so the rules
// endpoint answers without touching the database. Lives on globalThis because Next's bundled
// server code (publish actions) and server.ts (the fast path) load separate module copies.
import { createHash } from "node:crypto";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { CompiledBody } from "./compile";
import type { CompiledRules } from "./contract";
import { withOpenWindows } from "./schedule-windows";

/** How long a served copy is declared fresh for clients that cache it (contract `expiresAt`). */
export const SNAPSHOT_TTL_MS = 60 * 60 * 1000;

export interface Snapshot {
  environmentId: string;
  revision: number;
  etag: string;
  body: Buffer;
  gzip: Buffer;
  br: Buffer;
  builtAt: number;
}

type Listener = (snap: Snapshot | null) => void;

interface Store {
  byKey: Map<string, Snapshot>;
  keyByEnv: Map<string, string>;
  listeners: Map<string, Set<Listener>>;
}

const g = globalThis as unknown as { __meaCulpaSnapshots?: Store };
function store(): Store {
  g.__meaCulpaSnapshots ??= { byKey: new Map(), keyByEnv: new Map(), listeners: new Map() };
  return g.__meaCulpaSnapshots;
}

/** A content hash of compiled rules, stored with each revision (no serving metadata in it). */
export function rulesHash(compiled: CompiledBody): string {
  return '"' + createHash("sha256").update(JSON.stringify(compiled)).digest("base64url").slice(0, 27) + '"';
}

export function buildSnapshot(
  environmentId: string,
  revision: number,
  compiled: CompiledBody,
  now = Date.now(),
): Snapshot {
  const doc: CompiledRules = {
    schemaVersion: 1,
    revision,
    generatedAt: new Date(now).toISOString(),
    expiresAt: new Date(now + SNAPSHOT_TTL_MS).toISOString(),
    settings: compiled.settings,
    campaigns: withOpenWindows(compiled.campaigns, now),
  };
  const body = Buffer.from(JSON.stringify(doc));
  const etag = '"' + createHash("sha256").update(body).digest("base64url").slice(0, 27) + '"';
  return {
    environmentId,
    revision,
    etag,
    body,
    gzip: gzipSync(body, { level: 9 }),
    br: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
    builtAt: now,
  };
}

/** Swaps the snapshot for a key atomically: the next request sees the new one. */
export function putSnapshot(publicKey: string, snap: Snapshot): void {
  const s = store();
  const old = s.keyByEnv.get(snap.environmentId);
  if (old && old !== publicKey) {
    s.byKey.delete(old);
    notify(old, null); // a rotated key is gone: its listeners hear so and stop
  }
  const previous = s.byKey.get(publicKey);
  s.keyByEnv.set(snap.environmentId, publicKey);
  s.byKey.set(publicKey, snap);
  if (!previous || previous.etag !== snap.etag) notify(publicKey, snap);
}

function notify(publicKey: string, snap: Snapshot | null) {
  for (const fn of store().listeners.get(publicKey) ?? []) {
    try {
      fn(snap);
    } catch (e) {
      console.error("[rules] snapshot listener failed:", e);
    }
  }
}

/** Calls `fn` whenever the snapshot for `publicKey` changes (null: the key no longer exists). */
export function subscribeSnapshot(publicKey: string, fn: Listener): () => void {
  const s = store();
  let set = s.listeners.get(publicKey);
  if (!set) s.listeners.set(publicKey, (set = new Set()));
  set.add(fn);
  return () => {
    set.delete(fn);
    if (!set.size) s.listeners.delete(publicKey);
  };
}

export function getSnapshot(publicKey: string): Snapshot | undefined {
  return store().byKey.get(publicKey);
}

export function allSnapshots(): Snapshot[] {
  return [...store().byKey.values()];
}
