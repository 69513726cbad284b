// Outbound federation (G7 in performance-anchors.md; the federation issue's delivery
// target): one post delivered to 5 000 distinct inboxes, with shared-inbox deduplication.
//
// A local account ("herald") has `followers` remote followers on `hosts` mock servers,
// inserted straight into the database (accounts and follows, as the inbox would have left
// them): follower i lives on host i mod hosts, and each host's followers share one
// sharedInbox (10 000 followers on 5 000 hosts at full scale: 5 000 deliveries expected,
// none to a personal inbox). The mock servers run in their own process
// (delivery-mock.ts): host h listens on 127.77.x.y, its own loopback address, so every host
// is distinct to the sender; each verifies every POST's signature with Fedify's
// verifyRequest (our actor's key fetched once) and records arrivals per inbox.
//
// The server is the default deployment: one `serve` process that also runs the jobs
// (ALLOW_PRIVATE_NETWORK=true). Each post goes through POST /api/v1/statuses; measured from
// sending it until every shared inbox has it (and the 50/90/99 % marks), with duplicates,
// personal-inbox deliveries and signature failures counted, and the CPU of the server,
// PostgreSQL and the mock process. The first post is the first contact with every host
// (connections, Fedify's per-origin signature-spec record); later ones are warm.
//
// Standalone: `tsx test/bench/delivery.ts` (BENCH_SCALE=small: 2 000 followers on 1 000 hosts).
import { fork, type ChildProcess } from "node:child_process";
import pg from "pg";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Arrivals } from "./delivery-mock.js";
import { loadConfig, ROOT, type BenchConfig } from "./lib/config.js";
import { federationDb, insertLocalAccount, loadAverage, sampleStatements } from "./lib/fed.js";
import { backendCpuMeter, myPid } from "./lib/pg.js";
import { cpuSeconds, sleep, startServer, type ServerProcess } from "./lib/proc.js";
import { round } from "./lib/stats.js";

export interface DeliveryPost {
  object: string;
  expected: number;
  reached: number;
  apiMs: number;
  /** from sending POST /api/v1/statuses */
  firstMs: number | null;
  p50Ms: number | null;
  p90Ms: number | null;
  p99Ms: number | null;
  allMs: number | null;
  deliveriesPerS: number | null;
  posts: number;
  duplicates: number;
  personalInbox: number;
  signatureFailures: number;
  specs: Record<string, number>;
  jobsLeft: number;
  jobsFailed: number;
  cpuSeconds: { server: number | null; postgres: number | null; mock: number | null };
  cpuPerDeliveryMs: { server: number | null; postgres: number | null; mock: number | null };
  postgresActivity: Awaited<ReturnType<ReturnType<typeof sampleStatements>>>;
  /** load averages when the last inbox was reached */
  load: string;
}

export interface DeliveryResult {
  followers: number;
  hosts: number;
  expectedDeliveries: number;
  setupSeconds: number;
  posts: DeliveryPost[];
}

const now = () => performance.timeOrigin + performance.now();

interface Mock {
  child: ChildProcess;
  port: number;
  request(message: unknown): Promise<Arrivals>;
  stop(): Promise<void>;
}

/** Starts delivery-mock.ts on a free port (a few tries: the port must be free on every address). */
async function startMock(hosts: number): Promise<Mock> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 10_000); // below the ephemeral range
    const child = fork(fileURLToPath(new URL("./delivery-mock.ts", import.meta.url)), [String(hosts), String(port)], {
      cwd: ROOT,
      execArgv: ["--import", "tsx"],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    const first = await new Promise<{ type: string; port?: number; message?: string }>((resolve) => {
      child.once("message", (message) => resolve(message as never));
      child.once("exit", (code) => resolve({ type: "error", message: `exited with ${code}` }));
    });
    if (first.type === "listening") {
      let pending: ((arrivals: Arrivals) => void) | null = null;
      child.on("message", (message: Arrivals) => {
        if (message.type === "arrivals" && pending) {
          const resolve = pending;
          pending = null;
          resolve(message);
        }
      });
      return {
        child,
        port,
        request: (message) =>
          new Promise<Arrivals>((resolve) => {
            pending = resolve;
            child.send(message as never);
          }),
        async stop() {
          if (child.exitCode !== null) return;
          const exited = new Promise((resolve) => child.once("exit", resolve));
          child.send({ type: "stop" });
          const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
          await exited;
          clearTimeout(timer);
        },
      };
    }
    child.kill("SIGKILL");
    if (!/EADDRINUSE/.test(first.message ?? "")) throw new Error(`delivery mock: ${first.message}`);
  }
  throw new Error("delivery mock: no port free on every mock address after 10 tries");
}

export async function runDelivery(config: BenchConfig, log = console.log): Promise<DeliveryResult> {
  const { hosts, followers, posts: postCount, timeoutS } = config.delivery;
  const setup0 = now();
  const db = await federationDb(config, "delivery", log);
  const herald = await insertLocalAccount(db.url, "herald");
  let mock: Mock | undefined;
  let server: ServerProcess | undefined;
  const watcher = new pg.Client({ connectionString: db.url });
  await watcher.connect();
  const sampler = new pg.Client({ connectionString: db.url });
  await sampler.connect();
  try {
    const self = await myPid(watcher);
    const samplerPid = await myPid(sampler);
    mock = await startMock(hosts);
    log(`  ${hosts} mock hosts on 127.77.x.y:${mock.port} (pid ${mock.child.pid})`);
    // Remote followers: follower i on host i % hosts; the host's followers share its /inbox.
    const host = `'127.77.' || (1 + (i % ${hosts}) / 250) || '.' || (1 + (i % ${hosts}) % 250) || ':${mock.port}'`;
    await watcher.query(`
      INSERT INTO accounts (id, username, domain, handle_key, display_name, uri, url, inbox_url, shared_inbox_url, outbox_url, followers_url)
      SELECT ((${Date.now() - 86_400_000}::bigint + i) << 16), 'f' || i, h, 'f' || i || '@' || h, 'Follower ' || i,
             'http://' || h || '/users/f' || i, 'http://' || h || '/@f' || i, 'http://' || h || '/users/f' || i || '/inbox',
             'http://' || h || '/inbox', 'http://' || h || '/users/f' || i || '/outbox', 'http://' || h || '/users/f' || i || '/followers'
      FROM (SELECT i, ${host} AS h FROM generate_series(0, ${followers - 1}) i) x`);
    await watcher.query(
      `INSERT INTO follows (id, account_id, target_account_id)
       SELECT ((${Date.now() - 3_600_000}::bigint + row_number() OVER ()) << 16), id, $1 FROM accounts WHERE domain IS NOT NULL`,
      [herald.id],
    );
    await watcher.query("UPDATE accounts SET followers_count = $2 WHERE id = $1", [herald.id, followers]);
    await watcher.query("UPDATE accounts SET following_count = 1 WHERE domain IS NOT NULL");
    await watcher.query("VACUUM ANALYZE accounts, follows");
    const { rows: inboxRows } = await watcher.query<{ n: string }>(
      "SELECT count(DISTINCT coalesce(shared_inbox_url, inbox_url)) AS n FROM accounts a JOIN follows f ON f.account_id = a.id WHERE f.target_account_id = $1",
      [herald.id],
    );
    const expected = Number(inboxRows[0]!.n);
    log(`  ${followers} remote followers of @herald on ${hosts} hosts: ${expected} distinct shared inboxes expected`);

    server = await startServer(db.url, config.serverLogLevel, { ALLOW_PRIVATE_NETWORK: "true", API_RATE_LIMIT: "0" });
    mock.child.send({ type: "server", url: server.url });
    // The actor document once, so that its keys exist before the first post.
    const actor = await fetch(`${server.url}/users/${herald.username}`, { headers: { accept: "application/activity+json" } });
    if (!actor.ok) throw new Error(`GET /users/${herald.username}: ${actor.status}`);
    const setupSeconds = round((now() - setup0) / 1000, 1) ?? 0;

    const results: DeliveryPost[] = [];
    for (let p = 1; p <= postCount; p++) {
      const postgresCpu = await backendCpuMeter(watcher, db.name, [self, samplerPid], cpuSeconds);
      const server0 = cpuSeconds(server.pid);
      const mock0 = cpuSeconds(mock.child.pid!);
      const activity = sampleStatements(sampler, db.name, samplerPid, 50);
      const sent = now();
      const response = await fetch(`${server.url}/api/v1/statuses`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${herald.token}` },
        body: JSON.stringify({ status: `Delivery benchmark post ${p}, to ${followers} followers on ${hosts} servers`, visibility: "public" }),
      });
      const answered = now();
      const status = (await response.json()) as { uri?: string; error?: string };
      if (!response.ok || !status.uri) throw new Error(`POST /api/v1/statuses: ${response.status} ${JSON.stringify(status)}`);
      const arrivals = await mock.request({ type: "await", object: status.uri, inboxes: expected, timeoutMs: timeoutS * 1000 });
      // the delivery jobs are deleted once done: wait for the last (a few ms after the arrival)
      let jobsLeft = 0;
      for (let i = 0; i < 100; i++) {
        jobsLeft = Number((await watcher.query<{ n: string }>("SELECT count(*) AS n FROM jobs WHERE failed_at IS NULL")).rows[0]!.n);
        if (jobsLeft === 0) break;
        await sleep(50);
      }
      const cpu = {
        server: round(cpuSeconds(server.pid) - server0, 2),
        postgres: round(await postgresCpu(), 2),
        mock: round(cpuSeconds(mock.child.pid!) - mock0, 2),
      };
      const postgresActivity = await activity();
      const jobsFailed = Number((await watcher.query<{ n: string }>("SELECT count(*) AS n FROM jobs WHERE last_error IS NOT NULL")).rows[0]!.n);
      const since = (at: number | null) => (at === null ? null : round(at - sent, 0));
      const per = (s: number | null) => (s === null || arrivals.inboxes === 0 ? null : round((s * 1000) / arrivals.inboxes, 3));
      const allMs = since(arrivals.reachedAt.all);
      const post: DeliveryPost = {
        object: status.uri,
        expected,
        reached: arrivals.inboxes,
        apiMs: round(answered - sent, 1) ?? 0,
        firstMs: since(arrivals.firstAt),
        p50Ms: since(arrivals.reachedAt.p50),
        p90Ms: since(arrivals.reachedAt.p90),
        p99Ms: since(arrivals.reachedAt.p99),
        allMs,
        deliveriesPerS: allMs ? Math.round(arrivals.inboxes / (allMs / 1000)) : null,
        posts: arrivals.posts,
        duplicates: arrivals.duplicates,
        personalInbox: arrivals.personalInbox,
        signatureFailures: arrivals.signatureFailures,
        specs: arrivals.specs,
        jobsLeft,
        jobsFailed,
        cpuSeconds: cpu,
        cpuPerDeliveryMs: { server: per(cpu.server), postgres: per(cpu.postgres), mock: per(cpu.mock) },
        postgresActivity,
        load: loadAverage(),
      };
      results.push(post);
      log(`  post ${p}: ${post.reached}/${expected} inboxes in ${allMs === null ? `- (not all in ${timeoutS} s)` : `${allMs} ms`} ` +
        `(first ${post.firstMs} ms, 50 % ${post.p50Ms}, 90 % ${post.p90Ms}, 99 % ${post.p99Ms} ms; API answered in ${post.apiMs} ms); ` +
        `${post.posts} POSTs, ${post.duplicates} duplicates, ${post.personalInbox} to personal inboxes, ${post.signatureFailures} bad signatures, ` +
        `specs ${JSON.stringify(post.specs)}; ${jobsLeft} jobs left, ${jobsFailed} failed; CPU/delivery server ${post.cpuPerDeliveryMs.server} ms, ` +
        `PG ${post.cpuPerDeliveryMs.postgres} ms, mock ${post.cpuPerDeliveryMs.mock} ms; load ${post.load}`);
      log(`    PostgreSQL: ${postgresActivity.meanActiveBackends} backends active on average; busiest statements:`);
      for (const { share, statement } of postgresActivity.top.slice(0, 4)) log(`      ${String(share).padStart(5)} %  ${statement}`);
      // the next post starts from an empty queue
      await sleep(1000);
    }
    return { followers, hosts, expectedDeliveries: expected, setupSeconds, posts: results };
  } finally {
    await watcher.end().catch(() => undefined);
    await sampler.end().catch(() => undefined);
    await server?.stop();
    await mock?.stop();
    await db.cleanup();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const config = loadConfig();
  runDelivery(config)
    .then((result) => console.log(JSON.stringify(result, null, 2)))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
