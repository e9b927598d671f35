import type { NextRequest } from "next/server";

/**
 * The version an `If-Match` header names (the ETag a GET gave: `"2026-11-29T10:00:00.000Z"`, weak
 * or strong), or undefined when absent or `*`. Writes without it keep last-write-wins, so existing
 * API clients work unchanged (README: Management API); with it a stale write is a 412.
 */
export function ifMatchVersion(req: NextRequest): string | undefined {
  const ifMatch = req.headers.get("if-match")?.trim();
  return ifMatch && ifMatch !== "*" ? ifMatch.replace(/^W\//, "").replace(/^"|"$/g, "") : undefined;
}

/** The ETag header for a record at `version` (its last change time). */
export const etag = (version: string) => ({ ETag: `"${version}"` });
