-- DropForeignKey
ALTER TABLE "home_feed" DROP CONSTRAINT "home_feed_account_id_fkey";

-- DropForeignKey
ALTER TABLE "home_feed" DROP CONSTRAINT "home_feed_status_id_fkey";

-- CreateIndex
CREATE INDEX "home_feed_status_id_idx" ON "home_feed"("status_id");

