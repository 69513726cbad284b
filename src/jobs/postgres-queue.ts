// The job queue on PostgreSQL (table `jobs`). Workers poll, and are woken at once by
// enqueues in the same process. A job is claimed with FOR UPDATE SKIP LOCKED and leased
// (locked_until): when its worker dies (kill -9) the lease runs out and another run takes
// it, so a job runs at least once. Done jobs are deleted; a failed one comes back after
// backoffMs(attempts), and past max_attempts it stays in the table with failed_at set.
import type pg from "pg";
import { backoffMs, type EnqueueOptions, type JobHandler, type JobQueue, type WorkOptions } from "./queue.js";

export interface PostgresQueueOptions {
  /** how often idle workers look for due jobs */
  pollMs?: number;
  /** how long a claimed job is reserved for its worker */
  leaseMs?: number;
  onError?: (error: unknown, queue: string) => void;
  /** how long stop() waits for running jobs; those still running are taken again when their lease ends */
  stopGraceMs?: number;
}

interface Claimed {
  id: string;
  payload: unknown;
  attempts: number;
  max_attempts: number;
}

const CLAIM = `
  UPDATE jobs SET attempts = attempts + 1, locked_until = now() + make_interval(secs => $2::double precision / 1000)
  WHERE id = (
    SELECT j.id FROM jobs j
    WHERE j.queue = $1 AND j.failed_at IS NULL AND j.run_at <= now()
      AND (j.locked_until IS NULL OR j.locked_until < now())
      AND (j.ordering_key IS NULL OR NOT EXISTS (
        SELECT 1 FROM jobs o WHERE o.ordering_key = j.ordering_key AND o.id < j.id AND o.failed_at IS NULL))
    ORDER BY j.run_at, j.id
    LIMIT 1
    FOR UPDATE SKIP LOCKED
  )
  RETURNING id, payload, attempts, max_attempts`;

/**
 * Deletes jobs that failed for good more than `days` ago (they are kept a while for
 * inspection; Fedify's delivery jobs carry the sender's signing key). Returns how many.
 */
export async function sweepFailedJobs(pool: pg.Pool, days = 7): Promise<number> {
  const { rowCount } = await pool.query("DELETE FROM jobs WHERE failed_at < now() - make_interval(days => $1)", [days]);
  return rowCount ?? 0;
}

export function postgresJobQueue(pool: pg.Pool, options: PostgresQueueOptions = {}): JobQueue {
  const pollMs = options.pollMs ?? 1000;
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  let stopped = false;
  const running = new Set<Promise<void>>();
  const wakers = new Map<string, Set<() => void>>();

  const wake = (queue: string) => wakers.get(queue)?.forEach((w) => w());

  async function insert(queue: string, payloads: readonly unknown[], opts: EnqueueOptions = {}) {
    if (payloads.length === 0) return;
    await pool.query(
      `INSERT INTO jobs (queue, payload, ordering_key, run_at, max_attempts)
       SELECT $1, p, $3, now() + make_interval(secs => $4::double precision / 1000), $5
       FROM unnest($2::jsonb[]) WITH ORDINALITY AS t(p, n) ORDER BY n`,
      [queue, payloads.map((p) => JSON.stringify(p)), opts.orderingKey ?? null, Math.max(0, opts.delayMs ?? 0), opts.maxAttempts ?? 10],
    );
    if (!opts.delayMs) wake(queue);
  }

  async function runOne(queue: string, handler: JobHandler, lease: number): Promise<boolean> {
    const { rows } = await pool.query<Claimed>(CLAIM, [queue, lease]);
    const job = rows[0];
    if (!job) return false;
    try {
      await handler(job.payload, { attempt: job.attempts });
      await pool.query("DELETE FROM jobs WHERE id = $1", [job.id]);
    } catch (error) {
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      if (job.attempts >= job.max_attempts) {
        await pool.query("UPDATE jobs SET failed_at = now(), locked_until = NULL, last_error = $2 WHERE id = $1", [job.id, message]);
      } else {
        await pool.query(
          `UPDATE jobs SET locked_until = NULL, last_error = $2,
             run_at = now() + make_interval(secs => $3::double precision / 1000) WHERE id = $1`,
          [job.id, message, backoffMs(job.attempts)],
        );
      }
      options.onError?.(error, queue);
    }
    return true;
  }

  /**
   * One worker. Idle, only the first worker of a queue polls; it wakes the others when it
   * finds work, and so do enqueues in this process.
   */
  function loop(queue: string, handler: JobHandler, set: Set<() => void>, poller: boolean, lease: number): Promise<void> {
    return (async () => {
      while (!stopped) {
        let worked = false;
        try {
          worked = await runOne(queue, handler, lease);
        } catch (error) {
          // The database itself failed (connection lost, shutting down): wait and try again.
          if (!stopped) options.onError?.(error, queue);
        }
        if (worked && poller) wake(queue);
        if (worked || stopped) continue;
        await new Promise<void>((resolve) => {
          const timer = poller ? setTimeout(done, pollMs) : undefined;
          function done() {
            clearTimeout(timer);
            set.delete(done);
            resolve();
          }
          set.add(done);
        });
      }
    })();
  }

  return {
    enqueue: (queue, payload, opts) => insert(queue, [payload], opts),
    wake,
    enqueueMany: insert,
    work(queue: string, handler: JobHandler, opts: WorkOptions = {}) {
      const set = wakers.get(queue) ?? new Set();
      wakers.set(queue, set);
      for (let i = 0; i < (opts.concurrency ?? 4); i++) {
        const task = loop(queue, handler, set, i === 0, opts.leaseMs ?? leaseMs).finally(() => running.delete(task));
        running.add(task);
      }
    },
    async depth(queue: string) {
      const { rows } = await pool.query<{ ready: number; delayed: number }>(
        `SELECT count(*) FILTER (WHERE run_at <= now())::int AS ready, count(*) FILTER (WHERE run_at > now())::int AS delayed
         FROM jobs WHERE queue = $1 AND failed_at IS NULL AND (locked_until IS NULL OR locked_until < now())`,
        [queue],
      );
      const { ready, delayed } = rows[0]!;
      return { queued: ready + delayed, ready, delayed };
    },
    async stop() {
      stopped = true;
      for (const set of wakers.values()) [...set].forEach((w) => w());
      let timer: NodeJS.Timeout | undefined;
      const grace = new Promise<void>((resolve) => (timer = setTimeout(resolve, options.stopGraceMs ?? 10_000)));
      await Promise.race([Promise.all([...running]), grace]);
      clearTimeout(timer);
    },
  };
}
