-- AlterTable
ALTER TABLE "Campaign" ADD COLUMN     "audience" JSONB;
