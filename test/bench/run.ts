// `npm run bench`: seeds one world into a fresh database, then runs the home-timeline,
// subscription and fan-out benchmarks on it, in that order; then the federation benchmarks
// (queue, inbox, delivery), each on a small fresh database of its own; prints a summary and writes
// the results (with machine facts) to test/bench/results/<time>-<scale>.json.
//
// BENCH_SCALE=small for a quick check (1k users, 100k statuses, 1k subscribers, 10k
// celebrity followers, a 10k inbox backlog, 1k delivery hosts); full (the default) is D1 + D2
// of performance-anchors.md, a 100k inbox backlog and 5k delivery hosts.
// Other knobs: see lib/config.ts (BENCH_ONLY=timeline,subscriptions,fanout,queue,inbox,delivery,
// BENCH_DB, BENCH_KEEP=1, BENCH_DURATION, BENCH_WARMUP, BENCH_SUBSCRIBERS=1000,10000,
// BENCH_INBOX_COUNT, BENCH_DELIVERY_HOSTS, ...). The world is seeded only when a part
// that reads it is selected.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runDelivery, type DeliveryResult } from "./delivery.js";
import { runFanout, type FanoutResult } from "./fanout.js";
import { runInbox, type InboxResult } from "./inbox.js";
import { runQueue, type QueueResult } from "./queue.js";
import { runHomeTimeline, type TimelineResult } from "./home-timeline.js";
import { runRestPosting, type PostingResult } from "./rest-posting.js";
import { loadConfig, RESULTS_DIR } from "./lib/config.js";
import { serverVersion } from "./lib/pg.js";
import { machineInfo } from "./lib/proc.js";
import { table } from "./lib/stats.js";
import { withWorld } from "./lib/world.js";
import { runSubscriptions, type SubscriptionResult } from "./subscriptions.js";

/** the parts that run on the seeded world */
const WORLD_PARTS = ["timeline", "rest", "posting", "subscriptions", "fanout"];

const loadAvg = () => {
  try {
    return readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
  } catch {
    return "";
  }
};

async function main() {
  const config = loadConfig();
  const machine = machineInfo();
  const startedAt = new Date();
  console.log(`Fedigraph benchmarks, scale ${config.scale}: ${machine.nproc} CPUs (${machine.cpuModel}), Node ${machine.node}, ` +
    `git ${machine.gitSha.slice(0, 12)}${machine.gitDirty ? " (dirty)" : ""}, load ${machine.loadAvgAtStart}`);
  const results: {
    timeline?: TimelineResult;
    restTimeline?: TimelineResult;
    posting?: PostingResult;
    subscriptions: SubscriptionResult[];
    fanout?: FanoutResult;
    queue?: QueueResult;
    inbox?: InboxResult;
    delivery?: DeliveryResult;
    failures: { part: string; error: string }[];
  } = { subscriptions: [], failures: [] };
  let seed: unknown;
  let postgres = await serverVersion(config.adminUrl);
  const part = async (name: string, fn: () => Promise<void>) => {
    if (!config.only.has(name)) return;
    console.log(`\n== ${name} (load ${loadAvg()})`);
    try {
      await fn();
    } catch (error) {
      // one failing part does not hide the others' figures
      console.error(`${name} failed:`, error);
      results.failures.push({ part: name, error: String((error as Error).stack ?? error) });
    }
  };
  if (WORLD_PARTS.some((name) => config.only.has(name))) await withWorld(config, async (world) => {
    postgres = await serverVersion(world.url);
    seed = { database: world.name, seconds: world.meta.seedSeconds, steps: world.meta.steps, counts: world.meta.counts };
    await part("timeline", async () => {
      results.timeline = await runHomeTimeline(world, config);
    });
    await part("rest", async () => {
      results.restTimeline = await runHomeTimeline(world, config, console.log, "rest");
    });
    await part("posting", async () => {
      results.posting = await runRestPosting(world, config);
    });
    await part("subscriptions", async () => {
      for (const n of config.subscriptions.counts) results.subscriptions.push(await runSubscriptions(world, config, n));
    });
    await part("fanout", async () => {
      results.fanout = await runFanout(world, config);
    });
  });
  // The federation parts make their own small databases.
  await part("queue", async () => {
    results.queue = await runQueue(config);
  });
  await part("inbox", async () => {
    results.inbox = await runInbox(config);
  });
  await part("delivery", async () => {
    results.delivery = await runDelivery(config);
  });

  const rows: (string | number | null | undefined)[][] = [["benchmark", "result", "p50 ms", "p99 ms", "p99.9 ms", "errors/missing", "notes"]];
  const t = results.timeline;
  if (t) {
    rows.push([
      `homeTimeline(first: ${config.timeline.first}), ${t.connections} conns, ${t.durationS} s`,
      `${t.reqPerS} req/s`,
      t.latencyMs.p50,
      t.latencyMs.p99,
      t.latencyMs.p999,
      t.errors.errors + t.errors.timeouts + t.errors.non2xx + t.errors.badBodies,
      `CPU/req: server ${t.cpuPerRequestMs.server} ms, PG ${t.cpuPerRequestMs.postgres} ms; ${t.pgTransactionsPerRequest} PG xacts/req`,
    ]);
  }
  const rt = results.restTimeline;
  if (rt) {
    rows.push([
      `GET /api/v1/timelines/home?limit=${config.timeline.first}, ${rt.connections} conns, ${rt.durationS} s`,
      `${rt.reqPerS} req/s`,
      rt.latencyMs.p50,
      rt.latencyMs.p99,
      rt.latencyMs.p999,
      rt.errors.errors + rt.errors.timeouts + rt.errors.non2xx + rt.errors.badBodies,
      `CPU/req: server ${rt.cpuPerRequestMs.server} ms, PG ${rt.cpuPerRequestMs.postgres} ms; ${rt.pgTransactionsPerRequest} PG xacts/req`,
    ]);
  }
  const po = results.posting;
  if (po) {
    rows.push([
      `POST /api/v1/statuses at ${po.postsPerSecondAsked}/s under the home read load, ${po.durationS} s`,
      `${po.posts.perS} posts/s`,
      po.posts.latencyMs.p50,
      po.posts.latencyMs.p99,
      po.posts.latencyMs.p999,
      po.posts.errors + po.reads.errors,
      `reads meanwhile: ${po.reads.perS} req/s, p50 ${po.reads.latencyMs.p50} / p99 ${po.reads.latencyMs.p99} ms`,
    ]);
  }
  for (const s of results.subscriptions) {
    rows.push([
      `subscriptions N=${s.subscribers}, ${s.posts.length} posts`,
      `${s.deliveriesPerS ?? "-"} deliveries/s`,
      s.latencyFromSendMs.p50,
      s.latencyFromSendMs.p99,
      s.latencyFromSendMs.p999,
      s.missing + s.failedToConnect,
      `${s.rssKiBPerSubscription} KiB RSS/sub; CPU/delivery: server ${s.cpuPerDeliveryMs.server} ms, PG ${s.cpuPerDeliveryMs.postgres} ms`,
    ]);
  }
  const f = results.fanout;
  if (f) {
    rows.push([
      `fan-out to ${f.activeFollowers} followers, ${f.posts.length} posts`,
      `${f.allVisibleMs.p50} ms (p50) all feeds`,
      f.allVisibleMs.p50,
      f.allVisibleMs.max,
      null,
      f.posts.filter((p) => p.reached < p.expected).length,
      `${f.rowsPerS} rows/s; CPU/post ${f.posts.map((p) => p.cpuSeconds.total).join(", ")} s (server+PG)`,
    ]);
  }
  for (const q of results.queue?.runs ?? []) {
    rows.push([
      `job queue alone: ${q.jobs} ${q.shape}-shaped jobs, ${results.queue!.workers} workers, no-op handler`,
      `${q.jobsPerS} jobs/s`,
      null,
      null,
      null,
      null,
      `PG CPU/job ${q.postgresCpuPerJobMs} ms; first tenth ${q.firstTenthS} s, last ${q.lastTenthS} s; enqueue ${q.enqueuePerS}/s`,
    ]);
  }
  const ib = results.inbox;
  if (ib) {
    const i = ib.ingest;
    rows.push([
      `signed inbox POSTs (web process only), ${ib.connections} conns, ${i.accepted} POSTs`,
      `${i.perS} accepted/s`,
      i.latencyMs.p50,
      i.latencyMs.p99,
      i.latencyMs.p999,
      i.errors.errors + i.errors.timeouts + i.errors.non2xx,
      `${i.jobsQueued} jobs queued; CPU/POST: server ${i.cpuPerRequestMs.server} ms, PG ${i.cpuPerRequestMs.postgres} ms`,
    ]);
    const fl = ib.floor;
    if (fl) {
      rows.push([
        `  floor: the same POSTs to inbox-floor.ts (verify + one INSERT), ${fl.accepted} POSTs`,
        `${fl.perS} accepted/s`,
        fl.latencyMs.p50,
        fl.latencyMs.p99,
        fl.latencyMs.p999,
        fl.errors.errors + fl.errors.timeouts + fl.errors.non2xx,
        `CPU/POST: server ${fl.cpuPerRequestMs.server} ms, PG ${fl.cpuPerRequestMs.postgres} ms`,
      ]);
    }
    const d = ib.drain;
    rows.push([
      `inbox backlog of ${d.jobs} drained by ${d.workers === 1 ? "a worker process" : `${d.workers} worker processes`}`,
      d.seconds === null ? `not drained: ${d.jobsPerS} jobs/s, ${d.remaining} left` : `${d.seconds} s (${d.jobsPerS} jobs/s)`,
      null,
      null,
      null,
      d.failed + d.remaining,
      `CPU/job: worker ${d.cpuPerJobMs.server} ms, PG ${d.cpuPerJobMs.postgres} ms`,
    ]);
    const m = ib.mixed;
    if (m) {
      rows.push([
        `signed inbox POSTs to one serve process running the jobs, ${m.accepted} POSTs`,
        `${m.perS} accepted/s`,
        m.latencyMs.p50,
        m.latencyMs.p99,
        m.latencyMs.p999,
        m.errors.errors + m.errors.timeouts + m.errors.non2xx,
        `${m.processedDuring} processed meanwhile; drained ${m.drainedAfterS} s after`,
      ]);
    }
  }
  const dl = results.delivery;
  if (dl) {
    dl.posts.forEach((p, i) => {
      rows.push([
        `post ${i + 1} to ${dl.followers} followers -> ${p.expected} shared inboxes`,
        p.allMs === null ? `${p.reached}/${p.expected} reached` : `${p.allMs} ms all (${p.deliveriesPerS}/s)`,
        p.p50Ms,
        p.p99Ms,
        null,
        p.expected - p.reached + p.duplicates + p.signatureFailures,
        `${p.duplicates} dup, ${p.personalInbox} personal, ${p.signatureFailures} bad sig; CPU/delivery: server ${p.cpuPerDeliveryMs.server} ms, PG ${p.cpuPerDeliveryMs.postgres} ms`,
      ]);
    });
  }
  console.log(`\n${table(rows)}`);
  if (results.failures.length) console.log(`\nfailed parts: ${results.failures.map((x) => x.part).join(", ")}`);

  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, `${startedAt.toISOString().replace(/[:.]/g, "-")}-${config.scale}.json`);
  const { adminUrl: _adminUrl, only, ...settings } = config;
  writeFileSync(
    file,
    `${JSON.stringify(
      {
        startedAt: startedAt.toISOString(),
        finishedAt: new Date().toISOString(),
        machine: { ...machine, postgres, loadAvgAtEnd: loadAvg() },
        config: { ...settings, only: [...only] },
        seed,
        ...results,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`\nresults written to ${file}`);
  if (results.failures.length) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
