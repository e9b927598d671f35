-- Raw events stored by day (#28): "Event" becomes a table partitioned by range of "occurredAt", one
-- partition per UTC day in the schema event_days (created ahead by the jobs, lib/events/partitions.ts),
-- so retention drops whole days instead of deleting rows. A partitioned table's unique keys must
-- include the partition key, and a retried event may carry a slightly different corrected time
-- (possibly another day), so replays are caught by the ids of stored events in "EventId", one table
-- across all days, kept for the 8 days an event may be sent late.
-- Existing events move into their days' partitions; none is lost (lib/migrations/keeps-data.test.ts).

CREATE SCHEMA IF NOT EXISTS "event_days";

CREATE TABLE "EventId" (
    "id" UUID NOT NULL,
    "receivedOn" DATE NOT NULL DEFAULT CURRENT_DATE,
    CONSTRAINT "EventId_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "EventId_receivedOn_idx" ON "EventId"("receivedOn");

ALTER TABLE "Event" RENAME TO "EventUnpartitioned";
ALTER INDEX "Event_pkey" RENAME TO "EventUnpartitioned_pkey";
ALTER INDEX "Event_environmentId_occurredAt_idx" RENAME TO "EventUnpartitioned_environmentId_occurredAt_idx";

CREATE TABLE "Event" (
    "id" UUID NOT NULL,
    "environmentId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "campaignId" TEXT,
    "triggerType" TEXT,
    "reason" TEXT,
    "url" TEXT,
    "userId" TEXT,
    "sessionId" TEXT,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sample" BOOLEAN NOT NULL DEFAULT false
) PARTITION BY RANGE ("occurredAt");
CREATE INDEX "Event_environmentId_occurredAt_idx" ON "Event"("environmentId", "occurredAt");

-- a partition for every day that has events, and for today and the next three
DO $$
DECLARE d date;
BEGIN
  FOR d IN
    SELECT DISTINCT ("occurredAt")::date FROM "EventUnpartitioned"
    UNION SELECT (CURRENT_DATE + k) FROM generate_series(-1, 3) AS k
  LOOP
    EXECUTE format('CREATE TABLE IF NOT EXISTS "event_days".%I PARTITION OF "Event" FOR VALUES FROM (%L) TO (%L)',
                   'Event_' || to_char(d, 'YYYYMMDD'), d::timestamp, (d + 1)::timestamp);
  END LOOP;
END $$;

INSERT INTO "Event" ("id","environmentId","type","campaignId","triggerType","reason","url","userId","sessionId","occurredAt","receivedAt","sample")
SELECT "id","environmentId","type","campaignId","triggerType","reason","url","userId","sessionId","occurredAt","receivedAt","sample" FROM "EventUnpartitioned";

-- every stored id, so a replay of any of them is still refused (the old ones are pruned by the jobs)
INSERT INTO "EventId" ("id","receivedOn") SELECT "id", ("receivedAt")::date FROM "EventUnpartitioned" WHERE NOT "sample";

DROP TABLE "EventUnpartitioned";
