-- AlterTable
ALTER TABLE "credentials" ADD COLUMN     "confirmation_sent_at" TIMESTAMP(3),
ADD COLUMN     "confirmation_token_hash" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "credentials_confirmation_token_hash_key" ON "credentials"("confirmation_token_hash");

