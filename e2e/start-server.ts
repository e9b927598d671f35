// Starts the real server for Playwright on a fresh embedded database, with one account per role.
// Refuses to touch anything but a local database: these tests create and delete data.
import { rmSync } from "node:fs";
import path from "node:path";

const dataDir = path.resolve(process.env.DATA_DIR ?? ".e2e-data");
const url = process.env.DATABASE_URL;
if (url && !/^postgres(ql)?:\/\/[^@]*@?(localhost|127\.0\.0\.1)(:\d+)?\//.test(url)) {
  console.error("e2e: refusing to run against a non-local DATABASE_URL");
  process.exit(1);
}
if (!url) rmSync(dataDir, { recursive: true, force: true });
else {
  // a fresh database for every run, as the embedded one gets a fresh directory
  const { Pool } = await import("pg");
  const u = new URL(url);
  const name = u.pathname.slice(1);
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`e2e: unexpected database name "${name}"`);
  u.pathname = "/postgres";
  const admin = new Pool({ connectionString: u.toString(), max: 1 });
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
}
process.env.DATA_DIR = dataDir;

const { USERS } = await import("./users");
process.env.ADMIN_EMAIL = USERS.owner.email;
process.env.ADMIN_PASSWORD = USERS.owner.password;

const { bootstrap } = await import("../lib/server/bootstrap");
const { db } = await import("../lib/db");
const { hashPassword } = await import("../lib/auth/password");
await bootstrap();

/** A user with one membership (created once; later starts on a reused database leave it alone). */
async function addMember(workspaceId: string, u: { email: string; password: string; role: string }, role = u.role as "viewer" | "editor" | "admin" | "owner") {
  await db().user.upsert({
    where: { email: u.email },
    update: {},
    create: { email: u.email, name: u.role, passwordHash: await hashPassword(u.password), memberships: { create: { workspaceId, role } } },
  });
}
const workspace = await db().workspace.findFirstOrThrow({ orderBy: { createdAt: "asc" } });
for (const u of [USERS.editor, USERS.viewer, USERS.locked, USERS.besieged]) {
  await addMember(workspace.id, u);
}
// Workspaces of their own for specs that must not share the demo: each with one member.
const { newPublicKey } = await import("../lib/keys");
const { MATRIX_WEBHOOK_TOKEN } = await import("./users");
async function workspaceWithMember(slug: string, name: string, who: (typeof USERS)[keyof typeof USERS], role: "viewer" | "editor" | "admin" | "owner") {
  const ws = await db().workspace.upsert({
    where: { slug },
    update: {},
    create: {
      name,
      slug,
      attributeDefaults: { name: "there" },
      environments: { create: [{ name: "staging", publicKey: newPublicKey() }, { name: "production", publicKey: newPublicKey() }] },
    },
  });
  await addMember(ws.id, who, role);
}
await workspaceWithMember("empty", "Empty Co", USERS.growth, "editor"); // starts with nothing
await workspaceWithMember("host", "Host Co", USERS.hostAdmin, "admin"); // embedded by the host-page specs
// Stats Co: two campaigns whose numbers e2e/canary.spec.ts posts and then reads back exactly.
await workspaceWithMember("stats", "Stats Co", USERS.vp, "viewer");
{
  const ws = await db().workspace.findUniqueOrThrow({ where: { slug: "stats" } });
  await addMember(ws.id, USERS.statsEditor);
  const config = { type: "http_error", methods: [], statuses: ["5xx"] };
  const trigger = await db().trigger.create({ data: { workspaceId: ws.id, name: "Checkout API fails", type: "http_error", config } });
  const message = { title: "Sorry <<name|there>>", body: "", style: "toast", position: "bottom-right", autoDismissMs: 8000 };
  for (const [id, name] of [["stats-checkout", "Checkout apology"], ["stats-search", "Search apology"]]) {
    await db().campaign.upsert({ where: { id }, update: {}, create: { id, workspaceId: ws.id, name, status: "active", triggerId: trigger.id, message } });
  }
  // published to production: its public key may only report events for campaigns it served
  const { publish } = await import("../lib/publishing/publish");
  const { systemActor } = await import("../lib/auth/actor");
  await publish(systemActor(ws.id, "e2e seed"), "production");
}
await workspaceWithMember("disputes", "Disputes Co", USERS.disputesAdmin, "admin");
await addMember((await db().workspace.findUniqueOrThrow({ where: { slug: "disputes" } })).id, USERS.disputesViewer);
await workspaceWithMember("keys", "Keys Co", USERS.keysOwner, "owner");
// Matrix Co: one member of each role, nothing published; the role matrix calls every route here.
await workspaceWithMember("matrix", "Matrix Co", USERS.matrixViewer, "viewer");
{
  const ws = await db().workspace.findUniqueOrThrow({ where: { slug: "matrix" } });
  for (const u of [USERS.matrixEditor, USERS.matrixAdmin, USERS.matrixOwner]) {
    await addMember(ws.id, u);
  }
  // secrets the secret walk (e2e/secret-walk.spec.ts) must find only where a role may see them
  const { createAlertRule } = await import("../lib/alerts/mutations");
  const { createSecretKey } = await import("../lib/settings/mutations");
  const owner = await db().user.findUniqueOrThrow({ where: { email: USERS.matrixOwner.email } });
  const actor = { workspaceId: ws.id, role: "owner" as const, userId: owner.id, label: USERS.matrixOwner.email };
  await createAlertRule(actor, {
    name: "Matrix alert",
    environment: "production",
    metric: "shown",
    scope: { kind: "all" },
    windowMinutes: 5,
    mode: "absolute",
    threshold: 100_000,
    webhookUrl: `https://hooks.example.test/services/${MATRIX_WEBHOOK_TOKEN}`,
    cooldownMinutes: 60,
    enabled: false,
  });
  await createSecretKey(actor, { environment: "production", name: "Matrix key", role: "admin" });
}
await import("../server");
