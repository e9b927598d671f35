-- Accepted events per page origin for the Install page's live check (#27: one first/latest pair per
-- environment mixed sites: "arriving from A … the first at" named a time that was B's).
-- CreateTable
CREATE TABLE "SiteArrival" (
    "environmentId" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "firstAt" TIMESTAMP(3) NOT NULL,
    "firstSdk" TEXT,
    "lastAt" TIMESTAMP(3) NOT NULL,
    "lastSdk" TEXT,

    CONSTRAINT "SiteArrival_pkey" PRIMARY KEY ("environmentId","origin")
);

-- CreateIndex
CREATE INDEX "SiteArrival_environmentId_lastAt_idx" ON "SiteArrival"("environmentId", "lastAt");

-- AddForeignKey
ALTER TABLE "SiteArrival" ADD CONSTRAINT "SiteArrival_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "Environment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Keep what the environment-wide columns knew: the first site with its first arrival, the latest
-- site with its latest one (a site that was both keeps both).
INSERT INTO "SiteArrival" ("environmentId", "origin", "firstAt", "firstSdk", "lastAt", "lastSdk")
SELECT "id", "firstEventOrigin", "firstEventAt", "firstEventSdk",
       CASE WHEN "lastEventOrigin" = "firstEventOrigin" THEN coalesce("lastEventAt", "firstEventAt") ELSE "firstEventAt" END,
       CASE WHEN "lastEventOrigin" = "firstEventOrigin" THEN "lastEventSdk" ELSE "firstEventSdk" END
FROM "Environment" WHERE "firstEventAt" IS NOT NULL AND "firstEventOrigin" IS NOT NULL;
INSERT INTO "SiteArrival" ("environmentId", "origin", "firstAt", "firstSdk", "lastAt", "lastSdk")
SELECT "id", "lastEventOrigin", "lastEventAt", "lastEventSdk", "lastEventAt", "lastEventSdk"
FROM "Environment" WHERE "lastEventAt" IS NOT NULL AND "lastEventOrigin" IS NOT NULL
ON CONFLICT ("environmentId", "origin") DO NOTHING;

-- AlterTable
ALTER TABLE "Environment" DROP COLUMN "firstEventAt",
DROP COLUMN "firstEventOrigin",
DROP COLUMN "firstEventSdk",
DROP COLUMN "lastEventAt",
DROP COLUMN "lastEventOrigin",
DROP COLUMN "lastEventSdk";
