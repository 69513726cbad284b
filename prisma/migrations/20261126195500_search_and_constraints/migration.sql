-- Hand-written: what the Prisma schema language cannot express.

-- One live boost per account and original.
CREATE UNIQUE INDEX "statuses_one_reblog" ON "statuses" ("account_id", "reblog_of_id")
  WHERE "reblog_of_id" IS NOT NULL AND "deleted_at" IS NULL;

-- Full-text search over statuses and accounts.
CREATE INDEX "statuses_search" ON "statuses"
  USING gin (to_tsvector('simple', "spoiler_text" || ' ' || "text"))
  WHERE "deleted_at" IS NULL AND "reblog_of_id" IS NULL;
CREATE INDEX "accounts_search" ON "accounts"
  USING gin (to_tsvector('simple', "username" || ' ' || "display_name"));

-- Prefix look-ups for handles and hashtags (autocomplete).
CREATE INDEX "accounts_handle_prefix" ON "accounts" ("handle_key" text_pattern_ops);
CREATE INDEX "tags_name_prefix" ON "tags" ("name" text_pattern_ops);

-- Keep at most one entry per original in a home feed (boost de-duplication).
CREATE INDEX "home_feed_origin" ON "home_feed" ("account_id", "origin_id");
