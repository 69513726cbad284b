-- Jobs are claimed in (run_at, id) order among those not failed: with this index a claim reads
-- the few due rows at the head instead of sorting every due job (src/jobs/postgres-queue.ts).
DROP INDEX IF EXISTS "jobs_queue_run_at_idx";
CREATE INDEX "jobs_claim_idx" ON "jobs" ("queue", "run_at", "id") WHERE "failed_at" IS NULL;
