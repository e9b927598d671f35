-- Identified visitors seen by the SDK, for segment estimates and the attributes seen (#27)
-- CreateTable
CREATE TABLE "SeenUser" (
    "environmentId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "attributes" JSONB NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SeenUser_pkey" PRIMARY KEY ("environmentId","userId")
);

-- CreateIndex
CREATE INDEX "SeenUser_environmentId_lastSeenAt_idx" ON "SeenUser"("environmentId", "lastSeenAt");

-- AddForeignKey
ALTER TABLE "SeenUser" ADD CONSTRAINT "SeenUser_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "Environment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
