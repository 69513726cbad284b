-- AlterTable
ALTER TABLE "accounts" ADD COLUMN     "emojis" JSONB NOT NULL DEFAULT '[]';

-- AlterTable
ALTER TABLE "statuses" ADD COLUMN     "emojis" JSONB NOT NULL DEFAULT '[]';

