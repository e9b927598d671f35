-- The name a workspace knows a member by: adding a person with an account elsewhere no longer shows their own name (#27 review)
-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "name" TEXT;
