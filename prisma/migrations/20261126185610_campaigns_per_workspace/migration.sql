/*
  Warnings:

  - You are about to drop the column `environmentId` on the `Campaign` table. All the data in the column will be lost.

*/
-- DropForeignKey
ALTER TABLE "Campaign" DROP CONSTRAINT "Campaign_environmentId_fkey";

-- DropIndex
DROP INDEX "Campaign_environmentId_status_idx";

-- AlterTable
ALTER TABLE "Campaign" DROP COLUMN "environmentId";

-- AlterTable
ALTER TABLE "SecretKey" ADD COLUMN     "createdById" TEXT,
ADD COLUMN     "role" "Role" NOT NULL DEFAULT 'editor';

-- CreateIndex
CREATE INDEX "Campaign_workspaceId_status_idx" ON "Campaign"("workspaceId", "status");
