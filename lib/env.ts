// The only reader of process.env. Everything configurable is validated here once, with errors that
// name the variable, so a typo fails at start instead of at the first request.
import path from "node:path";
import { z } from "zod";
import { clientAddressResolver } from "@/lib/server/client-address";

const boolFlag = z
  .enum(["0", "1", "true", "false", ""])
  .optional()
  .transform((v) => !(v === "0" || v === "false"));

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  // default: loopback without PUBLIC_URL, every interface with it (see parseEnv)
  HOST: z.string().min(1).optional(),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  ADMIN_EMAIL: z.email("must be an email address").optional().or(z.literal("").transform(() => undefined)),
  ADMIN_PASSWORD: z
    .string()
    .min(12, "must be at least 12 characters")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  NEXTAUTH_URL: z.url().optional(),
  DEMO: boolFlag,
  PUBLIC_URL: z.url().optional(),
  // tests shorten it; in production alerts are evaluated once a minute
  ALERT_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  // ingestion rate limits (events per second; bursts of twice that), answered with 429 + Retry-After
  EVENTS_PER_SECOND_PER_KEY: z.coerce.number().int().min(1).default(10_000),
  EVENTS_PER_SECOND_PER_IP: z.coerce.number().int().min(1).default(200),
  // which proxies may tell the client's address in X-Forwarded-For (lib/server/client-address.ts)
  TRUST_PROXY: z
    .string()
    .max(2000)
    .optional()
    .superRefine((v, ctx) => {
      try {
        clientAddressResolver(v);
      } catch (e) {
        ctx.addIssue({ code: "custom", message: (e as Error).message.replace(/^TRUST_PROXY: /, "") });
      }
    }),
  // alert webhooks may reach loopback/private/link-local addresses (an internal chat server)
  WEBHOOK_ALLOW_PRIVATE: z
    .enum(["0", "1", "true", "false", ""])
    .optional()
    .transform((v) => v === "1" || v === "true"),
  EVENT_RETENTION_DAYS: z.coerce.number().int().min(1, "must be at least 1 day").max(3650).default(30),
});

export type Env = Omit<z.infer<typeof schema>, "HOST"> & { HOST: string };

const LOOPBACK = /^(127(\.\d{1,3}){3}|::1|localhost)$/;

let cached: (Env & { dataDir: string }) | undefined;

/** Validates a set of variables; throws one error listing every bad one by name. */
export function parseEnv(vars: Record<string, string | undefined>): Env & { dataDir: string } {
  const parsed = schema.safeParse(vars);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  const d = parsed.data;
  // Secure cookies and the Install page's snippet take their address from PUBLIC_URL. Without it a
  // server reached from other machines would hand out http://localhost snippets and cookies
  // without Secure (#26), so it then serves only this machine, and refuses to start in production
  // when told to listen beyond it.
  // NEXTAUTH_URL stands in only when it is not this machine (http://localhost:3000 says nothing
  // about where people reach the server)
  const publicUrl = d.PUBLIC_URL ?? (d.NEXTAUTH_URL && !LOOPBACK.test(new URL(d.NEXTAUTH_URL).hostname.replace(/^\[|\]$/g, "")) ? d.NEXTAUTH_URL : undefined);
  const HOST = d.HOST ?? (publicUrl ? "0.0.0.0" : "127.0.0.1");
  if (d.NODE_ENV === "production" && !publicUrl && !LOOPBACK.test(HOST)) {
    throw new Error(
      `Invalid environment:\n  PUBLIC_URL: required when listening on ${HOST} in production: set it to the https:// address people and pages reach this server at (it makes cookies Secure and goes into the install snippet), or leave HOST unset to serve only this machine`,
    );
  }
  return { ...d, HOST, dataDir: path.resolve(d.DATA_DIR) };
}

export function env(): Env & { dataDir: string } {
  cached ??= parseEnv(process.env);
  return cached;
}
