// Everything the server does once before it accepts requests: secrets, migrations, the first
// owner, the demo workspace, and the in-memory rules snapshots.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { dbHandle } from "@/lib/db";
import { env } from "@/lib/env";
import { hashPassword } from "@/lib/auth/password";
import { ensureDemoWorkspace } from "@/lib/demo/seed";
import { newPassword, newPublicKey } from "@/lib/keys";
import { migrate } from "@/lib/migrations/migrate";
import { systemActor } from "@/lib/auth/actor";
import { publish } from "@/lib/publishing/publish";
import { loadSnapshots } from "@/lib/publishing/revisions";
import { assertDataDirWritable } from "@/lib/storage/faults";

/** NEXTAUTH_SECRET, if not given, is generated once and kept (mode 600) in DATA_DIR. */
export function ensureAuthSecret(): void {
  const e = env();
  if (e.NEXTAUTH_SECRET) return;
  mkdirSync(e.dataDir, { recursive: true });
  const file = path.join(e.dataDir, "nextauth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  process.env.NEXTAUTH_SECRET = readFileSync(file, "utf8").trim();
}

async function ensureOwner(workspaceId: string): Promise<void> {
  const prisma = dbHandle().prisma;
  if ((await prisma.user.count()) > 0) return;
  const e = env();
  const email = (e.ADMIN_EMAIL ?? "admin@example.com").toLowerCase();
  const generated = e.ADMIN_PASSWORD ? undefined : newPassword();
  const user = await prisma.user.create({
    data: {
      email,
      name: "Owner",
      passwordHash: await hashPassword(e.ADMIN_PASSWORD ?? generated!),
      memberships: { create: { workspaceId, role: "owner" } },
    },
  });
  if (generated) {
    // Printed exactly once, on the first start; it is stored only as a bcrypt hash.
    console.log(
      [
        "",
        "┌─ First start: the owner account ─────────────────────────────",
        `│ email:    ${user.email}`,
        `│ password: ${generated}`,
        "│ Shown only now. Set ADMIN_EMAIL/ADMIN_PASSWORD to choose your own.",
        "└──────────────────────────────────────────────────────────────",
        "",
      ].join("\n"),
    );
  } else {
    console.log(`[bootstrap] owner account created for ${user.email}`);
  }
}

async function ensureDefaultWorkspace(): Promise<string> {
  const prisma = dbHandle().prisma;
  const first = await prisma.workspace.findFirst({ orderBy: { createdAt: "asc" } });
  if (first) return first.id;
  const ws = await prisma.workspace.create({
    data: {
      name: "My workspace",
      slug: "default",
      attributeDefaults: { name: "there" },
      environments: {
        create: [
          { name: "staging", publicKey: newPublicKey() },
          { name: "production", publicKey: newPublicKey() },
        ],
      },
    },
  });
  return ws.id;
}

export async function bootstrap(): Promise<void> {
  const e = env();
  // DATA_DIR holds the embedded database and the generated sign-in secret; when it is used at all,
  // a full, read-only or foreign directory stops the start here with a message saying which.
  if (!e.DATABASE_URL || !e.NEXTAUTH_SECRET) assertDataDirWritable(e.dataDir);
  ensureAuthSecret();
  const handle = dbHandle();
  const applied = await migrate(handle);
  if (applied.length) console.log(`[bootstrap] applied migrations: ${applied.join(", ")}`);

  let workspaceId: string;
  if (e.DEMO) {
    const demo = await ensureDemoWorkspace(handle.prisma);
    if (demo.created) {
      const actor = systemActor(demo.id, "Mea Culpa (first start)");
      for (const name of ["staging", "production"] as const) await publish(actor, name);
      console.log("[bootstrap] demo workspace created and published");
    }
    workspaceId = (await handle.prisma.workspace.findFirst({ orderBy: { createdAt: "asc" } }))!.id;
  } else {
    workspaceId = await ensureDefaultWorkspace();
  }
  await ensureOwner(workspaceId);
  await loadSnapshots();
}
