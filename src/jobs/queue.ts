// The durable job queue: an interface small enough for an existing engine (pg-boss, BullMQ)
// to stand behind it, and the retry schedule the implementations share.

export interface EnqueueOptions {
  /** run no earlier than this many milliseconds from now */
  delayMs?: number;
  /** jobs with the same key run one at a time, in the order they were enqueued */
  orderingKey?: string;
  /** tries before the job is given up (kept, marked failed) */
  maxAttempts?: number;
}

export type JobHandler = (payload: unknown, info: { attempt: number }) => Promise<void>;

export interface WorkOptions {
  /** jobs of this queue run at once in this process */
  concurrency?: number;
  /** how long a claimed job is reserved for its worker (default: the queue's lease) */
  leaseMs?: number;
}

export interface JobQueue {
  enqueue(queue: string, payload: unknown, options?: EnqueueOptions): Promise<void>;
  enqueueMany(queue: string, payloads: readonly unknown[], options?: EnqueueOptions): Promise<void>;
  /**
   * Runs `handler` on the jobs of `queue` until `stop()`. A handler that throws has its job
   * retried after `backoffMs(attempt)`.
   */
  work(queue: string, handler: JobHandler, options?: WorkOptions): void;
  /** Tells this process's idle workers of `queue` to look now (jobs written by other means, such as inside a transaction). */
  wake(queue: string): void;
  /** jobs waiting (ready or delayed, not failed) */
  depth(queue: string): Promise<{ queued: number; ready: number; delayed: number }>;
  /** Stops claiming; resolves when the jobs being run have finished (or a grace period is over). */
  stop(): Promise<void>;
}

const BASE_MS = 15_000;
const CAP_MS = 24 * 60 * 60_000;

/**
 * The wait before try `attempt + 1`: exponential from 15 s (15 s, 30 s, 1 min, 2 min, ...,
 * about 2 days at the 10th attempt, capped at a day), each with "equal jitter" (between half and
 * the whole) so that a host coming back is not hit by every retry at once.
 */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const exponential = Math.min(CAP_MS, BASE_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(exponential / 2 + (random() * exponential) / 2);
}
