-- CreateTable
CREATE TABLE "markers" (
    "account_id" BIGINT NOT NULL,
    "timeline" TEXT NOT NULL,
    "last_read_id" BIGINT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "markers_pkey" PRIMARY KEY ("account_id","timeline")
);

