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

/** Parses a JSON body, answering 400 (not 500) when it is missing or malformed. */
export async function readJson(req: Request): Promise<unknown> {
  try {
    return await req.json();
  } catch {
    throw new AppError("The body must be valid JSON", 400);
  }
}
