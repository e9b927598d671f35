-- AlterEnum
ALTER TYPE "TriggerType" ADD VALUE 'slow_page';
