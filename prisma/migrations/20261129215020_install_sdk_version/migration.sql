-- AlterTable
ALTER TABLE "Environment" ADD COLUMN     "firstEventSdk" TEXT,
ADD COLUMN     "lastEventSdk" TEXT;
