// Fan-out of one post to an account with C active local followers (G5; C = 100k at full
// scale). "celebrity" posts through the createStatus mutation; a separate connection then
// watches home_feed. The mutation's response marks the commit (fan-out starts after it).
// Watching: a cheap probe (the status in 100 sampled followers' feeds, by primary key)
// every ~2 ms, then `SELECT count(*) FROM home_feed WHERE status_id = X` until it reaches
// followers + 1 (the author's own feed). Each poll's start time bounds when the rows became
// visible. CPU: the server process and this database's backends (our poller excluded).
//
// Standalone: `tsx test/bench/fanout.ts` (seeds a fresh database, or BENCH_DB=<name>).
import pg from "pg";
import { pathToFileURL } from "node:url";
import { benchToken, loadConfig, type BenchConfig } from "./lib/config.js";
import { postStatus } from "./lib/gql.js";
import { backendCpuMeter, myPid } from "./lib/pg.js";
import { cpuSeconds, sleep, startServer } from "./lib/proc.js";
import { round, summarize } from "./lib/stats.js";
import { withWorld, type World } from "./lib/world.js";

const SAMPLE = 100;
const PROBE = { name: "bench_probe", text: "SELECT count(*) AS n FROM home_feed WHERE account_id = ANY($1::bigint[]) AND status_id = $2" };

export interface FanoutPost {
  statusId: string;
  expected: number;
  reached: number;
  mutationMs: number;
  /** from the mutation's response (commit) until the sampled feeds all had it */
  sampleVisibleMs: number | null;
  /** from the mutation's response (commit) until count(*) reached followers + 1 */
  allVisibleMs: number | null;
  /** the same, from when the mutation was sent */
  allVisibleFromSendMs: number | null;
  countPolls: number;
  countQueryMs: number;
  cpuSeconds: { server: number | null; postgres: number | null; total: number | null };
}

export interface FanoutResult {
  followers: number;
  activeFollowers: number;
  posts: FanoutPost[];
  allVisibleMs: { p50: number | null; max: number | null };
  rowsPerS: number | null;
}

const now = () => performance.timeOrigin + performance.now();

export async function runFanout(world: World, config: BenchConfig, log = console.log): Promise<FanoutResult> {
  const celebrity = world.meta.celebrity;
  const token = benchToken(celebrity.n);
  const server = await startServer(world.url, config.serverLogLevel);
  const watcher = new pg.Client({ connectionString: world.url });
  await watcher.connect();
  try {
    const self = await myPid(watcher);
    const { rows: countRows } = await watcher.query<{ n: string }>(
      `SELECT count(*) AS n FROM follows f JOIN credentials c ON c.account_id = f.account_id
       WHERE f.target_account_id = $1 AND c.last_active_at > (now() AT TIME ZONE 'UTC') - interval '7 days'`,
      [celebrity.id],
    );
    const active = Number(countRows[0]!.n);
    const expected = active + 1;
    const { rows: sampleRows } = await watcher.query<{ id: string }>(
      `SELECT account_id AS id FROM (
         SELECT account_id, row_number() OVER (ORDER BY account_id) AS r FROM follows WHERE target_account_id = $1) x
       WHERE r % greatest(1, $2::int / ${SAMPLE}) = 0 LIMIT ${SAMPLE}`,
      [celebrity.id, active],
    );
    const sample = sampleRows.map((row) => row.id);
    log(`  celebrity has ${celebrity.followers} followers (${active} active); ${config.fanout.posts} posts, probing ${sample.length} feeds`);
    await watcher.query({ ...PROBE, values: [sample, "0"] });

    const timeoutMs = config.fanout.timeoutS * 1000;
    const posts: FanoutPost[] = [];
    for (let i = 1; i <= config.fanout.posts; i++) {
      const postgresCpu = await backendCpuMeter(watcher, world.name, [self], cpuSeconds);
      const server0 = cpuSeconds(server.pid);
      const sent = now();
      const status = await postStatus(server.url, token, `Fan-out benchmark post ${i}, sent at ${sent.toFixed(3)}`);
      const committed = now();
      const deadline = committed + timeoutMs;
      let sampleAt: number | null = null;
      while (now() < deadline) {
        const at = now();
        const { rows } = await watcher.query<{ n: string }>({ ...PROBE, values: [sample, status.snowflake] });
        if (Number(rows[0]!.n) >= sample.length) {
          sampleAt = at;
          break;
        }
        await sleep(2);
      }
      let allAt: number | null = null;
      let reached = 0;
      let countPolls = 0;
      let countMs = 0;
      while (now() < deadline) {
        const at = now();
        const { rows } = await watcher.query<{ n: string }>("SELECT count(*) AS n FROM home_feed WHERE status_id = $1", [status.snowflake]);
        countMs += now() - at;
        countPolls++;
        reached = Number(rows[0]!.n);
        if (reached >= expected) {
          allAt = at;
          break;
        }
        await sleep(10);
      }
      // CPU up to completion (the count polls above are our own backend, not charged)
      const server1 = cpuSeconds(server.pid);
      const cpu = { server: round(server1 - server0, 2), postgres: round(await postgresCpu(), 2), total: 0 as number | null };
      cpu.total = round((cpu.server ?? 0) + (cpu.postgres ?? 0), 2);
      const post: FanoutPost = {
        statusId: status.snowflake,
        expected,
        reached,
        mutationMs: round(committed - sent) ?? 0,
        sampleVisibleMs: sampleAt === null ? null : round(Math.max(0, sampleAt - committed)),
        allVisibleMs: allAt === null ? null : round(Math.max(0, allAt - committed)),
        allVisibleFromSendMs: allAt === null ? null : round(allAt - sent),
        countPolls,
        countQueryMs: round(countMs / Math.max(1, countPolls)) ?? 0,
        cpuSeconds: cpu,
      };
      posts.push(post);
      log(`  post ${i}: ${reached}/${expected} feeds; sample visible ${post.sampleVisibleMs} ms, all ${post.allVisibleMs} ms after commit ` +
        `(${post.allVisibleFromSendMs} ms after send; mutation ${post.mutationMs} ms); CPU s ${JSON.stringify(cpu)}`);
      await sleep(500);
    }
    const done = posts.flatMap((p) => (p.allVisibleMs === null ? [] : [p.allVisibleMs]));
    const stats = summarize(done);
    return {
      followers: celebrity.followers,
      activeFollowers: active,
      posts,
      allVisibleMs: { p50: round(stats.p50), max: round(stats.max) },
      rowsPerS: done.length ? Math.round(expected / (stats.p50 / 1000)) : null,
    };
  } finally {
    await watcher.end();
    await server.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const config = loadConfig();
  withWorld(config, (world) => runFanout(world, config))
    .then((result) => console.log(JSON.stringify(result, null, 2)))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
