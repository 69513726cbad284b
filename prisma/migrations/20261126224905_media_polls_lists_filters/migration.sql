-- CreateEnum
CREATE TYPE "MediaType" AS ENUM ('IMAGE', 'GIFV', 'VIDEO', 'AUDIO', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "ListRepliesPolicy" AS ENUM ('FOLLOWED', 'LIST', 'NONE');

-- CreateEnum
CREATE TYPE "FilterAction" AS ENUM ('WARN', 'HIDE', 'BLUR');

-- CreateTable
CREATE TABLE "media_attachments" (
    "id" BIGINT NOT NULL,
    "account_id" BIGINT NOT NULL,
    "status_id" BIGINT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "type" "MediaType" NOT NULL,
    "content_type" TEXT NOT NULL,
    "file_size" INTEGER NOT NULL,
    "file_key" TEXT NOT NULL,
    "preview_key" TEXT,
    "remote_url" TEXT,
    "description" TEXT,
    "focus_x" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "focus_y" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "meta" JSONB NOT NULL DEFAULT '{}',
    "blurhash" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "media_attachments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "polls" (
    "id" BIGINT NOT NULL,
    "status_id" BIGINT NOT NULL,
    "account_id" BIGINT NOT NULL,
    "options" TEXT[],
    "tallies" INTEGER[],
    "multiple" BOOLEAN NOT NULL DEFAULT false,
    "hide_totals" BOOLEAN NOT NULL DEFAULT false,
    "votes_count" INTEGER NOT NULL DEFAULT 0,
    "voters_count" INTEGER NOT NULL DEFAULT 0,
    "expires_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "polls_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "poll_votes" (
    "id" BIGINT NOT NULL,
    "poll_id" BIGINT NOT NULL,
    "account_id" BIGINT NOT NULL,
    "choice" INTEGER NOT NULL,
    "uri" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "poll_votes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "lists" (
    "id" BIGINT NOT NULL,
    "account_id" BIGINT NOT NULL,
    "title" TEXT NOT NULL,
    "replies_policy" "ListRepliesPolicy" NOT NULL DEFAULT 'LIST',
    "exclusive" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "lists_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "list_accounts" (
    "list_id" BIGINT NOT NULL,
    "account_id" BIGINT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "list_accounts_pkey" PRIMARY KEY ("list_id","account_id")
);

-- CreateTable
CREATE TABLE "filters" (
    "id" BIGINT NOT NULL,
    "account_id" BIGINT NOT NULL,
    "title" TEXT NOT NULL,
    "contexts" TEXT[],
    "action" "FilterAction" NOT NULL DEFAULT 'WARN',
    "expires_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "filters_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "filter_keywords" (
    "id" BIGINT NOT NULL,
    "filter_id" BIGINT NOT NULL,
    "keyword" TEXT NOT NULL,
    "whole_word" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "filter_keywords_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "filter_statuses" (
    "id" BIGINT NOT NULL,
    "filter_id" BIGINT NOT NULL,
    "status_id" BIGINT NOT NULL,

    CONSTRAINT "filter_statuses_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tag_follows" (
    "id" BIGINT NOT NULL,
    "account_id" BIGINT NOT NULL,
    "tag_id" BIGINT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "tag_follows_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "thread_states" (
    "account_id" BIGINT NOT NULL,
    "thread_id" BIGINT NOT NULL,
    "read_up_to_id" BIGINT,
    "hidden_up_to_id" BIGINT,
    "muted" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "thread_states_pkey" PRIMARY KEY ("account_id","thread_id")
);

-- CreateIndex
CREATE INDEX "media_attachments_status_id_position_idx" ON "media_attachments"("status_id", "position");

-- CreateIndex
CREATE INDEX "media_attachments_account_id_id_idx" ON "media_attachments"("account_id", "id" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "polls_status_id_key" ON "polls"("status_id");

-- CreateIndex
CREATE INDEX "poll_votes_account_id_idx" ON "poll_votes"("account_id");

-- CreateIndex
CREATE UNIQUE INDEX "poll_votes_poll_id_account_id_choice_key" ON "poll_votes"("poll_id", "account_id", "choice");

-- CreateIndex
CREATE INDEX "lists_account_id_idx" ON "lists"("account_id");

-- CreateIndex
CREATE INDEX "list_accounts_account_id_idx" ON "list_accounts"("account_id");

-- CreateIndex
CREATE INDEX "filters_account_id_idx" ON "filters"("account_id");

-- CreateIndex
CREATE INDEX "filter_keywords_filter_id_idx" ON "filter_keywords"("filter_id");

-- CreateIndex
CREATE UNIQUE INDEX "filter_statuses_filter_id_status_id_key" ON "filter_statuses"("filter_id", "status_id");

-- CreateIndex
CREATE INDEX "tag_follows_tag_id_idx" ON "tag_follows"("tag_id");

-- CreateIndex
CREATE UNIQUE INDEX "tag_follows_account_id_tag_id_key" ON "tag_follows"("account_id", "tag_id");

-- AddForeignKey
ALTER TABLE "media_attachments" ADD CONSTRAINT "media_attachments_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "media_attachments" ADD CONSTRAINT "media_attachments_status_id_fkey" FOREIGN KEY ("status_id") REFERENCES "statuses"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "polls" ADD CONSTRAINT "polls_status_id_fkey" FOREIGN KEY ("status_id") REFERENCES "statuses"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "poll_votes" ADD CONSTRAINT "poll_votes_poll_id_fkey" FOREIGN KEY ("poll_id") REFERENCES "polls"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "poll_votes" ADD CONSTRAINT "poll_votes_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lists" ADD CONSTRAINT "lists_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "list_accounts" ADD CONSTRAINT "list_accounts_list_id_fkey" FOREIGN KEY ("list_id") REFERENCES "lists"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "list_accounts" ADD CONSTRAINT "list_accounts_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "filters" ADD CONSTRAINT "filters_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "filter_keywords" ADD CONSTRAINT "filter_keywords_filter_id_fkey" FOREIGN KEY ("filter_id") REFERENCES "filters"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "filter_statuses" ADD CONSTRAINT "filter_statuses_filter_id_fkey" FOREIGN KEY ("filter_id") REFERENCES "filters"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "filter_statuses" ADD CONSTRAINT "filter_statuses_status_id_fkey" FOREIGN KEY ("status_id") REFERENCES "statuses"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tag_follows" ADD CONSTRAINT "tag_follows_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tag_follows" ADD CONSTRAINT "tag_follows_tag_id_fkey" FOREIGN KEY ("tag_id") REFERENCES "tags"("id") ON DELETE CASCADE ON UPDATE CASCADE;

