-- CreateTable
CREATE TABLE "job_payload_parts" (
    "id" TEXT NOT NULL,
    "body" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "job_payload_parts_pkey" PRIMARY KEY ("id")
);


-- the sweep asks which parts queued jobs still refer to
CREATE INDEX "jobs_shared_idx" ON "jobs" ((payload->>'shared')) WHERE payload ? 'shared';
