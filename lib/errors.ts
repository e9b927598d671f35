// Errors at the bottom floor: one error type built from a code, and one classifier that the three
// edges (Next route handlers, server actions, the node:http fast path) adapt to their own
// response. No Next.js import here, so any lib/ module may throw an AppError.
import { ZodError } from "zod";
import { notSavedMessage, storageFaultOf } from "@/lib/storage/faults";

/** Every error code the API answers with: its HTTP status and the message used when none is given. */
export const ERROR_CODES = {
  bad_request: { status: 400, message: "The request is not valid" },
  unauthorized: { status: 401, message: "Sign in or send a secret key" },
  forbidden: { status: 403, message: "Your role does not allow this" },
  not_found: { status: 404, message: "Not found" },
  method_not_allowed: { status: 405, message: "Method not allowed" },
  conflict: { status: 409, message: "This conflicts with the current state" },
  precondition_failed: { status: 412, message: "Someone else changed this since you read it: read it again" },
  too_large: { status: 413, message: "The request body is too large" },
  validation_failed: { status: 422, message: "A field is not valid" },
  rate_limited: { status: 429, message: "Too many requests: retry later" },
  internal: { status: 500, message: "Internal error" },
  unavailable: { status: 503, message: "Temporarily unavailable: retry later" },
  storage_unavailable: { status: 503, message: "Not saved: the database cannot store anything right now" },
} as const satisfies Record<string, { status: number; message: string }>;
export type ErrorCode = keyof typeof ERROR_CODES;

/** The code the API uses for a bare HTTP status (the first code listed with that status). */
export function codeForStatus(status: number): string {
  for (const [code, v] of Object.entries(ERROR_CODES)) if (v.status === status) return code;
  return "error";
}

/** An error a user can act on: shown as it is, with its status, and the field at fault if any. */
export class AppError extends Error {
  constructor(
    message: string,
    public status = 400,
    public field?: string,
    public code = codeForStatus(status),
  ) {
    super(message);
  }

  /** `AppError.of("not_found", "Campaign not found")`: status from ERROR_CODES, message defaults to the code's. */
  static of(code: ErrorCode, message?: string, field?: string): AppError {
    return new AppError(message ?? ERROR_CODES[code].message, ERROR_CODES[code].status, field, code);
  }
}

/** How an edge should answer an error; `internal` ones are logged by the adapter, never shown. */
export interface ErrorClass {
  status: number;
  code: string;
  /** the message for a person (for validation: the issue's message, without the field) */
  message: string;
  field?: string;
  headers?: Record<string, string>;
  internal?: boolean;
}

/**
 * Classifies anything thrown: zod → 422 naming the first issue's field (or "body" for the body as
 * a whole); an AppError or any error carrying a 4xx `status` → as it says; a storage fault (full
 * disk, read-only) → 503 `storage_unavailable` with Retry-After 30; anything else → 500 internal.
 */
export function classifyError(e: unknown): ErrorClass {
  if (e instanceof ZodError) {
    const issue = e.issues[0];
    return { status: 422, code: "validation_failed", message: issue.message, field: issue.path.join(".") || "body" };
  }
  const status = (e as { status?: unknown })?.status;
  if (typeof status === "number" && status >= 400 && status < 500) {
    const err = e as Partial<AppError>;
    return { status, code: err.code ?? codeForStatus(status), message: String(err.message ?? ""), field: err.field };
  }
  const fault = storageFaultOf(e);
  if (fault) return { status: 503, code: "storage_unavailable", message: notSavedMessage(fault), headers: { "Retry-After": "30" } };
  return { status: 500, code: "internal", message: ERROR_CODES.internal.message, internal: true };
}

/** The one error shape of every endpoint: `{ "error": { "code", "message", "field"? } }`. */
export function errorBody(code: string, message: string, field?: string) {
  return { error: field ? { code, message, field } : { code, message } };
}
