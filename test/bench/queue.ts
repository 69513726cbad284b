// The durable job queue on its own (src/jobs/postgres-queue.ts, imported as the server uses
// it), in this process: what claiming and deleting a job costs when a backlog is waiting, with
// handlers that do nothing. Two shapes, each on a fresh database:
//   deliveries: `deliveries` jobs of ~6 KB (a signed activity and keys, as Fedify queues one
//     per inbox), each with its own ordering key, enqueued one at a time as Fedify does;
//   inbox:      `inbox` jobs of ~1.5 KB without ordering keys (an inbox backlog).
// Then 8 workers (Fedify's concurrency) on a 4-connection pool (the server's job pool) run
// them until none is left. Reported: enqueue rate, jobs/s, PostgreSQL CPU per job (this
// database's backends), and the time of the first and last tenth (a claim whose cost grows
// with the backlog shows as a slow first tenth).
//
// Standalone: `tsx test/bench/queue.ts`. BENCH_FED_SETUP_SQL tries a schema change (an index).
import pg from "pg";
import { pathToFileURL } from "node:url";
import { postgresJobQueue } from "../../src/jobs/postgres-queue.js";
import { loadConfig, type BenchConfig } from "./lib/config.js";
import { federationDb, loadAverage } from "./lib/fed.js";
import { backendCpuMeter, myPid } from "./lib/pg.js";
import { cpuSeconds, sleep } from "./lib/proc.js";
import { round } from "./lib/stats.js";

export interface QueueRun {
  shape: "deliveries" | "inbox";
  jobs: number;
  payloadBytes: number;
  enqueuePerS: number;
  seconds: number;
  jobsPerS: number;
  postgresCpuPerJobMs: number | null;
  firstTenthS: number;
  lastTenthS: number;
  load: string;
}

export interface QueueResult {
  workers: number;
  poolSize: number;
  runs: QueueRun[];
}

const WORKERS = 8;
const POOL = 4;
const now = () => performance.timeOrigin + performance.now();

async function run(config: BenchConfig, shape: QueueRun["shape"], jobs: number, log: (line: string) => void): Promise<QueueRun> {
  const db = await federationDb(config, `queue_${shape}`, log);
  const pool = new pg.Pool({ connectionString: db.url, max: POOL });
  pool.on("error", (error) => log(`  pool: ${error.message}`));
  const watcher = new pg.Client({ connectionString: db.url });
  await watcher.connect();
  const queue = postgresJobQueue(pool, { pollMs: 100 });
  try {
    const filler = (n: number) => "x".repeat(n);
    const payload = (i: number) =>
      shape === "deliveries"
        ? { type: "outbox", id: `${i}`, inbox: `http://127.77.${i >> 8}.${i & 255}:2000/inbox`, activity: { content: filler(3_800) }, keys: [{ privateKey: filler(1_700) }, { privateKey: filler(120) }] }
        : { type: "inbox", id: `${i}`, activity: { content: filler(1_400) } };
    const payloadBytes = JSON.stringify(payload(0)).length;
    const t0 = now();
    if (shape === "deliveries") {
      await Promise.all(Array.from({ length: jobs }, (_, i) => queue.enqueue("bench", payload(i), { orderingKey: `http://bench.test/users/herald/statuses/1\nhttp://host-${i}` })));
    } else {
      for (let i = 0; i < jobs; i += 1_000) await queue.enqueueMany("bench", Array.from({ length: Math.min(1_000, jobs - i) }, (_, j) => payload(i + j)));
    }
    const enqueueS = (now() - t0) / 1000;
    // (no ANALYZE: like the server's table, whose statistics date from whenever autovacuum last looked)
    const postgresCpu = await backendCpuMeter(watcher, db.name, [await myPid(watcher)], cpuSeconds);
    let done = 0;
    const tenth = Math.max(1, Math.floor(jobs / 10));
    let tenthAt = 0;
    let lastTenthFrom = 0;
    const start = now();
    queue.work(
      "bench",
      async () => {
        done++;
        if (done === tenth) tenthAt = now();
        if (done === jobs - tenth) lastTenthFrom = now();
      },
      { concurrency: WORKERS },
    );
    for (;;) {
      const { rows } = await watcher.query<{ n: string }>("SELECT count(*) AS n FROM jobs");
      if (Number(rows[0]!.n) === 0) break;
      await sleep(50);
    }
    const seconds = (now() - start) / 1000;
    const cpu = await postgresCpu();
    const result: QueueRun = {
      shape,
      jobs,
      payloadBytes,
      enqueuePerS: Math.round(jobs / enqueueS),
      seconds: round(seconds, 2) ?? 0,
      jobsPerS: Math.round(jobs / seconds),
      postgresCpuPerJobMs: round((cpu * 1000) / jobs, 3),
      firstTenthS: round((tenthAt - start) / 1000, 2) ?? 0,
      lastTenthS: round((now() - (lastTenthFrom || start)) / 1000, 2) ?? 0,
      load: loadAverage(),
    };
    log(`  ${shape}: ${jobs} jobs of ${payloadBytes} bytes, enqueued at ${result.enqueuePerS}/s; ${WORKERS} workers ran them in ${result.seconds} s ` +
      `(${result.jobsPerS} jobs/s; first tenth ${result.firstTenthS} s, last tenth ${result.lastTenthS} s); PostgreSQL CPU ${result.postgresCpuPerJobMs} ms per job; load ${result.load}`);
    return result;
  } finally {
    await queue.stop();
    await watcher.end();
    await pool.end();
    await db.cleanup();
  }
}

export async function runQueue(config: BenchConfig, log = console.log): Promise<QueueResult> {
  const runs = [await run(config, "deliveries", config.queue.deliveries, log), await run(config, "inbox", config.queue.inbox, log)];
  return { workers: WORKERS, poolSize: POOL, runs };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const config = loadConfig();
  runQueue(config)
    .then((result) => console.log(JSON.stringify(result, null, 2)))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
