/*
  Warnings:

  - A unique constraint covering the columns `[alertRuleId,windowEnd]` on the table `AlertFiring` will be added. If there are existing duplicate values, this will fail.
  - Added the required column `windowEnd` to the `AlertFiring` table without a default value. This is not possible if the table is not empty.

*/
-- AlterTable
ALTER TABLE "AlertFiring" ADD COLUMN     "message" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "windowEnd" TIMESTAMP(3) NOT NULL;

-- AlterTable
ALTER TABLE "AlertRule" ADD COLUMN     "environment" "EnvironmentName" NOT NULL DEFAULT 'production',
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateIndex
CREATE INDEX "AlertFiring_alertRuleId_firedAt_idx" ON "AlertFiring"("alertRuleId", "firedAt");

-- CreateIndex
CREATE UNIQUE INDEX "AlertFiring_alertRuleId_windowEnd_key" ON "AlertFiring"("alertRuleId", "windowEnd");

-- CreateIndex
CREATE INDEX "AlertRule_enabled_idx" ON "AlertRule"("enabled");
