-- CreateEnum
CREATE TYPE "Role" AS ENUM ('USER', 'MODERATOR', 'ADMIN');

-- CreateEnum
CREATE TYPE "Visibility" AS ENUM ('PUBLIC', 'UNLISTED', 'PRIVATE', 'DIRECT');

-- CreateEnum
CREATE TYPE "NotificationType" AS ENUM ('MENTION', 'STATUS', 'REBLOG', 'FOLLOW', 'FOLLOW_REQUEST', 'FAVOURITE', 'UPDATE');

-- CreateTable
CREATE TABLE "accounts" (
    "id" BIGINT NOT NULL,
    "username" TEXT NOT NULL,
    "domain" TEXT,
    "handle_key" TEXT NOT NULL,
    "display_name" TEXT NOT NULL DEFAULT '',
    "note_source" TEXT NOT NULL DEFAULT '',
    "note_html" TEXT NOT NULL DEFAULT '',
    "fields" JSONB NOT NULL DEFAULT '[]',
    "locked" BOOLEAN NOT NULL DEFAULT false,
    "bot" BOOLEAN NOT NULL DEFAULT false,
    "discoverable" BOOLEAN NOT NULL DEFAULT true,
    "uri" TEXT NOT NULL,
    "url" TEXT,
    "inbox_url" TEXT,
    "shared_inbox_url" TEXT,
    "outbox_url" TEXT,
    "followers_url" TEXT,
    "public_key_pem" TEXT,
    "private_key_pem" TEXT,
    "avatar_url" TEXT,
    "header_url" TEXT,
    "statuses_count" INTEGER NOT NULL DEFAULT 0,
    "followers_count" INTEGER NOT NULL DEFAULT 0,
    "following_count" INTEGER NOT NULL DEFAULT 0,
    "last_status_at" TIMESTAMP(3),
    "suspended_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "accounts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "credentials" (
    "account_id" BIGINT NOT NULL,
    "email" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'USER',
    "approved" BOOLEAN NOT NULL DEFAULT true,
    "confirmed_at" TIMESTAMP(3),
    "last_active_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "credentials_pkey" PRIMARY KEY ("account_id")
);

-- CreateTable
CREATE TABLE "access_tokens" (
    "id" BIGINT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "account_id" BIGINT NOT NULL,
    "scopes" TEXT[],
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_used_at" TIMESTAMP(3),

    CONSTRAINT "access_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "statuses" (
    "id" BIGINT NOT NULL,
    "uri" TEXT NOT NULL,
    "url" TEXT,
    "account_id" BIGINT NOT NULL,
    "text" TEXT NOT NULL DEFAULT '',
    "content_html" TEXT NOT NULL DEFAULT '',
    "spoiler_text" TEXT NOT NULL DEFAULT '',
    "visibility" "Visibility" NOT NULL,
    "sensitive" BOOLEAN NOT NULL DEFAULT false,
    "language" TEXT,
    "local" BOOLEAN NOT NULL DEFAULT true,
    "in_reply_to_id" BIGINT,
    "in_reply_to_account_id" BIGINT,
    "reblog_of_id" BIGINT,
    "replies_count" INTEGER NOT NULL DEFAULT 0,
    "reblogs_count" INTEGER NOT NULL DEFAULT 0,
    "favourites_count" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "edited_at" TIMESTAMP(3),
    "deleted_at" TIMESTAMP(3),

    CONSTRAINT "statuses_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "status_edits" (
    "id" BIGINT NOT NULL,
    "status_id" BIGINT NOT NULL,
    "text" TEXT NOT NULL,
    "content_html" TEXT NOT NULL,
    "spoiler_text" TEXT NOT NULL,
    "sensitive" BOOLEAN NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "status_edits_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mentions" (
    "status_id" BIGINT NOT NULL,
    "account_id" BIGINT NOT NULL,

    CONSTRAINT "mentions_pkey" PRIMARY KEY ("status_id","account_id")
);

-- CreateTable
CREATE TABLE "tags" (
    "id" BIGINT NOT NULL,
    "name" TEXT NOT NULL,
    "display" TEXT NOT NULL,

    CONSTRAINT "tags_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "status_tags" (
    "status_id" BIGINT NOT NULL,
    "tag_id" BIGINT NOT NULL,

    CONSTRAINT "status_tags_pkey" PRIMARY KEY ("status_id","tag_id")
);

-- CreateTable
CREATE TABLE "favourites" (
    "id" BIGINT NOT NULL,
    "account_id" BIGINT NOT NULL,
    "status_id" BIGINT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "favourites_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "bookmarks" (
    "id" BIGINT NOT NULL,
    "account_id" BIGINT NOT NULL,
    "status_id" BIGINT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "bookmarks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pins" (
    "id" BIGINT NOT NULL,
    "account_id" BIGINT NOT NULL,
    "status_id" BIGINT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pins_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "follows" (
    "id" BIGINT NOT NULL,
    "account_id" BIGINT NOT NULL,
    "target_account_id" BIGINT NOT NULL,
    "show_reblogs" BOOLEAN NOT NULL DEFAULT true,
    "notify" BOOLEAN NOT NULL DEFAULT false,
    "uri" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "follows_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "follow_requests" (
    "id" BIGINT NOT NULL,
    "account_id" BIGINT NOT NULL,
    "target_account_id" BIGINT NOT NULL,
    "show_reblogs" BOOLEAN NOT NULL DEFAULT true,
    "notify" BOOLEAN NOT NULL DEFAULT false,
    "uri" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "follow_requests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "blocks" (
    "id" BIGINT NOT NULL,
    "account_id" BIGINT NOT NULL,
    "target_account_id" BIGINT NOT NULL,
    "uri" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "blocks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mutes" (
    "id" BIGINT NOT NULL,
    "account_id" BIGINT NOT NULL,
    "target_account_id" BIGINT NOT NULL,
    "hide_notifications" BOOLEAN NOT NULL DEFAULT true,
    "expires_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mutes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notifications" (
    "id" BIGINT NOT NULL,
    "account_id" BIGINT NOT NULL,
    "from_account_id" BIGINT NOT NULL,
    "type" "NotificationType" NOT NULL,
    "status_id" BIGINT,
    "read_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notifications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "home_feed" (
    "account_id" BIGINT NOT NULL,
    "status_id" BIGINT NOT NULL,
    "origin_id" BIGINT NOT NULL,

    CONSTRAINT "home_feed_pkey" PRIMARY KEY ("account_id","status_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "accounts_handle_key_key" ON "accounts"("handle_key");

-- CreateIndex
CREATE UNIQUE INDEX "accounts_uri_key" ON "accounts"("uri");

-- CreateIndex
CREATE INDEX "accounts_domain_idx" ON "accounts"("domain");

-- CreateIndex
CREATE UNIQUE INDEX "credentials_email_key" ON "credentials"("email");

-- CreateIndex
CREATE INDEX "credentials_last_active_at_idx" ON "credentials"("last_active_at");

-- CreateIndex
CREATE UNIQUE INDEX "access_tokens_token_hash_key" ON "access_tokens"("token_hash");

-- CreateIndex
CREATE INDEX "access_tokens_account_id_idx" ON "access_tokens"("account_id");

-- CreateIndex
CREATE UNIQUE INDEX "statuses_uri_key" ON "statuses"("uri");

-- CreateIndex
CREATE INDEX "statuses_account_id_id_idx" ON "statuses"("account_id", "id" DESC);

-- CreateIndex
CREATE INDEX "statuses_in_reply_to_id_idx" ON "statuses"("in_reply_to_id");

-- CreateIndex
CREATE INDEX "statuses_reblog_of_id_idx" ON "statuses"("reblog_of_id");

-- CreateIndex
CREATE INDEX "statuses_visibility_local_id_idx" ON "statuses"("visibility", "local", "id" DESC);

-- CreateIndex
CREATE INDEX "status_edits_status_id_id_idx" ON "status_edits"("status_id", "id");

-- CreateIndex
CREATE INDEX "mentions_account_id_status_id_idx" ON "mentions"("account_id", "status_id" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "tags_name_key" ON "tags"("name");

-- CreateIndex
CREATE INDEX "status_tags_tag_id_status_id_idx" ON "status_tags"("tag_id", "status_id" DESC);

-- CreateIndex
CREATE INDEX "favourites_account_id_id_idx" ON "favourites"("account_id", "id" DESC);

-- CreateIndex
CREATE INDEX "favourites_status_id_idx" ON "favourites"("status_id");

-- CreateIndex
CREATE UNIQUE INDEX "favourites_account_id_status_id_key" ON "favourites"("account_id", "status_id");

-- CreateIndex
CREATE INDEX "bookmarks_account_id_id_idx" ON "bookmarks"("account_id", "id" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "bookmarks_account_id_status_id_key" ON "bookmarks"("account_id", "status_id");

-- CreateIndex
CREATE UNIQUE INDEX "pins_account_id_status_id_key" ON "pins"("account_id", "status_id");

-- CreateIndex
CREATE INDEX "follows_target_account_id_account_id_idx" ON "follows"("target_account_id", "account_id");

-- CreateIndex
CREATE UNIQUE INDEX "follows_account_id_target_account_id_key" ON "follows"("account_id", "target_account_id");

-- CreateIndex
CREATE INDEX "follow_requests_target_account_id_id_idx" ON "follow_requests"("target_account_id", "id" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "follow_requests_account_id_target_account_id_key" ON "follow_requests"("account_id", "target_account_id");

-- CreateIndex
CREATE INDEX "blocks_target_account_id_idx" ON "blocks"("target_account_id");

-- CreateIndex
CREATE UNIQUE INDEX "blocks_account_id_target_account_id_key" ON "blocks"("account_id", "target_account_id");

-- CreateIndex
CREATE INDEX "mutes_target_account_id_idx" ON "mutes"("target_account_id");

-- CreateIndex
CREATE UNIQUE INDEX "mutes_account_id_target_account_id_key" ON "mutes"("account_id", "target_account_id");

-- CreateIndex
CREATE INDEX "notifications_account_id_id_idx" ON "notifications"("account_id", "id" DESC);

-- AddForeignKey
ALTER TABLE "credentials" ADD CONSTRAINT "credentials_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "access_tokens" ADD CONSTRAINT "access_tokens_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statuses" ADD CONSTRAINT "statuses_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statuses" ADD CONSTRAINT "statuses_in_reply_to_id_fkey" FOREIGN KEY ("in_reply_to_id") REFERENCES "statuses"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statuses" ADD CONSTRAINT "statuses_reblog_of_id_fkey" FOREIGN KEY ("reblog_of_id") REFERENCES "statuses"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "status_edits" ADD CONSTRAINT "status_edits_status_id_fkey" FOREIGN KEY ("status_id") REFERENCES "statuses"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mentions" ADD CONSTRAINT "mentions_status_id_fkey" FOREIGN KEY ("status_id") REFERENCES "statuses"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mentions" ADD CONSTRAINT "mentions_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "status_tags" ADD CONSTRAINT "status_tags_status_id_fkey" FOREIGN KEY ("status_id") REFERENCES "statuses"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "status_tags" ADD CONSTRAINT "status_tags_tag_id_fkey" FOREIGN KEY ("tag_id") REFERENCES "tags"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "favourites" ADD CONSTRAINT "favourites_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "favourites" ADD CONSTRAINT "favourites_status_id_fkey" FOREIGN KEY ("status_id") REFERENCES "statuses"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bookmarks" ADD CONSTRAINT "bookmarks_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bookmarks" ADD CONSTRAINT "bookmarks_status_id_fkey" FOREIGN KEY ("status_id") REFERENCES "statuses"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pins" ADD CONSTRAINT "pins_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pins" ADD CONSTRAINT "pins_status_id_fkey" FOREIGN KEY ("status_id") REFERENCES "statuses"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follows" ADD CONSTRAINT "follows_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follows" ADD CONSTRAINT "follows_target_account_id_fkey" FOREIGN KEY ("target_account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follow_requests" ADD CONSTRAINT "follow_requests_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follow_requests" ADD CONSTRAINT "follow_requests_target_account_id_fkey" FOREIGN KEY ("target_account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "blocks" ADD CONSTRAINT "blocks_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "blocks" ADD CONSTRAINT "blocks_target_account_id_fkey" FOREIGN KEY ("target_account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mutes" ADD CONSTRAINT "mutes_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mutes" ADD CONSTRAINT "mutes_target_account_id_fkey" FOREIGN KEY ("target_account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_from_account_id_fkey" FOREIGN KEY ("from_account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_status_id_fkey" FOREIGN KEY ("status_id") REFERENCES "statuses"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "home_feed" ADD CONSTRAINT "home_feed_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "home_feed" ADD CONSTRAINT "home_feed_status_id_fkey" FOREIGN KEY ("status_id") REFERENCES "statuses"("id") ON DELETE CASCADE ON UPDATE CASCADE;

