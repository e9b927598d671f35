// One error mapper for API routes: zod → 422 naming the field, auth → 401/403, app errors → their status.
import { NextResponse } from "next/server";
import { ZodError } from "zod";

export class AppError extends Error {
  constructor(
    message: string,
    public status = 400,
    public field?: string,
  ) {
    super(message);
  }
}

export function toErrorResponse(e: unknown): NextResponse {
  if (e instanceof ZodError) {
    const issue = e.issues[0];
    const field = issue.path.join(".");
    return NextResponse.json({ error: `${field || "input"}: ${issue.message}`, field }, { status: 422 });
  }
  const status = (e as { status?: unknown })?.status;
  if (typeof status === "number" && status >= 400 && status < 600) {
    return NextResponse.json(
      { error: (e as Error).message, field: (e as AppError).field },
      { status },
    );
  }
  console.error("[api] unexpected error:", e);
  return NextResponse.json({ error: "Internal error" }, { status: 500 });
}
