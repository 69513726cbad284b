-- AlterEnum
ALTER TYPE "NotificationType" ADD VALUE 'POLL';

-- AlterTable
ALTER TABLE "polls" ADD COLUMN     "end_notified_at" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "polls_open_expiry_idx" ON "polls"("expires_at");

