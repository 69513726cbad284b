// The job queue on PostgreSQL (table `jobs`). Each queue's dispatcher claims due jobs in
// batches and polls when idle; enqueues in the same process wake it at once. A job is
// claimed with FOR UPDATE SKIP LOCKED and leased
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

// Up to $3 due jobs, oldest first, each the head of its ordering key, read through
// jobs_claim_idx so that a claim costs the same whatever the backlog.
const CLAIM = `
  UPDATE jobs SET attempts = attempts + 1, locked_until = now() + make_interval(secs => $2::double precision / 1000)
  WHERE id = ANY(ARRAY(
    SELECT j.id FROM jobs j
    WHERE j.queue = $1 AND j.failed_at IS NULL AND j.run_at <= now()
      AND (j.locked_until IS NULL OR j.locked_until < now())
      AND (j.ordering_key IS NULL OR NOT EXISTS (
        SELECT 1 FROM jobs o WHERE o.ordering_key = j.ordering_key AND o.id < j.id AND o.failed_at IS NULL))
    ORDER BY j.run_at, j.id
    LIMIT $3
    FOR UPDATE SKIP LOCKED
  ))
  RETURNING id, payload, attempts, max_attempts`;

/** the most jobs one claim takes */
const CLAIM_BATCH = 16;

interface Enqueued {
  queue: string;
  payloads: readonly unknown[];
  options: EnqueueOptions;
  resolve: () => void;
  reject: (error: unknown) => void;
}

const INSERT = `
  INSERT INTO jobs (queue, payload, ordering_key, run_at, max_attempts)
  SELECT q, p::jsonb, k, now() + make_interval(secs => d / 1000), m
  FROM unnest($1::text[], $2::text[], $3::text[], $4::float8[], $5::int[]) WITH ORDINALITY AS t(q, p, k, d, m, n)
  ORDER BY n`;

/**
 * Enqueues, with every enqueue made in the same turn of the event loop written by one
 * INSERT (a post to 5 000 servers is 5 000 enqueues at once). Each resolves once its rows
 * are committed. When a batch fails, its enqueues are tried one by one, so that one bad
 * payload fails only its own caller.
 */
function batchedInserts(pool: pg.Pool, wake: (queue: string) => void) {
  let pending: Enqueued[] = [];
  const write = async (batch: Enqueued[]) => {
    const rows = batch.flatMap(({ queue, payloads, options }) =>
      payloads.map((p) => [queue, JSON.stringify(p), options.orderingKey ?? null, Math.max(0, options.delayMs ?? 0), options.maxAttempts ?? 10] as const));
    await pool.query(INSERT, [0, 1, 2, 3, 4].map((column) => rows.map((row) => row[column])));
  };
  async function flush() {
    const batch = pending;
    pending = [];
    try {
      await write(batch);
      batch.forEach((e) => e.resolve());
    } catch (error) {
      if (batch.length === 1) batch[0]!.reject(error);
      else await Promise.all(batch.map((e) => write([e]).then(e.resolve, e.reject)));
    }
    for (const queue of new Set(batch.filter((e) => !e.options.delayMs).map((e) => e.queue))) wake(queue);
  }
  return (queue: string, payloads: readonly unknown[], options: EnqueueOptions = {}) =>
    payloads.length === 0
      ? Promise.resolve()
      : new Promise<void>((resolve, reject) => {
          if (pending.length === 0) setImmediate(() => void flush());
          pending.push({ queue, payloads, options, resolve, reject });
        });
}

/**
 * Deletes done jobs, many in one statement when jobs finish while a deletion is under way.
 * Resolves once the job's row is gone (the next job of its ordering key may then run).
 */
function doneJobs(pool: pg.Pool): (id: string) => Promise<void> {
  let ids: string[] = [];
  let waiting: { resolve: () => void; reject: (error: unknown) => void }[] = [];
  let flushing = false;
  async function flush() {
    flushing = true;
    while (ids.length) {
      const batch = ids;
      const waiters = waiting;
      ids = [];
      waiting = [];
      try {
        await pool.query("DELETE FROM jobs WHERE id = ANY($1::bigint[])", [batch]);
        waiters.forEach((w) => w.resolve());
      } catch (error) {
        waiters.forEach((w) => w.reject(error));
      }
    }
    flushing = false;
  }
  return (id) =>
    new Promise<void>((resolve, reject) => {
      ids.push(id);
      waiting.push({ resolve, reject });
      if (!flushing) void flush();
    });
}

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

  const insert = batchedInserts(pool, wake);

  const markDone = doneJobs(pool);

  async function runJob(queue: string, handler: JobHandler, job: Claimed): Promise<void> {
    try {
      await handler(job.payload, { attempt: job.attempts });
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
      return;
    }
    await markDone(job.id);
  }

  /**
   * One dispatcher per queue and process: it claims as many jobs as it has free slots (up to
   * CLAIM_BATCH per statement) and runs them. It looks again when a job ends (while the last
   * claim found more than it took: once a quarter of the slots are free), when an enqueue in
   * this process wakes it, and every pollMs.
   */
  function dispatch(queue: string, handler: JobHandler, concurrency: number, lease: number, set: Set<() => void>): Promise<void> {
    let active = 0;
    let nudged = false;
    let resume: (() => void) | undefined;
    const nudge = () => {
      nudged = true;
      resume?.();
    };
    set.add(nudge);
    const start = (job: Claimed) => {
      active++;
      const task = runJob(queue, handler, job)
        .catch((error: unknown) => options.onError?.(error, queue))
        .finally(() => {
          active--;
          running.delete(task);
          nudge();
        });
      running.add(task);
    };
    // With a backlog, claim again only once this many slots are free: a claim per finished
    // job (one or two rows each) was as many statements as the jobs themselves.
    const refill = Math.min(CLAIM_BATCH, Math.max(1, Math.floor(concurrency / 4)));
    let backlog = false;
    return (async () => {
      while (!stopped) {
        nudged = false;
        const free = concurrency - active;
        const wanted: number = backlog && free < refill ? 0 : Math.min(free, CLAIM_BATCH);
        let claimed = 0;
        if (wanted > 0) {
          try {
            const { rows } = await pool.query<Claimed>(CLAIM, [queue, lease, wanted]);
            claimed = rows.length;
            backlog = claimed === wanted;
            rows.forEach(start);
          } catch (error) {
            // The database itself failed (connection lost, shutting down): wait and try again.
            backlog = false;
            if (!stopped) options.onError?.(error, queue);
          }
        }
        if (stopped) break;
        if (claimed > 0 && claimed === wanted && active < concurrency) continue;
        if (nudged) continue;
        await new Promise<void>((resolve) => {
          const timer = setTimeout(done, pollMs);
          function done() {
            clearTimeout(timer);
            resume = undefined;
            resolve();
          }
          resume = done;
        });
      }
      set.delete(nudge);
    })();
  }

  return {
    enqueue: (queue, payload, opts) => insert(queue, [payload], opts),
    wake,
    enqueueMany: insert,
    work(queue: string, handler: JobHandler, opts: WorkOptions = {}) {
      const set = wakers.get(queue) ?? new Set();
      wakers.set(queue, set);
      const task = dispatch(queue, handler, opts.concurrency ?? 4, opts.leaseMs ?? leaseMs, set).finally(() => running.delete(task));
      running.add(task);
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
