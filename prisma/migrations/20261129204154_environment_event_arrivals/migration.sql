-- AlterTable
ALTER TABLE "Environment" ADD COLUMN     "firstEventAt" TIMESTAMP(3),
ADD COLUMN     "firstEventOrigin" TEXT,
ADD COLUMN     "lastEventAt" TIMESTAMP(3),
ADD COLUMN     "lastEventOrigin" TEXT;
