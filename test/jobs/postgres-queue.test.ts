// The durable job queue on PostgreSQL: jobs run once each across workers, failures come
// back after a backoff with jitter and are kept once they run out of attempts, ordering keys
// serialise, a job whose worker died is taken again when its lease ends, and jobs outlive
// the queue object (a restart).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postgresJobQueue, sweepFailedJobs } from "../../src/jobs/postgres-queue.js";
import { backoffMs, type JobQueue } from "../../src/jobs/queue.js";
import { startTestApp, type TestApp } from "../support/app.js";

let t: TestApp;
const queues: JobQueue[] = [];
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await Promise.all(queues.map((q) => q.stop()));
  await t.close();
});

const open = (options: Parameters<typeof postgresJobQueue>[1] = {}) => {
  const queue = postgresJobQueue(t.app.deps.pool, { pollMs: 20, ...options });
  queues.push(queue);
  return queue;
};

async function eventually(check: () => Promise<boolean> | boolean, ms = 10_000) {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const rows = async (queue: string) =>
  (await t.app.deps.pool.query("SELECT * FROM jobs WHERE queue = $1 ORDER BY id", [queue])).rows as {
    attempts: number; run_at: Date; failed_at: Date | null; last_error: string | null;
  }[];

describe("backoff", () => {
  it("grows exponentially from 15 s with jitter between half and the whole, capped at a day", () => {
    expect(backoffMs(1, () => 0)).toBe(7_500);
    expect(backoffMs(1, () => 1)).toBe(15_000);
    expect(backoffMs(3, () => 1)).toBe(60_000);
    expect(backoffMs(40, () => 1)).toBe(24 * 60 * 60_000);
    const spread = new Set(Array.from({ length: 20 }, () => backoffMs(5)));
    expect(spread.size).toBeGreaterThan(1);
  });
});

describe("postgres job queue", () => {
  it("runs each job exactly once across competing workers (FOR UPDATE SKIP LOCKED)", async () => {
    const seen: number[] = [];
    const handler = async (payload: unknown) => {
      seen.push((payload as { n: number }).n);
    };
    const first = open();
    const second = open();
    first.work("once", handler, { concurrency: 4 });
    second.work("once", handler, { concurrency: 4 });
    await first.enqueueMany("once", Array.from({ length: 100 }, (_, n) => ({ n })));
    await eventually(() => seen.length >= 100);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(seen.sort((x, y) => x - y)).toEqual(Array.from({ length: 100 }, (_, n) => n));
    await eventually(async () => (await rows("once")).length === 0);
  });

  it("retries a failed job after a backoff, and keeps it as failed after its last attempt", async () => {
    const queue = open();
    let calls = 0;
    queue.work("flaky", async () => {
      calls += 1;
      throw new Error("remote said 503");
    });
    await queue.enqueue("flaky", { x: 1 }, { maxAttempts: 2 });
    await eventually(() => calls === 1);
    await eventually(async () => (await rows("flaky"))[0]?.last_error !== null);
    const [waiting] = await rows("flaky");
    expect(waiting!.attempts).toBe(1);
    expect(waiting!.failed_at).toBeNull();
    expect(waiting!.run_at.getTime() - Date.now()).toBeGreaterThan(5_000); // at least half of 15 s, less the time passed
    // Due now: the second and last attempt fails for good.
    await t.app.deps.pool.query("UPDATE jobs SET run_at = now() WHERE queue = 'flaky'");
    await eventually(async () => (await rows("flaky"))[0]?.failed_at != null);
    const [failed] = await rows("flaky");
    expect(failed!.attempts).toBe(2);
    expect(failed!.last_error).toContain("remote said 503");
    expect(calls).toBe(2);
    expect(await queue.depth("flaky")).toEqual({ queued: 0, ready: 0, delayed: 0 });
    // Failed jobs are kept a week, then swept.
    expect(await sweepFailedJobs(t.app.deps.pool)).toBe(0);
    await t.app.deps.pool.query("UPDATE jobs SET failed_at = now() - interval '8 days' WHERE queue = 'flaky'");
    expect(await sweepFailedJobs(t.app.deps.pool)).toBe(1);
    expect(await rows("flaky")).toEqual([]);
  });

  it("runs jobs with the same ordering key one at a time, oldest first", async () => {
    const queue = open();
    const order: string[] = [];
    let running = 0;
    let overlapped = false;
    queue.work("ordered", async (payload) => {
      running += 1;
      if (running > 1) overlapped = true;
      await new Promise((resolve) => setTimeout(resolve, 10));
      order.push(payload as string);
      running -= 1;
    }, { concurrency: 4 });
    for (const step of ["create", "update", "delete"]) await queue.enqueue("ordered", step, { orderingKey: "note-1" });
    await eventually(() => order.length === 3);
    expect(order).toEqual(["create", "update", "delete"]);
    expect(overlapped).toBe(false);
  });

  it("runs up to `concurrency` jobs at once, and keeps each key's order among many keys", async () => {
    const queue = open();
    const seen = new Map<string, number[]>();
    let running = 0;
    let most = 0;
    queue.work("busy", async (payload) => {
      const { key, n } = payload as { key: string; n: number };
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 2 + (n % 3)));
      seen.set(key, [...(seen.get(key) ?? []), n]);
      running -= 1;
    }, { concurrency: 5 });
    // 10 keys of 6 jobs each, enqueued interleaved, plus 40 jobs without a key
    for (let n = 0; n < 6; n++) {
      await Promise.all(Array.from({ length: 10 }, (_, k) => queue.enqueue("busy", { key: `k${k}`, n }, { orderingKey: `k${k}` })));
    }
    await queue.enqueueMany("busy", Array.from({ length: 40 }, (_, n) => ({ key: "none", n })));
    await eventually(() => [...seen.values()].reduce((sum, list) => sum + list.length, 0) === 100);
    for (let k = 0; k < 10; k++) expect(seen.get(`k${k}`)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(most).toBe(5);
    await eventually(async () => (await rows("busy")).length === 0);
  });

  it("writes enqueues made at once together, and a payload PostgreSQL refuses fails only its own enqueue", async () => {
    const queue = open();
    const seen: string[] = [];
    queue.work("together", async (payload) => void seen.push((payload as { name: string }).name), { concurrency: 2 });
    const results = await Promise.allSettled([
      queue.enqueue("together", { name: "first" }),
      queue.enqueue("together", { name: "bad \u0000" }),
      queue.enqueue("together", { name: "last" }, { orderingKey: "x" }),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    await eventually(() => seen.length === 2);
    expect(seen.sort()).toEqual(["first", "last"]);
  });

  it("delays a job, and counts it as delayed until then", async () => {
    const queue = open();
    await queue.enqueue("later", { y: 1 }, { delayMs: 60_000 });
    expect(await queue.depth("later")).toEqual({ queued: 1, ready: 0, delayed: 1 });
  });

  it("keeps jobs across a restart, and takes a job back when its worker died mid-run (lease over)", async () => {
    const before = open();
    await before.enqueue("durable", { z: 1 });
    await before.stop(); // nobody worked on it: it waits in the table
    // A worker claims a job and dies without finishing (lease 200 ms).
    const dying = open({ leaseMs: 200, stopGraceMs: 10 });
    let claimed = false;
    dying.work("durable", () => {
      claimed = true;
      return new Promise<void>(() => {}); // never finishes, as if killed
    }, { concurrency: 1 });
    await eventually(() => claimed);
    // "After the restart": a new queue object finishes it once the lease is over.
    const after = open();
    const done: unknown[] = [];
    after.work("durable", async (payload) => {
      done.push(payload);
    });
    await eventually(() => done.length === 1);
    // The row goes once the handler has returned (a moment after it pushed).
    await eventually(async () => (await rows("durable")).length === 0);
    expect(done).toEqual([{ z: 1 }]);
  });
  it("with a backlog, claims several jobs at a time rather than one per finished job", async () => {
    let claims = 0;
    const pool = t.app.deps.pool;
    const counting = Object.create(pool, {
      query: {
        value: (...args: unknown[]) => {
          if (typeof args[0] === "string" && args[0].includes("SET attempts = attempts + 1")) claims++;
          return (pool.query as (...a: unknown[]) => unknown)(...args);
        },
      },
    }) as typeof pool;
    const queue = postgresJobQueue(counting, { pollMs: 20 });
    queues.push(queue);
    await queue.enqueueMany("backlog", Array.from({ length: 200 }, (_, n) => ({ n })));
    let done = 0;
    // jobs that end one by one, at different moments
    queue.work("backlog", async (payload) => {
      await new Promise((resolve) => setTimeout(resolve, 1 + ((payload as { n: number }).n % 7)));
      done++;
    }, { concurrency: 16 });
    await eventually(() => done === 200);
    // 16 at once refill by 4 or more: about 200 / 4 claims, plus a few that find the queue
    // empty at the end (47-49 measured; a claim per finished job or two made 88)
    expect(claims).toBeLessThanOrEqual(65);
    expect(claims).toBeGreaterThan(0);
  });
});
