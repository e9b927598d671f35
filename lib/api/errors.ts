// The route handlers' adapter over the one classifier (lib/errors.ts): a NextResponse in the shape
// every endpoint uses. Validation messages name the field ("name: Name is required").
import { NextResponse } from "next/server";
import { AppError, classifyError, errorBody } from "@/lib/errors";

export { AppError, errorBody };

export function toErrorResponse(e: unknown): NextResponse {
  const c = classifyError(e);
  if (c.internal) console.error("[api] unexpected error:", e);
  else if (c.code === "storage_unavailable") console.error(`[api] storage fault:`, (e as Error)?.message);
  const message = c.code === "validation_failed" ? `${c.field}: ${c.message}` : c.message;
  return NextResponse.json(errorBody(c.code, message, c.field), { status: c.status, headers: c.headers });
}

/** The largest management API body: a campaign with every locale's copy is a few KB (#26). */
export const MAX_API_BODY_BYTES = 256 * 1024;

/**
 * Parses a JSON body of at most MAX_API_BODY_BYTES, answering 413 past it (without reading the
 * rest: a declared Content-Length is refused at once, a chunked body as soon as it passes the
 * bound) and 400 (not 500) when it is missing or malformed.
 */
export async function readJson(req: Request): Promise<unknown> {
  const tooLarge = () => new AppError(`The body is larger than ${MAX_API_BODY_BYTES} bytes`, 413);
  if (Number(req.headers.get("content-length") ?? 0) > MAX_API_BODY_BYTES) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (req.body) {
    const reader = req.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_API_BODY_BYTES) {
        await reader.cancel();
        throw tooLarge();
      }
      chunks.push(value);
    }
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new AppError("The body must be valid JSON", 400);
  }
}
