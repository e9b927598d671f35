-- AlterEnum
ALTER TYPE "TriggerType" ADD VALUE 'media_quality';
