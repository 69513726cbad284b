// Inbound federation (G8 in performance-anchors.md; the federation issue's inbox target):
// signed POSTs to the shared inbox accepted per second, and a backlog drained.
//
// The server runs in its own processes (ALLOW_PRIVATE_NETWORK=true) on a fresh, empty
// database with one local account. This process is the remote side: a mock server on
// loopback serves `actors` Mastodon-shaped actors with RSA-2048 keys, and autocannon sends
// pre-signed requests (Fedify's signRequest, draft-cavage as Mastodon signs; signing happens
// before the clock starts, so the generator only writes bytes). Each activity is a distinct
// Create of a public Note mentioning the local account (stored, with a mention notification,
// when processed), so the replay guard and Fedify's idempotence take every one.
//
// 1. Warm-up: one POST per actor, then a `worker` process runs them: the server fetches
//    each actor's key (cached from then on in fedify_kv) and stores the actor as an account.
// 2. Ingest: a web process (`serve` with PROCESS_JOBS=false, so nothing is processed
//    meanwhile) takes `count` POSTs at `connections` concurrency: a warm-up share
//    discarded, then accepted/s (202s), latency percentiles, errors, and jobs queued.
// 3. Drain: a `worker` process (BENCH_INBOX_WORKERS of them) is started on that backlog;
//    time from its start until no `fedify` job is left.
// 4. Mixed: `mixedCount` more POSTs to one `serve` process (the default deployment), which
//    processes them meanwhile.
// The mock counts actor fetches during 2-4 (0 means every signature was verified with a
// cached key). PostgreSQL's busiest statements are sampled from pg_stat_activity.
//
// Standalone: `tsx test/bench/inbox.ts` (BENCH_SCALE=small: 10 k backlog).
import autocannon from "autocannon";
import { signRequest } from "@fedify/fedify";
import pg from "pg";
import { fork } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { createServer, request as httpRequest, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import { fileURLToPath, pathToFileURL } from "node:url";
import { FLOOR_QUEUE } from "./inbox-floor.js";
import { loadConfig, ROOT, type BenchConfig } from "./lib/config.js";
import { actorDocument, AS_PUBLIC, federationDb, insertLocalAccount, PUBLIC_ORIGIN, loadAverage, rsaKeyPair, sampleStatements, selfCpuSeconds, type LocalAccount } from "./lib/fed.js";
import { backendCpuMeter, myPid } from "./lib/pg.js";
import { cpuSeconds, freePort, rssBytes, sleep, startServer, startWorker, type ServerProcess, type WorkerProcess } from "./lib/proc.js";
import { mib, round } from "./lib/stats.js";

interface Signed {
  headers: Record<string, string>;
  body: string;
}

type PgActivity = Awaited<ReturnType<ReturnType<typeof sampleStatements>>>;

interface Blast {
  requests: number;
  accepted: number;
  perS: number;
  durationS: number;
  latencyMs: { mean: number | null; p50: number; p90: number; p99: number; p999: number; max: number };
  errors: { errors: number; timeouts: number; non2xx: number };
  cpuSeconds: { server: number | null; postgres: number | null; loadGenerator: number | null };
  cpuPerRequestMs: { server: number | null; postgres: number | null };
  /** load averages at the end of the run */
  load: string;
}

export interface InboxResult {
  actors: number;
  connections: number;
  activity: string;
  bodyBytes: number;
  signing: { requests: number; seconds: number };
  warmup: { actorFetches: number; seconds: number };
  ingest: Blast & { warmupRequests: number; jobsQueued: number; postgresActivity: PgActivity };
  /** the same POSTs to inbox-floor.ts: what this machine allows for the acceptance's steps alone */
  floor: (Blast & { jobsQueued: number; refused: Record<string, number> }) | null;
  drain: {
    jobs: number;
    /** worker processes */
    workers: number;
    /** from the worker's "running queued jobs" until no job is left */
    seconds: number | null;
    /** from spawning the worker until it said it runs jobs (not in `seconds`) */
    startupS: number | null;
    /** jobs done (all of them unless the drain timed out) */
    processed: number;
    /** jobs / seconds; when not drained in time, the jobs done per second until the timeout */
    jobsPerS: number | null;
    remaining: number;
    failed: number;
    retried: number;
    remoteStatuses: number;
    cpuSeconds: { server: number | null; postgres: number | null };
    cpuPerJobMs: { server: number | null; postgres: number | null };
    postgresActivity: PgActivity;
    load: string;
  };
  mixed: (Blast & { processedDuring: number; backlogAtEnd: number; drainedAfterS: number | null }) | null;
  actorFetchesDuringLoad: number;
  /** the web process, before and after the ingest */
  serverRssMiB: { before: number | null; after: number | null };
}

const now = () => performance.timeOrigin + performance.now();

/** A mock remote server: actor documents (counting fetches); POSTs answered 202. */
async function mockRemote() {
  const byPath = new Map<string, string>();
  let fetches = 0;
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0]!;
    const doc = req.method === "GET" ? byPath.get(path) : undefined;
    if (doc) {
      fetches++;
      res.writeHead(200, { "content-type": "application/activity+json" }).end(doc);
    } else if (req.method === "POST") {
      req.resume();
      req.on("end", () => res.writeHead(202).end());
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    server,
    base: `http://127.0.0.1:${port}`,
    fetches: () => fetches,
    serve(actors: { uri: string; username: string; publicKeyPem: string }[]) {
      for (const a of actors) byPath.set(new URL(a.uri).pathname, JSON.stringify(actorDocument(a.uri, a.username, a.publicKeyPem, null)));
    },
  };
}

/** One raw POST (node:http, so that Host can name PUBLIC_URL as a remote server would). */
function post(server: ServerProcess, signed: Signed): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port: server.port, path: "/inbox", method: "POST", headers: signed.headers }, (res) => {
      let text = "";
      res.on("data", (chunk: Buffer) => (text += chunk.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on("error", reject);
    req.end(signed.body);
  });
}

async function blast(server: { pid: number; url: string }, pool: Signed[], amount: number, connections: number, watch: { pg: pg.Client; database: string; exclude: number[] }): Promise<Blast> {
  let next = 0;
  const take = () => {
    const item = pool[next++];
    if (!item) throw new Error("out of pre-signed requests");
    return item;
  };
  const postgresCpu = await backendCpuMeter(watch.pg, watch.database, watch.exclude, cpuSeconds);
  const server0 = cpuSeconds(server.pid);
  const self0 = selfCpuSeconds();
  const result = await autocannon({
    url: `${server.url}/inbox`,
    connections,
    pipelining: 1,
    amount,
    timeout: 30,
    requests: [
      {
        method: "POST",
        path: "/inbox",
        setupRequest: (request) => {
          const item = take();
          return { ...request, headers: item.headers, body: item.body };
        },
      },
    ],
  });
  const server1 = cpuSeconds(server.pid);
  const cpu = { server: round(server1 - server0, 2), postgres: round(await postgresCpu(), 2), loadGenerator: round(selfCpuSeconds() - self0, 2) };
  const accepted = result["2xx"];
  const perReq = (s: number | null) => (s === null || accepted === 0 ? null : round((s * 1000) / accepted, 3));
  return {
    requests: result.requests.total,
    accepted,
    perS: Math.round(accepted / result.duration),
    durationS: round(result.duration, 2) ?? 0,
    latencyMs: { mean: round(result.latency.mean, 2), p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, p999: result.latency.p99_9, max: result.latency.max },
    errors: { errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx },
    cpuSeconds: cpu,
    cpuPerRequestMs: { server: perReq(cpu.server), postgres: perReq(cpu.postgres) },
    load: loadAverage(),
  };
}

function logActivity(log: (line: string) => void, activity: PgActivity, top = 5) {
  log(`    PostgreSQL: ${activity.meanActiveBackends} backends active on average; busiest statements (share of active samples):`);
  for (const { share, statement } of activity.top.slice(0, top)) log(`      ${String(share).padStart(5)} %  ${statement}`);
}

const pending = async (client: pg.Client) =>
  Number((await client.query<{ n: string }>("SELECT count(*) AS n FROM jobs WHERE queue = 'fedify' AND failed_at IS NULL")).rows[0]!.n);

/** Waits until no `fedify` job is left (failed ones aside); seconds, or null on timeout. */
async function drained(client: pg.Client, from: number, timeoutS: number, log: (line: string) => void): Promise<number | null> {
  let lastLog = now();
  for (;;) {
    const at = now();
    const left = await pending(client);
    if (left === 0) return round((at - from) / 1000, 2);
    if (at - from > timeoutS * 1000) return null;
    if (at - lastLog > 10_000) {
      log(`    ${left} jobs left after ${((at - from) / 1000).toFixed(0)} s`);
      lastLog = at;
    }
    // (counting a big backlog is a scan of it: not too often)
    await sleep(left > 10_000 ? 1000 : left > 1000 ? 250 : 25);
  }
}

export async function runInbox(config: BenchConfig, log = console.log): Promise<InboxResult> {
  const { actors: actorCount, count, mixedCount, connections, drainTimeoutS, workers: workerCount } = config.inbox;
  const warmupRequests = Math.min(config.inbox.warmupRequests, Math.floor(count / 5));
  const db = await federationDb(config, "inbox", log);
  const target: LocalAccount = await insertLocalAccount(db.url, "inbox_target");
  let server: ServerProcess | undefined;
  let worker: WorkerProcess | undefined;
  let drainWorkers: WorkerProcess[] = [];
  let mock: Awaited<ReturnType<typeof mockRemote>> | undefined;
  const watcher = new pg.Client({ connectionString: db.url });
  await watcher.connect();
  // a second connection samples pg_stat_activity (where PostgreSQL's time goes)
  const sampler = new pg.Client({ connectionString: db.url });
  await sampler.connect();
  const samplerPid = await myPid(sampler);
  const env = { ALLOW_PRIVATE_NETWORK: "true", API_RATE_LIMIT: "0" };
  try {
    const self = await myPid(watcher);
    const watch = { pg: watcher, database: db.name, self, exclude: [self, samplerPid] };
    // Remote actors on a mock server (keys made in parallel on the thread pool).
    const keys = await Promise.all(Array.from({ length: actorCount }, () => rsaKeyPair()));
    mock = await mockRemote();
    const actors = keys.map((key, i) => ({ uri: `${mock!.base}/users/r${i}`, username: `r${i}`, publicKeyPem: key.publicKeyPem }));
    mock.serve(actors);

    // The web process: answers inbox POSTs and queues them, runs no jobs.
    server = await startServer(db.url, config.serverLogLevel, { ...env, PROCESS_JOBS: "false" });
    const rssBefore = rssBytes(server.pid);

    const activity = (actor: number, k: number) => {
      const a = actors[actor]!;
      const note = `${a.uri}/statuses/${k}`;
      const published = new Date().toISOString();
      const cc = [`${a.uri}/followers`, target.uri];
      return JSON.stringify({
        "@context": ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/v1"],
        id: `${note}/activity`,
        type: "Create",
        actor: a.uri,
        published,
        to: [AS_PUBLIC],
        cc,
        object: {
          id: note,
          type: "Note",
          attributedTo: a.uri,
          content: `<p><span class="h-card"><a href="${PUBLIC_ORIGIN}/@${target.username}" class="u-url mention">@<span>${target.username}</span></a></span> inbox benchmark post ${k} from ${a.username}, about #benchmarks and nothing else</p>`,
          published,
          url: note,
          to: [AS_PUBLIC],
          cc,
          sensitive: false,
          tag: [{ type: "Mention", href: target.uri, name: `@${target.username}@bench.test` }],
        },
      });
    };
    const sign = async (actor: number, k: number): Promise<Signed> => {
      const body = activity(actor, k);
      const bytes = new TextEncoder().encode(body);
      const request = new Request(`${PUBLIC_ORIGIN}/inbox`, {
        method: "POST",
        headers: { "content-type": "application/activity+json" },
        body: bytes,
      });
      const signed = await signRequest(request, keys[actor]!.privateKey, new URL(`${actors[actor]!.uri}#main-key`), {
        spec: "draft-cavage-http-signatures-12",
        body: bytes.buffer as ArrayBuffer,
      });
      const headers: Record<string, string> = {};
      signed.headers.forEach((value, name) => (headers[name] = value));
      return { headers, body };
    };
    const remoteStatuses = async () => Number((await watcher.query<{ n: string }>("SELECT count(*) AS n FROM statuses WHERE NOT local")).rows[0]!.n);

    // 1. Warm-up: the server learns each actor (key fetched and cached, account stored).
    log(`  warm-up: one Create from each of ${actorCount} actors, then a worker processes them`);
    const warm0 = now();
    let k = 0;
    for (let i = 0; i < actorCount; i++) {
      const answer = await post(server, await sign(i, k++));
      if (answer.status !== 202) throw new Error(`warm-up POST answered ${answer.status}: ${answer.text.slice(0, 300)}`);
    }
    worker = await startWorker(db.url, env);
    if ((await drained(watcher, now(), 120, log)) === null) throw new Error("warm-up jobs were not processed in 120 s");
    await worker.stop();
    worker = undefined;
    const known = Number((await watcher.query<{ n: string }>("SELECT count(*) AS n FROM accounts WHERE domain IS NOT NULL")).rows[0]!.n);
    const stored = await remoteStatuses();
    if (known !== actorCount || stored !== actorCount) throw new Error(`warm-up: ${known} remote accounts and ${stored} remote statuses, expected ${actorCount} each`);
    const warmup = { actorFetches: mock.fetches(), seconds: round((now() - warm0) / 1000, 1) ?? 0 };
    log(`    ${known} actors known, ${warmup.actorFetches} actor fetches, ${warmup.seconds} s`);

    // Pre-signing: enough for every run (autocannon builds one spare request per connection).
    const floorCount = Math.min(config.inbox.floorCount, count);
    const floorWarmup = Math.min(1_000, floorCount);
    const total = count + mixedCount + (floorCount > 0 ? floorCount + floorWarmup : 0) + 6 * connections;
    log(`  signing ${total} requests (draft-cavage, RSA-2048, ${actorCount} actors)`);
    const sign0 = now();
    const signedPool: Signed[] = [];
    const BATCH = 256;
    for (let done = 0; done < total; done += BATCH) {
      const batch = await Promise.all(Array.from({ length: Math.min(BATCH, total - done) }, (_, j) => sign((done + j) % actorCount, k + done + j)));
      signedPool.push(...batch);
    }
    k += total;
    const signing = { requests: total, seconds: round((now() - sign0) / 1000, 1) ?? 0 };
    log(`    ${signing.seconds} s; ${Buffer.byteLength(signedPool[0]!.body)} bytes per body`);
    let used = 0;
    const slice = (n: number) => {
      const part = signedPool.slice(used, used + n + connections);
      used += n + connections;
      return part;
    };

    const fetchesBeforeLoad = mock.fetches();
    // 2. Ingest: the web process alone (no worker running).
    log(`  ingest (web process, PROCESS_JOBS=false): ${warmupRequests} warm-up + ${count - warmupRequests} measured POSTs, ${connections} connections`);
    const warmBlast = await blast(server, slice(warmupRequests), warmupRequests, connections, watch);
    const ingestSampler = sampleStatements(sampler, db.name, samplerPid);
    const measured = await blast(server, slice(count - warmupRequests), count - warmupRequests, connections, watch);
    const ingestStatements = await ingestSampler();
    const jobsQueued = await pending(watcher);
    const rssAfterIngest = rssBytes(server.pid);
    const ingest = { ...measured, warmupRequests, jobsQueued, postgresActivity: ingestStatements };
    log(`    => ${measured.perS} accepted/s, p50 ${measured.latencyMs.p50} / p99 ${measured.latencyMs.p99} / p99.9 ${measured.latencyMs.p999} ms, ` +
      `errors ${JSON.stringify(measured.errors)}; CPU/request server ${measured.cpuPerRequestMs.server} ms, PG ${measured.cpuPerRequestMs.postgres} ms; ` +
      `${jobsQueued} jobs queued (${warmBlast.accepted + measured.accepted} accepted); load ${measured.load}`);

    logActivity(log, ingestStatements);

    // 2b. The floor: the same kind of POSTs to a bare verifier + enqueue on the same database.
    let floor: InboxResult["floor"] = null;
    if (floorCount > 0) {
      log(`  floor (inbox-floor.ts: Digest, cached-key RSA verify, one INSERT): ${floorWarmup} warm-up + ${floorCount} POSTs`);
      const keysFile = join(tmpdir(), `fedigraph-bench-keys-${process.pid}.json`);
      writeFileSync(keysFile, JSON.stringify(Object.fromEntries(actors.map((a) => [`${a.uri}#main-key`, { owner: a.uri, publicKeyPem: a.publicKeyPem }]))));
      const port = await freePort();
      const child = fork(fileURLToPath(new URL("./inbox-floor.ts", import.meta.url)), [db.url, String(port), keysFile], {
        cwd: ROOT,
        execArgv: ["--import", "tsx"],
        stdio: ["ignore", "inherit", "inherit", "ipc"],
      });
      try {
        await new Promise<void>((resolve, reject) => {
          child.once("message", () => resolve());
          child.once("exit", (code) => reject(new Error(`inbox-floor.ts exited with ${code}`)));
        });
        const target = { pid: child.pid!, url: `http://127.0.0.1:${port}` };
        await blast(target, slice(floorWarmup), floorWarmup, connections, watch);
        const run = await blast(target, slice(floorCount), floorCount, connections, watch);
        const queued = Number((await watcher.query<{ n: string }>(`SELECT count(*) AS n FROM jobs WHERE queue = '${FLOOR_QUEUE}'`)).rows[0]!.n);
        const refused = await new Promise<Record<string, number>>((resolve) => {
          child.once("message", (message: { refused?: Record<string, number> }) => resolve(message.refused ?? {}));
          child.send({ type: "stop" });
        });
        floor = { ...run, jobsQueued: queued, refused };
        log(`    => ${run.perS} accepted/s, p50 ${run.latencyMs.p50} / p99 ${run.latencyMs.p99} / p99.9 ${run.latencyMs.p999} ms, errors ${JSON.stringify(run.errors)}; ` +
          `CPU/request server ${run.cpuPerRequestMs.server} ms, PG ${run.cpuPerRequestMs.postgres} ms; ${queued} jobs queued; refused ${JSON.stringify(refused)}; load ${run.load}`);
      } finally {
        if (child.exitCode === null) child.kill("SIGKILL");
        rmSync(keysFile, { force: true });
        await watcher.query(`DELETE FROM jobs WHERE queue = '${FLOOR_QUEUE}'`);
      }
    }

    // 3. Drain the backlog: a `worker` process, from its start until no job is left.
    log(`  drain: ${workerCount === 1 ? "a worker process" : `${workerCount} worker processes`} for the ${jobsQueued} queued jobs`);
    const drainCpuPg = await backendCpuMeter(watcher, db.name, [self, samplerPid], cpuSeconds);
    const spawned = now();
    drainWorkers = await Promise.all(Array.from({ length: workerCount }, () => startWorker(db.url, env)));
    // timed from the first one running
    const readyAt = Math.min(...drainWorkers.map((w) => w.readyAt));
    const startupS = round((readyAt - spawned) / 1000, 2);
    const drainSampler = sampleStatements(sampler, db.name, samplerPid);
    const drainS = await drained(watcher, readyAt, drainTimeoutS, log);
    const drainStatements = await drainSampler();
    const drainServerCpu = round(drainWorkers.reduce((sum, w) => sum + cpuSeconds(w.pid), 0), 2);
    const drainPgCpu = round(await drainCpuPg(), 2);
    await Promise.all(drainWorkers.map((w) => w.stop()));
    drainWorkers = [];
    const counts = (await watcher.query<{ remaining: string; failed: string; retried: string }>(
      `SELECT count(*) FILTER (WHERE failed_at IS NULL) AS remaining, count(*) FILTER (WHERE failed_at IS NOT NULL) AS failed,
              count(*) FILTER (WHERE attempts > 1 OR last_error IS NOT NULL) AS retried FROM jobs WHERE queue = 'fedify'`,
    )).rows[0]!;
    const storedAfter = await remoteStatuses();
    const processed = jobsQueued - Number(counts.remaining) - Number(counts.failed);
    const perJob = (s: number | null) => (s === null || processed <= 0 ? null : round((s * 1000) / processed, 3));
    const drain = {
      jobs: jobsQueued,
      workers: workerCount,
      seconds: drainS,
      startupS,
      processed,
      jobsPerS: drainS ? Math.round(jobsQueued / drainS) : round(processed / drainTimeoutS, 1),
      remaining: Number(counts.remaining),
      failed: Number(counts.failed),
      retried: Number(counts.retried),
      remoteStatuses: storedAfter,
      cpuSeconds: { server: drainServerCpu, postgres: drainPgCpu },
      cpuPerJobMs: { server: perJob(drainServerCpu), postgres: perJob(drainPgCpu) },
      postgresActivity: drainStatements,
      load: loadAverage(),
    };
    log(`    => ${drainS === null ? `not drained in ${drainTimeoutS} s: ${processed} done (${drain.jobsPerS} jobs/s), ${drain.remaining} left` : `drained in ${drainS} s (${drain.jobsPerS} jobs/s)`} ` +
      `(the ${workerCount === 1 ? "worker" : "first worker"} started in ${startupS} s); ` +
      `${drain.failed} failed, ${drain.retried} retried; ${storedAfter} remote statuses stored; CPU/job worker ${drain.cpuPerJobMs.server} ms, PG ${drain.cpuPerJobMs.postgres} ms; load ${drain.load}`);

    logActivity(log, drainStatements);

    if (drainS === null) {
      // not drained in time: what is left goes, so that the mixed run starts from an empty queue
      await watcher.query("DELETE FROM jobs WHERE queue = 'fedify'");
    }

    // 4. Ingest while processing: the default deployment, one `serve` process doing both.
    let mixed: InboxResult["mixed"] = null;
    if (mixedCount > 0) {
      await server.stop();
      server = await startServer(db.url, config.serverLogLevel, env);
      log(`  mixed: ${mixedCount} POSTs to one \`serve\` process that also runs the jobs`);
      const processed0 = await remoteStatuses();
      const run = await blast(server, slice(mixedCount), mixedCount, connections, watch);
      const backlogAtEnd = await pending(watcher);
      const processedDuring = (await remoteStatuses()) - processed0;
      const after = await drained(watcher, now(), drainTimeoutS, log);
      mixed = { ...run, processedDuring, backlogAtEnd, drainedAfterS: after };
      log(`    => ${run.perS} accepted/s, p50 ${run.latencyMs.p50} / p99 ${run.latencyMs.p99} / p99.9 ${run.latencyMs.p999} ms, errors ${JSON.stringify(run.errors)}; ` +
        `${processedDuring} processed meanwhile (${Math.round(processedDuring / run.durationS)}/s), ${backlogAtEnd} left, drained ${after} s later; load ${run.load}`);
    }
    const actorFetchesDuringLoad = mock.fetches() - fetchesBeforeLoad;
    if (actorFetchesDuringLoad > 0) log(`  note: ${actorFetchesDuringLoad} actor fetches during the load (keys not cached?)`);
    return {
      actors: actorCount,
      connections,
      activity: "Create(Note) mentioning a local account, to the shared inbox",
      bodyBytes: Buffer.byteLength(signedPool[0]!.body),
      signing,
      warmup,
      ingest,
      floor,
      drain,
      mixed,
      actorFetchesDuringLoad,
      serverRssMiB: { before: mib(rssBefore), after: mib(rssAfterIngest) },
    };
  } finally {
    await watcher.end().catch(() => undefined);
    await sampler.end().catch(() => undefined);
    await worker?.stop();
    await Promise.all(drainWorkers.map((w) => w.stop()));
    await server?.stop();
    mock?.server.close();
    await db.cleanup();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const config = loadConfig();
  runInbox(config)
    .then((result) => console.log(JSON.stringify(result, null, 2)))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
