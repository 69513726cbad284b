// Home timeline read load (G2 in performance-anchors.md): the server runs in its own
// process; autocannon keeps `connections` keep-alive connections busy with
// `homeTimeline(first: 40)`, each request signed in as the next of the seeded users.
// A warm-up run is discarded, then the measured run reports req/s, latency percentiles,
// errors, and the CPU used by the server, by PostgreSQL (this database's backends) and
// by the load generator.
//
// Standalone: `tsx test/bench/home-timeline.ts` (seeds a fresh database, or BENCH_DB=<name>).
import autocannon from "autocannon";
import pg from "pg";
import { pathToFileURL } from "node:url";
import { benchToken, loadConfig, type BenchConfig } from "./lib/config.js";
import { backendCpuMeter, myPid, transactionCount } from "./lib/pg.js";
import { cpuSeconds, rssBytes, sleep, startServer, type ServerProcess } from "./lib/proc.js";
import { mib, round } from "./lib/stats.js";
import { withWorld, type World } from "./lib/world.js";

export const HOME_QUERY = /* GraphQL */ `
  query BenchHome($first: Int!) {
    homeTimeline(first: $first) {
      edges {
        node {
          id snowflake content createdAt repliesCount reblogsCount favouritesCount favourited reblogged bookmarked
          account { id username displayName }
          reblog { id content account { username } }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }`;

interface Node {
  id: string;
  favourited: boolean;
  bookmarked: boolean;
  reblog: { id: string; account: { username: string } } | null;
  account: { username: string };
}
type Home = { homeTimeline: { edges: { node: Node }[] } };

export interface TimelineResult {
  connections: number;
  warmupS: number;
  durationS: number;
  usersRotated: number;
  sample: { items: number; reblogs: number; favourited: number; bookmarked: number; bytes: number };
  requests: number;
  reqPerS: number;
  latencyMs: { mean: number | null; p50: number; p90: number; p99: number; p999: number; max: number };
  errors: { errors: number; timeouts: number; non2xx: number; badBodies: number };
  throughputMiBps: number | null;
  cpuSeconds: { server: number | null; postgres: number | null; loadGenerator: number | null };
  cpuPerRequestMs: { server: number | null; postgres: number | null };
  /** pg_stat_database transactions per request: about the SQL round trips outside transactions */
  pgTransactionsPerRequest: number | null;
  serverRssMiB: { before: number | null; after: number | null };
}

/** A body is good when it is a timeline page without GraphQL errors. */
/** Which API the load goes through: GraphQL homeTimeline, or Mastodon's GET /api/v1/timelines/home. */
export type TimelineApi = "graphql" | "rest";

const goodBody = (api: TimelineApi) => (raw: string | Buffer | undefined) => {
  const body = String(raw ?? "");
  return api === "rest"
    ? body.startsWith('[{"id":"')
    : body.startsWith('{"data":{"homeTimeline":{"edges":[{') && !body.includes('"errors":');
};

function load(server: ServerProcess, config: BenchConfig, users: number, seconds: number, api: TimelineApi) {
  const body = JSON.stringify({ query: HOME_QUERY, variables: { first: config.timeline.first } });
  const restPath = `/api/v1/timelines/home?limit=${config.timeline.first}`;
  let next = 0;
  return autocannon({
    url: `${server.url}/graphql`,
    connections: config.timeline.connections,
    pipelining: 1,
    duration: seconds,
    timeout: 10,
    headers: { "content-type": "application/json", accept: "application/json" },
    requests: [
      {
        ...(api === "rest" ? { method: "GET" as const, path: restPath } : { method: "POST" as const, path: "/graphql", body }),
        setupRequest: (request) => {
          const n = (next++ % users) + 1;
          return { ...request, headers: { ...request.headers, authorization: `Bearer ${benchToken(n)}` } };
        },
      },
    ],
    verifyBody: goodBody(api),
  });
}

export async function runHomeTimeline(world: World, config: BenchConfig, log = console.log, api: TimelineApi = "graphql"): Promise<TimelineResult> {
  const users = world.meta.users;
  const server = await startServer(world.url, config.serverLogLevel);
  const monitor = new pg.Client({ connectionString: world.url });
  await monitor.connect();
  try {
    // One checked request first: the page is full and carries what the load asks for.
    const started = performance.now();
    const response =
      api === "rest"
        ? await fetch(`${server.url}/api/v1/timelines/home?limit=${config.timeline.first}`, {
            headers: { authorization: `Bearer ${benchToken(1)}` },
          })
        : await fetch(`${server.url}/graphql`, {
            method: "POST",
            headers: { "content-type": "application/json", authorization: `Bearer ${benchToken(1)}` },
            body: JSON.stringify({ query: HOME_QUERY, variables: { first: config.timeline.first } }),
          });
    const text = await response.text();
    if (!goodBody(api)(text)) throw new Error(`home timeline sample failed: ${text.slice(0, 500)}`);
    const page: Node[] =
      api === "rest"
        ? (JSON.parse(text) as { reblog: unknown; favourited: boolean; bookmarked: boolean; account: { username: string }; id: string }[]).map(
            (s) => ({ ...s, reblog: s.reblog as Node["reblog"] }),
          )
        : (JSON.parse(text) as { data: Home }).data.homeTimeline.edges.map((edge) => edge.node);
    const sample = {
      items: page.length,
      reblogs: page.filter((node) => node.reblog).length,
      favourited: page.filter((node) => node.favourited).length,
      bookmarked: page.filter((node) => node.bookmarked).length,
      bytes: Buffer.byteLength(text),
    };
    log(`  sample page for user1: ${JSON.stringify(sample)} in ${Math.round(performance.now() - started)} ms (cold)`);
    if (sample.items < Math.min(config.timeline.first, world.meta.params.feedSize)) {
      throw new Error(`homeTimeline returned ${sample.items} items, expected ${config.timeline.first}`);
    }

    if (config.timeline.warmupS > 0) {
      log(`  warm-up: ${config.timeline.connections} connections for ${config.timeline.warmupS} s`);
      const warm = await load(server, config, users, config.timeline.warmupS, api);
      log(`  warm-up: ${Math.round(warm.requests.total / warm.duration)} req/s, p99 ${warm.latency.p99} ms, ` +
        `errors ${warm.errors + warm.non2xx + warm.mismatches}`);
    }

    const postgresCpu = await backendCpuMeter(monitor, world.name, [await myPid(monitor)], cpuSeconds);
    const before = {
      server: cpuSeconds(server.pid),
      self: process.cpuUsage(),
      rss: rssBytes(server.pid),
      xacts: await transactionCount(monitor, world.name),
    };
    log(`  measured: ${config.timeline.connections} connections for ${config.timeline.durationS} s, rotating ${users} users`);
    const result = await load(server, config, users, config.timeline.durationS, api);
    const self = process.cpuUsage(before.self);
    const cpu = {
      server: round(cpuSeconds(server.pid) - before.server, 2),
      postgres: round(await postgresCpu(), 2),
      loadGenerator: round((self.user + self.system) / 1e6, 2),
    };
    const requests = result.requests.total;
    await sleep(1_100); // statistics reach pg_stat_database within a second
    const xacts = (await transactionCount(monitor, world.name)) - before.xacts - 2;
    const perRequest = (seconds: number | null) => (seconds !== null && requests ? round((seconds * 1000) / requests, 3) : null);
    const out: TimelineResult = {
      connections: config.timeline.connections,
      warmupS: config.timeline.warmupS,
      durationS: result.duration,
      usersRotated: users,
      sample,
      requests,
      reqPerS: Math.round(requests / result.duration),
      latencyMs: {
        mean: round(result.latency.mean, 2),
        p50: result.latency.p50,
        p90: result.latency.p90,
        p99: result.latency.p99,
        p999: result.latency.p99_9,
        max: result.latency.max,
      },
      errors: { errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx, badBodies: result.mismatches },
      throughputMiBps: mib(result.throughput.average),
      cpuSeconds: cpu,
      cpuPerRequestMs: { server: perRequest(cpu.server), postgres: perRequest(cpu.postgres) },
      pgTransactionsPerRequest: requests ? round(xacts / requests, 1) : null,
      serverRssMiB: { before: mib(before.rss), after: mib(rssBytes(server.pid)) },
    };
    log(`  => ${out.reqPerS} req/s, p50 ${out.latencyMs.p50} / p99 ${out.latencyMs.p99} / p99.9 ${out.latencyMs.p999} ms, ` +
      `errors ${JSON.stringify(out.errors)}, CPU s: ${JSON.stringify(cpu)}, ${out.pgTransactionsPerRequest} PG transactions/request`);
    return out;
  } finally {
    await monitor.end();
    await server.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const config = loadConfig();
  withWorld(config, (world) => runHomeTimeline(world, config))
    .then((result) => console.log(JSON.stringify(result, null, 2)))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
