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
process.env.DATA_DIR = dataDir;

const { USERS } = await import("./users");
process.env.ADMIN_EMAIL = USERS.owner.email;
process.env.ADMIN_PASSWORD = USERS.owner.password;

const { bootstrap } = await import("../lib/server/bootstrap");
const { db } = await import("../lib/db");
const { hashPassword } = await import("../lib/auth/password");
await bootstrap();
const workspace = await db().workspace.findFirstOrThrow({ orderBy: { createdAt: "asc" } });
for (const u of [USERS.editor, USERS.viewer, USERS.locked]) {
  await db().user.upsert({
    where: { email: u.email },
    update: {},
    create: {
      email: u.email,
      name: u.role,
      passwordHash: await hashPassword(u.password),
      memberships: { create: { workspaceId: workspace.id, role: u.role } },
    },
  });
}
// A second workspace with nothing in it, for specs that start from scratch.
const { newPublicKey } = await import("../lib/keys");
const empty = await db().workspace.upsert({
  where: { slug: "empty" },
  update: {},
  create: {
    name: "Empty Co",
    slug: "empty",
    attributeDefaults: { name: "there" },
    environments: { create: [{ name: "staging", publicKey: newPublicKey() }, { name: "production", publicKey: newPublicKey() }] },
  },
});
await db().user.upsert({
  where: { email: USERS.growth.email },
  update: {},
  create: {
    email: USERS.growth.email,
    name: "Growth",
    passwordHash: await hashPassword(USERS.growth.password),
    memberships: { create: { workspaceId: empty.id, role: "editor" } },
  },
});
const host = await db().workspace.upsert({
  where: { slug: "host" },
  update: {},
  create: {
    name: "Host Co",
    slug: "host",
    attributeDefaults: { name: "there" },
    environments: { create: [{ name: "staging", publicKey: newPublicKey() }, { name: "production", publicKey: newPublicKey() }] },
  },
});
await db().user.upsert({
  where: { email: USERS.hostAdmin.email },
  update: {},
  create: {
    email: USERS.hostAdmin.email,
    name: "Host admin",
    passwordHash: await hashPassword(USERS.hostAdmin.password),
    memberships: { create: { workspaceId: host.id, role: "admin" } },
  },
});
await import("../server");
