// Posting under read load (issue 3's second REST target): while 32 connections read
// GET /api/v1/timelines/home?limit=40, another autocannon posts POST /api/v1/statuses at a
// fixed overall rate (200/s by default), each post by the next seeded user, and reports the
// posts' latency percentiles next to the reads' throughput. Every post fans out to its
// author's followers as usual.
//
// Standalone: `tsx test/bench/rest-posting.ts` (seeds a fresh database, or BENCH_DB=<name>).
import autocannon from "autocannon";
import { pathToFileURL } from "node:url";
import { benchToken, loadConfig, type BenchConfig } from "./lib/config.js";
import { cpuSeconds, startServer } from "./lib/proc.js";
import { round } from "./lib/stats.js";
import { withWorld, type World } from "./lib/world.js";

export interface PostingResult {
  postsPerSecondAsked: number;
  durationS: number;
  posts: { total: number; perS: number; latencyMs: { p50: number; p90: number; p99: number; p999: number; max: number }; errors: number };
  reads: { perS: number; latencyMs: { p50: number; p99: number }; errors: number };
  serverCpuSeconds: number | null;
}

const rotate = (users: number, offset: number) => {
  let next = offset;
  return () => (next++ % users) + 1;
};

export async function runRestPosting(world: World, config: BenchConfig, log = console.log): Promise<PostingResult> {
  const users = world.meta.users;
  const rate = Number(process.env.BENCH_POST_RATE || 200);
  const seconds = config.timeline.durationS;
  const server = await startServer(world.url, config.serverLogLevel);
  try {
    const reader = rotate(users, 0);
    const poster = rotate(users, Math.floor(users / 2));
    let sequence = 0;
    const reads = () =>
      autocannon({
        url: server.url,
        connections: config.timeline.connections,
        duration: seconds,
        timeout: 10,
        requests: [{
          method: "GET",
          path: `/api/v1/timelines/home?limit=${config.timeline.first}`,
          setupRequest: (request) => ({ ...request, headers: { ...request.headers, authorization: `Bearer ${benchToken(reader())}` } }),
        }],
        verifyBody: (body) => String(body ?? "").startsWith('[{"id":"'),
      });
    const posts = () =>
      autocannon({
        url: server.url,
        connections: 16,
        overallRate: rate,
        duration: seconds,
        timeout: 10,
        requests: [{
          method: "POST",
          path: "/api/v1/statuses",
          setupRequest: (request) => ({
            ...request,
            headers: { ...request.headers, "content-type": "application/json", authorization: `Bearer ${benchToken(poster())}` },
            body: JSON.stringify({ status: `bench post ${++sequence} #benchmark`, visibility: "public" }),
          }),
        }],
        verifyBody: (body) => String(body ?? "").startsWith('{"id":"'),
      });
    if (config.timeline.warmupS > 0) {
      log(`  warm-up: reads only, ${config.timeline.warmupS} s`);
      await autocannon({
        url: server.url, connections: config.timeline.connections, duration: config.timeline.warmupS,
        requests: [{ method: "GET", path: `/api/v1/timelines/home?limit=${config.timeline.first}`,
          setupRequest: (r) => ({ ...r, headers: { ...r.headers, authorization: `Bearer ${benchToken(reader())}` } }) }],
      });
    }
    log(`  measured: ${config.timeline.connections} reading connections + ${rate} posts/s for ${seconds} s`);
    const cpuBefore = cpuSeconds(server.pid);
    const [read, wrote] = await Promise.all([reads(), posts()]);
    const out: PostingResult = {
      postsPerSecondAsked: rate,
      durationS: wrote.duration,
      posts: {
        total: wrote.requests.total,
        perS: Math.round(wrote.requests.total / wrote.duration),
        latencyMs: { p50: wrote.latency.p50, p90: wrote.latency.p90, p99: wrote.latency.p99, p999: wrote.latency.p99_9, max: wrote.latency.max },
        errors: wrote.errors + wrote.timeouts + wrote.non2xx + wrote.mismatches,
      },
      reads: {
        perS: Math.round(read.requests.total / read.duration),
        latencyMs: { p50: read.latency.p50, p99: read.latency.p99 },
        errors: read.errors + read.timeouts + read.non2xx + read.mismatches,
      },
      serverCpuSeconds: round(cpuSeconds(server.pid) - cpuBefore, 2),
    };
    log(`  => posts ${out.posts.perS}/s p50 ${out.posts.latencyMs.p50} / p99 ${out.posts.latencyMs.p99} / p99.9 ${out.posts.latencyMs.p999} ms, ` +
      `errors ${out.posts.errors}; reads ${out.reads.perS} req/s p50 ${out.reads.latencyMs.p50} / p99 ${out.reads.latencyMs.p99} ms, errors ${out.reads.errors}`);
    return out;
  } finally {
    await server.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const config = loadConfig();
  withWorld(config, (world) => runRestPosting(world, config))
    .then((result) => console.log(JSON.stringify(result, null, 2)))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
