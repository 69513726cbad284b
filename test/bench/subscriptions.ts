// Post -> subscriber latency (G3) and memory per idle subscription (G4). For each N: a
// fresh server process; a client process (lib/ws-clients.ts) connects N graphql-ws
// sockets as accounts 1..N, all subscribed to homeTimeline; "herald_<N>", whom exactly
// those N follow, then posts through the createStatus mutation. One unmeasured post
// checks that every subscription is live, then `posts` posts are measured one after the
// other. Latency is taken from the moment the mutation is sent (its text carries that
// stamp too) and from its response (the commit happened before it).
//
// Standalone: `tsx test/bench/subscriptions.ts` (seeds a fresh database, or BENCH_DB=<name>).
import { fork } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import pg from "pg";
import { benchToken, loadConfig, ROOT, type BenchConfig } from "./lib/config.js";
import { postStatus } from "./lib/gql.js";
import { backendCpuMeter, myPid, transactionCount } from "./lib/pg.js";
import { cpuSeconds, machineInfo, rssBytes, sleep, startServer } from "./lib/proc.js";
import { mib, round, summarize } from "./lib/stats.js";
import type { FromClients, ToClients } from "./lib/ws-clients.js";
import { withWorld, type World } from "./lib/world.js";

export const SUBSCRIPTION = /* GraphQL */ `
  subscription BenchHome {
    homeTimeline {
      kind statusId
      status { id snowflake content createdAt favouritesCount favourited account { id username displayName } }
    }
  }`;

const CLIENTS = fileURLToPath(new URL("./lib/ws-clients.ts", import.meta.url));

export interface PostResult {
  statusId: string;
  delivered: number;
  missing: number;
  firstMs: number | null;
  lastMs: number | null;
  /** from the mutation's response (after commit) to the last delivery */
  commitToLastMs: number | null;
  windowMs: number | null;
  deliveriesPerS: number | null;
  mutationMs: number;
}

export interface SubscriptionResult {
  subscribers: number;
  connected: number;
  failedToConnect: number;
  connectSeconds: number;
  rssMiB: { idleServer: number | null; withSubscribers: number | null };
  rssKiBPerSubscription: number | null;
  warmupPost: PostResult;
  posts: PostResult[];
  latencyFromSendMs: ReturnType<typeof summarize>;
  latencyFromCommitMs: ReturnType<typeof summarize>;
  deliveriesPerS: number | null;
  deliveries: number;
  missing: number;
  cpuSeconds: { server: number | null; postgres: number | null };
  cpuPerDeliveryMs: { server: number | null; postgres: number | null };
  /** pg_stat_database transactions per delivery (about the SQL round trips per pushed status) */
  pgTransactionsPerDelivery: number | null;
  clientErrors: string[];
}

const now = () => performance.timeOrigin + performance.now();

/** The client process with a promise-based request/response on top of IPC. */
function startClients() {
  const child = fork(CLIENTS, [], { cwd: ROOT, execArgv: ["--import", "tsx", "--max-old-space-size=4096"], stdio: "inherit" });
  const queue: ((message: FromClients) => void)[] = [];
  child.on("message", (message: FromClients) => queue.shift()?.(message));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    pid: child.pid!,
    ask<T extends FromClients["type"]>(message: ToClients, timeoutMs: number): Promise<Extract<FromClients, { type: T }>> {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`client process did not answer ${message.type} in ${timeoutMs} ms`)), timeoutMs);
        queue.push((reply) => {
          clearTimeout(timer);
          resolve(reply as Extract<FromClients, { type: T }>);
        });
        child.send(message);
      });
    },
    async stop() {
      if (child.exitCode === null) {
        child.send({ type: "close" } satisfies ToClients);
        const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}

export async function runSubscriptions(world: World, config: BenchConfig, n: number, log = console.log): Promise<SubscriptionResult> {
  const herald = world.meta.heralds.find((h) => h.size === n);
  if (!herald) throw new Error(`the world has no herald followed by ${n} accounts (heralds: ${world.meta.heralds.map((h) => h.size)})`);
  const limit = machineInfo().ulimitN;
  if (limit && limit < n + 200) throw new Error(`ulimit -n is ${limit}; ${n} subscribers need more (ulimit -n ${n + 1000})`);
  const heraldToken = benchToken(herald.n);
  const server = await startServer(world.url, config.serverLogLevel);
  const clients = startClients();
  const monitor = new pg.Client({ connectionString: world.url });
  await monitor.connect();
  const clientErrors: string[] = [];
  try {
    await sleep(500);
    const idleRss = rssBytes(server.pid);
    log(`  N=${n}: server idle RSS ${mib(idleRss)} MiB; connecting ${n} subscribers (${config.subscriptions.connectConcurrency} at a time)`);
    const connected = await clients.ask<"connected">(
      { type: "connect", url: `ws://127.0.0.1:${server.port}/graphql`, count: n, concurrency: config.subscriptions.connectConcurrency, query: SUBSCRIPTION },
      Math.max(120_000, n * 50),
    );
    clientErrors.push(...connected.errors);
    await sleep(config.subscriptions.settleMs);
    const subscribedRss = rssBytes(server.pid);
    const perSub = connected.subscribed ? (subscribedRss - idleRss) / connected.subscribed / 1024 : NaN;
    log(`  N=${n}: ${connected.subscribed} subscribed (${connected.failed} failed) in ${connected.ms} ms; ` +
      `RSS ${mib(subscribedRss)} MiB, ${round(perSub)} KiB per subscription`);

    const timeoutMs = config.subscriptions.postTimeoutS * 1000;
    const post = async (label: string): Promise<{ result: PostResult; fromSend: number[]; fromCommit: number[] }> => {
      const sent = now();
      const status = await postStatus(server.url, heraldToken, `Benchmark ${label}, sent at ${sent.toFixed(3)} (ms since the epoch)`);
      const committed = now();
      const reply = await clients.ask<"delivered">({ type: "expect", statusId: status.snowflake, timeoutMs }, timeoutMs + 30_000);
      clientErrors.push(...reply.errors);
      const times = reply.times;
      const first = times.length ? Math.min(...times) : NaN;
      const last = times.length ? Math.max(...times) : NaN;
      const window = last - first;
      const result: PostResult = {
        statusId: status.snowflake,
        delivered: times.length,
        missing: reply.missing,
        firstMs: round(first - sent),
        lastMs: round(last - sent),
        commitToLastMs: round(last - committed),
        windowMs: round(window),
        deliveriesPerS: times.length > 1 && window > 0 ? Math.round(times.length / (window / 1000)) : null,
        mutationMs: round(committed - sent) ?? 0,
      };
      return { result, fromSend: times.map((t) => t - sent), fromCommit: times.map((t) => t - committed) };
    };

    const warm = await post("warm-up post");
    log(`  N=${n}: warm-up post delivered to ${warm.result.delivered}/${n}, last after ${warm.result.lastMs} ms`);
    if (warm.result.delivered === 0) throw new Error(`no subscriber got the warm-up post; client errors: ${clientErrors.join("; ")}`);

    await sleep(1_100);
    const postgresCpu = await backendCpuMeter(monitor, world.name, [await myPid(monitor)], cpuSeconds);
    const cpuBefore = { server: cpuSeconds(server.pid), xacts: await transactionCount(monitor, world.name) };
    const posts: PostResult[] = [];
    const fromSend: number[] = [];
    const fromCommit: number[] = [];
    let busyMs = 0;
    for (let i = 1; i <= config.subscriptions.posts; i++) {
      const one = await post(`post ${i} of ${config.subscriptions.posts}`);
      posts.push(one.result);
      fromSend.push(...one.fromSend);
      fromCommit.push(...one.fromCommit);
      busyMs += one.result.lastMs ?? 0;
      log(`  N=${n}: post ${i}: ${one.result.delivered} delivered (${one.result.missing} missing), ` +
        `first ${one.result.firstMs} / last ${one.result.lastMs} ms after send, ${one.result.deliveriesPerS ?? "-"} deliveries/s`);
      await sleep(200);
    }
    const cpu = {
      server: round(cpuSeconds(server.pid) - cpuBefore.server, 2),
      postgres: round(await postgresCpu(), 2),
    };
    await sleep(1_100); // statistics reach pg_stat_database within a second
    const xacts = (await transactionCount(monitor, world.name)) - cpuBefore.xacts - 1;
    const rounded = (s: ReturnType<typeof summarize>) =>
      Object.fromEntries(Object.entries(s).map(([k, v]) => [k, k === "n" ? v : round(v)])) as ReturnType<typeof summarize>;
    const result: SubscriptionResult = {
      subscribers: n,
      connected: connected.subscribed,
      failedToConnect: connected.failed,
      connectSeconds: connected.ms / 1000,
      rssMiB: { idleServer: mib(idleRss), withSubscribers: mib(subscribedRss) },
      rssKiBPerSubscription: round(perSub),
      warmupPost: warm.result,
      posts,
      latencyFromSendMs: rounded(summarize(fromSend)),
      latencyFromCommitMs: rounded(summarize(fromCommit)),
      deliveriesPerS: busyMs > 0 ? Math.round(fromSend.length / (busyMs / 1000)) : null,
      deliveries: fromSend.length,
      missing: posts.reduce((sum, p) => sum + p.missing, 0),
      cpuSeconds: cpu,
      cpuPerDeliveryMs: {
        server: fromSend.length && cpu.server !== null ? round((cpu.server * 1000) / fromSend.length, 3) : null,
        postgres: fromSend.length && cpu.postgres !== null ? round((cpu.postgres * 1000) / fromSend.length, 3) : null,
      },
      pgTransactionsPerDelivery: fromSend.length ? round(xacts / fromSend.length, 1) : null,
      clientErrors: clientErrors.slice(0, 20),
    };
    log(`  N=${n} => latency from send p50 ${result.latencyFromSendMs.p50} / p99 ${result.latencyFromSendMs.p99} ms, ` +
      `${result.deliveriesPerS} deliveries/s, ${result.missing} missing, CPU s ${JSON.stringify(cpu)}, ` +
      `${result.pgTransactionsPerDelivery} PG transactions/delivery`);
    if (clientErrors.length) log(`  N=${n}: client errors (first ${Math.min(5, clientErrors.length)}): ${clientErrors.slice(0, 5).join(" | ")}`);
    return result;
  } finally {
    await monitor.end();
    await clients.stop();
    await server.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const config = loadConfig();
  withWorld(config, async (world) => {
    const results = [];
    for (const n of config.subscriptions.counts) results.push(await runSubscriptions(world, config, n));
    return results;
  })
    .then((results) => console.log(JSON.stringify(results, null, 2)))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
