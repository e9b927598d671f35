-- AlterTable: the latest minute in which a few addresses sent most of an environment's events (#26)
ALTER TABLE "Environment" ADD COLUMN     "unusualTrafficAt" TIMESTAMP(3),
ADD COLUMN     "unusualTraffic" JSONB;
