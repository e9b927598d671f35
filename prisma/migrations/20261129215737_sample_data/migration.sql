-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "sample" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "SampleRollup" (
    "granularity" "RollupGranularity" NOT NULL,
    "bucketStart" TIMESTAMP(3) NOT NULL,
    "environmentId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL DEFAULT '',
    "triggerType" TEXT NOT NULL DEFAULT '',
    "eventType" TEXT NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SampleRollup_pkey" PRIMARY KEY ("granularity","environmentId","bucketStart","campaignId","triggerType","eventType","reason")
);

-- CreateIndex
CREATE INDEX "SampleRollup_environmentId_idx" ON "SampleRollup"("environmentId");
