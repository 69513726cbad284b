-- DropIndex
DROP INDEX "home_feed_status_id_idx";

-- CreateIndex
CREATE INDEX "home_feed_origin_id_idx" ON "home_feed"("origin_id");


-- Hand-written: the (account_id, origin_id) index is replaced by the one above.
DROP INDEX "home_feed_origin";
