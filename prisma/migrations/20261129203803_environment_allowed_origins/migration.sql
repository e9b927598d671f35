-- AlterTable
ALTER TABLE "Environment" ADD COLUMN     "allowedOrigins" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "lastRefusedOrigin" TEXT,
ADD COLUMN     "refusedEvents" INTEGER NOT NULL DEFAULT 0;
