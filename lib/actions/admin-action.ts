// The one shape of every server action: permission first, then each argument parsed with its zod
// schema, then the domain call, then the pages to revalidate; any error becomes the ActionResult
// the forms show (one classifier, lib/errors.ts). Arguments stay positional, as the browser sends
// them, and each is parsed on its own so an error's field is relative to its argument ("name").
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import type { Permission } from "@/lib/auth/permissions";
import { requirePermission, type Member } from "@/lib/auth/session";
import { actionError } from "./result";

type Parsed<A extends readonly z.ZodType[]> = { [K in keyof A]: z.infer<A[K]> };
// callers may pass anything: every argument is parsed here, after the permission check
type Raw<A extends readonly z.ZodType[]> = { [K in keyof A]: unknown };
export type ActionFailure = { ok: false; error: string; field?: string; code?: string };

/**
 * `permission`: the permission the caller needs, or a function of the raw arguments choosing it
 * (publishing production needs more than staging); it must not throw, and should pick the
 * stricter permission for arguments it does not recognize.
 * `fn` returns the success payload: a `message` for the user plus anything the form needs.
 */
export function adminAction<const A extends readonly z.ZodType[], R extends object>(
  permission: Permission | ((...raw: unknown[]) => Permission),
  args: A,
  fn: (member: Member, ...input: Parsed<A>) => Promise<R>,
  opts: { revalidate?: string[] } = {},
): (...raw: Raw<A>) => Promise<({ ok: true } & R) | ActionFailure> {
  return async (...raw) => {
    try {
      const member = await requirePermission(typeof permission === "function" ? permission(...raw) : permission);
      const input = args.map((schema, i) => schema.parse(raw[i])) as Parsed<A>;
      const result = await fn(member, ...input);
      for (const path of opts.revalidate ?? []) revalidatePath(path);
      return { ok: true, ...result };
    } catch (e) {
      return actionError(e) as ActionFailure;
    }
  };
}
