-- The trigger type as text, checked by the trigger registry on every write (#28): adding a trigger
-- type no longer needs a migration. Existing values are kept by the cast.
-- AlterTable
ALTER TABLE "Trigger" ALTER COLUMN "type" TYPE TEXT USING ("type"::text);

-- DropEnum
DROP TYPE "TriggerType";
