// One error type and one mapper for every API route. Bodies are
// `{ "error": { "code", "message", "field"? } }`: zod → 422 naming the field, auth → 401/403,
// app errors → their status.
import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { notSavedMessage, storageFaultOf } from "@/lib/storage/faults";
import { ERROR_CODES, errorBody } from "./error-body";

export { errorBody };


export class AppError extends Error {
  constructor(
    message: string,
    public status = 400,
    public field?: string,
    public code = ERROR_CODES[status] ?? "error",
  ) {
    super(message);
  }
}


export function toErrorResponse(e: unknown): NextResponse {
  if (e instanceof ZodError) {
    const issue = e.issues[0];
    // an issue with no path is about the body as a whole (`false`, `[]`, a string): name it so
    const field = issue.path.join(".") || "body";
    return NextResponse.json(errorBody("validation_failed", `${field}: ${issue.message}`, field), {
      status: 422,
    });
  }
  const status = (e as { status?: unknown })?.status;
  if (typeof status === "number" && status >= 400 && status < 500) {
    const err = e as AppError;
    return NextResponse.json(errorBody(err.code ?? ERROR_CODES[status] ?? "error", err.message, err.field), { status });
  }
  const fault = storageFaultOf(e);
  if (fault) {
    console.error(`[api] storage fault (${fault}):`, (e as Error)?.message);
    return NextResponse.json(errorBody("storage_unavailable", notSavedMessage(fault)), {
      status: 503,
      headers: { "Retry-After": "30" },
    });
  }
  console.error("[api] unexpected error:", e);
  return NextResponse.json(errorBody("internal", "Internal error"), { status: 500 });
}

/** Parses a JSON body, answering 400 (not 500) when it is missing or malformed. */
export async function readJson(req: Request): Promise<unknown> {
  try {
    return await req.json();
  } catch {
    throw new AppError("The body must be valid JSON", 400);
  }
}
