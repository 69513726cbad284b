-- AlterTable
ALTER TABLE "statuses" ADD COLUMN     "thread_id" BIGINT;

-- CreateIndex
CREATE INDEX "statuses_thread_id_idx" ON "statuses"("thread_id");


-- Hand-written: statuses that start a thread are their own thread.
UPDATE "statuses" SET "thread_id" = "id" WHERE "in_reply_to_id" IS NULL AND "reblog_of_id" IS NULL;
