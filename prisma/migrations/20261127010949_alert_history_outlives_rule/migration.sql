-- An alert's firing history outlives the rule: each firing keeps its workspace and the rule's
-- name, and deleting the rule only unlinks it (SET NULL). Existing rows are backfilled from
-- their rule before the columns become required.

-- DropForeignKey
ALTER TABLE "AlertFiring" DROP CONSTRAINT "AlertFiring_alertRuleId_fkey";

-- AlterTable
ALTER TABLE "AlertFiring" ADD COLUMN "ruleName" TEXT,
ADD COLUMN "workspaceId" TEXT,
ALTER COLUMN "alertRuleId" DROP NOT NULL;

UPDATE "AlertFiring" f SET "ruleName" = r."name", "workspaceId" = r."workspaceId"
FROM "AlertRule" r WHERE r."id" = f."alertRuleId";

ALTER TABLE "AlertFiring" ALTER COLUMN "ruleName" SET NOT NULL,
ALTER COLUMN "workspaceId" SET NOT NULL;

-- CreateIndex
CREATE INDEX "AlertFiring_workspaceId_firedAt_idx" ON "AlertFiring"("workspaceId", "firedAt");

-- AddForeignKey
ALTER TABLE "AlertFiring" ADD CONSTRAINT "AlertFiring_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertFiring" ADD CONSTRAINT "AlertFiring_alertRuleId_fkey" FOREIGN KEY ("alertRuleId") REFERENCES "AlertRule"("id") ON DELETE SET NULL ON UPDATE CASCADE;
