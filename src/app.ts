// The composition root: the only place that wires implementations together.
import { getRequestListener } from "@hono/node-server";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { VIDEO_SIZE_LIMIT } from "./core/media.js";
import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import { join } from "node:path";
import { archiveRoutes } from "./activitypub/archive.js";
import { createActivityPub } from "./activitypub/federation.js";
import { hostMetaRoutes } from "./activitypub/wellknown/host-meta.js";
import type { Config } from "./config.js";
import { postgresKvStore } from "./db/fedify-kv.js";
import { createPool, createPrisma, type SessionKind } from "./db/client.js";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./db/embedded.js";
import { migrate } from "./db/migrate.js";
import { createEventBus } from "./events/bus.js";
import { subscribeHomeFeeds } from "./events/home-feeds.js";
import { subscribeListTimelines } from "./events/list-timelines.js";
import { subscribeNotifications } from "./events/notifications.js";
import { subscribePublicTimelines } from "./events/public-timelines.js";
import { createGraphQL, createWebSocketServer, GRAPHQL_PATH } from "./graphql/server.js";
import { createSharedLoaders } from "./db/shared-loaders.js";
import { createViewerCache } from "./db/viewer.js";
import { createAuthenticator } from "./http/auth.js";
import type { ApiServices } from "./http/services.js";
import { createMastodonApi } from "./mastodon/router.js";
import { createStreamingServer, STREAMING_PATH } from "./mastodon/streaming.js";
import { createLogger, type Logger } from "./http/logger.js";
import { every } from "./jobs/scheduler.js";
import { postgresJobQueue, sweepFailedJobs } from "./jobs/postgres-queue.js";
import { sweepSharedPayloads } from "./activitypub/shared-payloads.js";
import { smtpMailer } from "./mail/smtp.js";
import { isMail, MAIL_QUEUE } from "./services/mail/outbox.js";
import { trimHomeFeeds } from "./services/timelines/home-feed.js";
import { removeOrphanMedia } from "./services/media/update.js";
import { announceEndedPolls } from "./services/polls/vote.js";
import { memoryCluster, redisCluster, type Cluster, type CacheEvent } from "./realtime/cluster.js";
import type { ServiceDeps } from "./services/context.js";
import { fileStorage } from "./storage/media-storage.js";
import { mediaRoutes } from "./http/media.js";

export interface AppOptions {
  logger?: Logger;
  /** sees every SQL statement (tests count them) */
  onQuery?: (sql: string) => void;
  /** "worker" for `worker` processes, which answer nobody (db/client.ts: asynchronous commits, generic plans) */
  session?: SessionKind;
}

export type App = Awaited<ReturnType<typeof buildApp>>;

export async function buildApp(config: Config, options: AppOptions = {}) {
  const logger = options.logger ?? createLogger(config.logLevel);
  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres(join(config.dataDir), {
      port: config.embeddedPgPort,
      log: (line) => logger.debug({ postgres: line }),
    });
    databaseUrl = embedded.url;
    logger.info({ dataDir: config.dataDir }, "embedded PostgreSQL started");
  }
  const pool = createPool(databaseUrl, 20, options.onQuery, options.session);
  // An idle connection dropped by the server must not crash the process.
  pool.on("error", (error) => logger.warn({ err: error }, "database connection lost"));
  try {
    const applied = await migrate(pool);
    if (applied.length) logger.info({ migrations: applied }, "database migrated");
  } catch (error) {
    await pool.end();
    await embedded?.stop();
    throw error;
  }
  const db = createPrisma(pool);
  const events = createEventBus((error, event) => logger.error({ err: error, event: event.type }, "event handler failed"));
  let cluster: Cluster;
  try {
    cluster = config.redisUrl
      ? await redisCluster(config.redisUrl, (error) => logger.warn({ err: error }, "redis"))
      : memoryCluster();
  } catch (error) {
    await pool.end();
    await embedded?.stop();
    throw new Error(`REDIS_URL: cannot connect (${(error as Error).message})`);
  }
  const realtime = cluster.realtime;
  const storage = fileStorage(join(config.dataDir, "media"), config.publicUrl);
  const deps: ServiceDeps = { db, pool, config, events, storage };
  subscribeHomeFeeds(events, deps, realtime);
  subscribeNotifications(events, deps, realtime);
  subscribePublicTimelines(events, realtime);
  subscribeListTimelines(events, deps, realtime);
  const kv = postgresKvStore(pool);
  // The durable queue: Fedify's deliveries and inbox work run on it (workers start below).
  // Its own few connections: workers polling never wait for (nor show up among) the API's queries.
  const jobPool = createPool(databaseUrl, 6, undefined, options.session);
  jobPool.on("error", (error) => logger.warn({ err: error }, "database connection lost"));
  const jobs = postgresJobQueue(jobPool, { onError: (error, queue) => logger.warn({ err: error, queue }, "job failed") });
  const activityPub = createActivityPub(deps, kv, jobs, (error) => logger.warn({ err: error }, "federation"));
  deps.remote = activityPub.resolver;
  const stopQueue = new AbortController();
  if (config.processJobs) activityPub.startQueue(stopQueue.signal);
  const mailer = config.smtpUrl ? smtpMailer(config.smtpUrl, config.mailFrom) : null;
  if (mailer && config.processJobs) {
    jobs.work(MAIL_QUEUE, async (payload) => (isMail(payload) ? mailer.send(payload) : undefined), { concurrency: 2, leaseMs: 2 * 60_000 });
  }
  const maintenance = every(
    !config.processJobs ? [] : [
      { name: "trim home feeds", intervalMs: 10 * 60_000, run: () => trimHomeFeeds(deps) },
      { name: "announce ended polls", intervalMs: 30_000, run: () => announceEndedPolls(deps) },
      { name: "remove unposted media", intervalMs: 60 * 60_000, run: () => removeOrphanMedia(deps) },
      { name: "expire federation cache", intervalMs: 60 * 60_000, run: () => kv.sweep() },
      { name: "remove failed jobs", intervalMs: 60 * 60_000, run: () => sweepFailedJobs(jobPool) },
      { name: "remove unused delivery payloads", intervalMs: 60 * 60_000, run: () => sweepSharedPayloads(jobPool) },
    ],
    (name, error) => logger.error({ err: error, task: name }, "maintenance task failed"),
  );

  const viewers = createViewerCache(pool);
  const services: ApiServices = {
    deps, realtime, shared: createSharedLoaders(pool), auth: createAuthenticator(deps), viewers, cluster,
    remote: activityPub.resolver,
  };
  // Cache evictions happen here at once, and on the other instances through the cluster.
  const revokers: ((tokenHash: string) => void)[] = [];
  const evict = (event: CacheEvent) => {
    if (event.kind === "viewer") viewers.forget(BigInt(event.accountId));
    if (event.kind === "filters") services.shared.filters.forget(BigInt(event.accountId));
    if (event.kind === "token") {
      services.auth.forgetHash(event.tokenHash);
      for (const revoke of revokers) revoke(event.tokenHash);
    }
  };
  const evictEverywhere = (event: CacheEvent) => {
    evict(event);
    cluster.broadcast(event);
  };
  cluster.onBroadcast(evict);
  events.on("relationship.changed", (event) => {
    evictEverywhere({ kind: "viewer", accountId: event.accountId });
    evictEverywhere({ kind: "viewer", accountId: event.targetAccountId });
  });
  events.on("token.revoked", (event) => evictEverywhere({ kind: "token", tokenHash: event.tokenHash }));
  events.on("tokens.usable", (event) => event.tokenHashes.forEach((tokenHash) => evictEverywhere({ kind: "token", tokenHash })));
  events.on("filters.changed", (event) => evictEverywhere({ kind: "filters", accountId: event.accountId }));
  const onUnexpected = (error: unknown) => logger.error({ err: error }, "unexpected error");
  const graphql = createGraphQL(services, onUnexpected);
  const mastodon = createMastodonApi(services, onUnexpected, { requestsPer5Minutes: config.apiRateLimit });
  let ready = true;
  const http = new Hono();
  http.use(async (c, next) => {
    const requestId = c.req.header("x-request-id")?.slice(0, 64) || randomUUID();
    const started = performance.now();
    c.header("x-request-id", requestId);
    await next();
    logger.info(
      { requestId, method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - started) },
      "request",
    );
  });
  // ActivityPub first: it answers federation requests and lets everything else through.
  http.use(activityPub.middleware);
  http.get("/healthz", (c) => c.json({ status: "ok" }));
  http.get("/readyz", async (c) => {
    if (!ready) return c.json({ status: "stopping" }, 503);
    try {
      await pool.query("SELECT 1");
      return c.json({ status: "ready" });
    } catch {
      return c.json({ status: "database unavailable" }, 503);
    }
  });
  // Uploads (GraphQL multipart requests) are read whole: cap them at the largest file we take.
  http.use(GRAPHQL_PATH, bodyLimit({ maxSize: VIDEO_SIZE_LIMIT + 1024 * 1024, onError: (c) => c.json({ error: "Request body too large" }, 413) }));
  http.all("/graphql", (c) => graphql.yoga.fetch(c.req.raw, {}));
  mediaRoutes(http, storage);
  archiveRoutes(http, activityPub.federation, deps, services.auth);
  hostMetaRoutes(http, config.publicUrl);
  http.route("/", mastodon);
  http.notFound((c) => c.json({ error: "Not found" }, 404));
  http.onError((error, c) => {
    logger.error({ err: error }, "unhandled request error");
    return c.json({ error: "Internal server error" }, 500);
  });

  let server: Server | undefined;
  let ws: ReturnType<typeof createWebSocketServer> | undefined;
  let streaming: ReturnType<typeof createStreamingServer> | undefined;

  return {
    config,
    deps,
    events,
    realtime,
    logger,
    /** the ActivityPub adapter (Fedify), for tests and later the worker */
    activityPub,
    /** the durable job queue */
    jobs,
    fetch: (request: Request) => http.fetch(request),
    /** Listens on HOST:PORT; resolves with the bound port. */
    async listen(): Promise<number> {
      server = createServer(getRequestListener(http.fetch));
      await new Promise<void>((resolve, reject) => {
        server!.once("error", reject);
        server!.listen(config.port, config.host, () => resolve());
      });
      const graphqlSockets = (ws = createWebSocketServer(graphql));
      const streamingSockets = (streaming = createStreamingServer(services));
      revokers.push(graphqlSockets.revoke, streamingSockets.revoke);
      // One HTTP server, two WebSocket endpoints: GraphQL and Mastodon streaming.
      server.on("upgrade", (request, socket, head) => {
        const path = new URL(request.url ?? "/", "http://x").pathname;
        if (path === GRAPHQL_PATH) {
          graphqlSockets.sockets.handleUpgrade(request, socket, head, (client) => graphqlSockets.sockets.emit("connection", client, request));
        } else if (path === STREAMING_PATH || path.startsWith(`${STREAMING_PATH}/`)) {
          streamingSockets.handleUpgrade(request, socket, head);
        } else {
          socket.destroy();
        }
      });
      const address = server.address();
      return typeof address === "object" && address ? address.port : config.port;
    },
    /** Stops accepting, drains HTTP and WebSocket connections, then closes the database. */
    async stop(): Promise<void> {
      ready = false;
      if (server) {
        const closed = new Promise<void>((resolve) => server!.close(() => resolve()));
        await ws?.close();
        await streaming?.close();
        server.closeIdleConnections();
        const forced = setTimeout(() => server?.closeAllConnections(), 10_000);
        await closed;
        clearTimeout(forced);
      }
      await maintenance.stop();
      await events.drain();
      stopQueue.abort();
      await jobs.stop();
      mailer?.close();
      await events.drain();
      await jobPool.end();
      await cluster.close();
      await db.$disconnect();
      await pool.end();
      await embedded?.stop();
    },
  };
}
