-- CreateTable
CREATE TABLE "actor_keys" (
    "id" BIGINT NOT NULL,
    "account_id" BIGINT,
    "owner" TEXT NOT NULL,
    "algorithm" TEXT NOT NULL,
    "public_key_pem" TEXT NOT NULL,
    "private_key_pem" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "actor_keys_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "fedify_kv" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "expires_at" TIMESTAMPTZ(3),

    CONSTRAINT "fedify_kv_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "actor_keys_account_id_idx" ON "actor_keys"("account_id");

-- CreateIndex
CREATE UNIQUE INDEX "actor_keys_owner_algorithm_key" ON "actor_keys"("owner", "algorithm");

-- CreateIndex
CREATE INDEX "fedify_kv_expires_at_idx" ON "fedify_kv"("expires_at");

-- AddForeignKey
ALTER TABLE "actor_keys" ADD CONSTRAINT "actor_keys_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

