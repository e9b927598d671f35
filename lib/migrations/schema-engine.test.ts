import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { describe, expect, it } from "vitest";
import { applyPendingMigrations, createMigration } from "./schema-engine";

describe("offline migrations", () => {
  it("the committed migrations build exactly what prisma/schema.prisma describes", async () => {
    const pg = new PGlite("memory://drift");
    try {
      const { script } = await createMigration(new PrismaPGlite(pg), "drift_check");
      // Anything but comments here means schema.prisma changed without `npm run db:migrate`.
      expect((script ?? "").replace(/--.*$/gm, "").trim()).toBe("");
    } finally {
      await pg.close();
    }
  });

  it("applies pending migrations once and then reports nothing to do", async () => {
    const pg = new PGlite("memory://apply");
    try {
      const first = await applyPendingMigrations(new PrismaPGlite(pg));
      expect(first.length).toBeGreaterThan(0);
      expect(await applyPendingMigrations(new PrismaPGlite(pg))).toEqual([]);
      const tables = await pg.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name IN ('Event', 'Rollup', 'Campaign', 'Revision')`,
      );
      expect(tables.rows[0].n).toBe(4);
    } finally {
      await pg.close();
    }
  });
});
