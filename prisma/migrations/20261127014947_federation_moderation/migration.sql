-- CreateEnum
CREATE TYPE "ReportCategory" AS ENUM ('SPAM', 'LEGAL', 'VIOLATION', 'OTHER');

-- CreateEnum
CREATE TYPE "DomainSeverity" AS ENUM ('SILENCE', 'SUSPEND', 'NOOP');

-- AlterTable
ALTER TABLE "accounts" ADD COLUMN     "also_known_as" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "moved_to_account_id" BIGINT;

-- CreateTable
CREATE TABLE "reports" (
    "id" BIGINT NOT NULL,
    "account_id" BIGINT NOT NULL,
    "target_account_id" BIGINT NOT NULL,
    "status_ids" BIGINT[] DEFAULT ARRAY[]::BIGINT[],
    "rule_ids" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "comment" TEXT NOT NULL DEFAULT '',
    "category" "ReportCategory" NOT NULL DEFAULT 'OTHER',
    "forwarded" BOOLEAN NOT NULL DEFAULT false,
    "uri" TEXT,
    "action_taken_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "domain_blocks" (
    "id" BIGINT NOT NULL,
    "domain" TEXT NOT NULL,
    "severity" "DomainSeverity" NOT NULL DEFAULT 'SUSPEND',
    "reject_media" BOOLEAN NOT NULL DEFAULT false,
    "reject_reports" BOOLEAN NOT NULL DEFAULT false,
    "private_comment" TEXT NOT NULL DEFAULT '',
    "public_comment" TEXT NOT NULL DEFAULT '',
    "obfuscate" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "domain_blocks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "delivery_hosts" (
    "host" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "failing_since" TIMESTAMPTZ(3),
    "last_failure_at" TIMESTAMPTZ(3),
    "unavailable_at" TIMESTAMPTZ(3),

    CONSTRAINT "delivery_hosts_pkey" PRIMARY KEY ("host")
);

-- CreateIndex
CREATE UNIQUE INDEX "reports_uri_key" ON "reports"("uri");

-- CreateIndex
CREATE INDEX "reports_target_account_id_idx" ON "reports"("target_account_id");

-- CreateIndex
CREATE INDEX "reports_account_id_idx" ON "reports"("account_id");

-- CreateIndex
CREATE UNIQUE INDEX "domain_blocks_domain_key" ON "domain_blocks"("domain");

-- AddForeignKey
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_moved_to_account_id_fkey" FOREIGN KEY ("moved_to_account_id") REFERENCES "accounts"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reports" ADD CONSTRAINT "reports_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reports" ADD CONSTRAINT "reports_target_account_id_fkey" FOREIGN KEY ("target_account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

