// Benchmark settings: a scale preset (BENCH_SCALE=small|full, full by default) with
// per-setting overrides from the environment. Everything here is read once.
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
export const RESULTS_DIR = fileURLToPath(new URL("../results", import.meta.url));

export interface BenchConfig {
  scale: "small" | "full";
  /** admin connection to the PostgreSQL server; a fresh database is created beside it */
  adminUrl: string;
  /** reuse this (already seeded) database instead of creating one; never dropped */
  reuseDb: string | undefined;
  keep: boolean;
  /** which parts run.ts runs */
  only: Set<string>;
  serverLogLevel: string;
  world: WorldParams;
  timeline: { connections: number; warmupS: number; durationS: number; first: number };
  subscriptions: { counts: number[]; posts: number; postTimeoutS: number; settleMs: number; connectConcurrency: number };
  fanout: { posts: number; timeoutS: number };
  /** inbox.ts: signed shared-inbox POSTs (count is also the backlog drained) */
  inbox: { actors: number; count: number; warmupRequests: number; mixedCount: number; floorCount: number; connections: number; drainTimeoutS: number; workers: number };
  /** delivery.ts: one post to `followers` remote followers on `hosts` mock hosts (one shared inbox each) */
  delivery: { hosts: number; followers: number; posts: number; timeoutS: number };
  /** queue.ts: the job queue alone, with a backlog of delivery-shaped and of inbox-shaped jobs */
  queue: { deliveries: number; inbox: number };
}

export interface WorldParams {
  users: number;
  statuses: number;
  followsPerUser: number;
  /** follows target = floor(users * random()^skew): 2 gives the top account ~80 % of users */
  followSkew: number;
  feedSize: number;
  /** synthetic followers of the one "celebrity" account (0: no celebrity) */
  celebrityFollowers: number;
  /** one "herald" account per size, followed by accounts 1..size (subscription benchmark) */
  heraldSizes: number[];
  /** share of feed entries the feed owner has favourited */
  favouriteRate: number;
  bookmarkRate: number;
  reblogEvery: number;
  /** the seeded statuses span this many days, ending an hour ago */
  spanDays: number;
}

const PRESETS = {
  full: {
    world: { users: 10_000, statuses: 1_000_000, celebrityFollowers: 100_000 },
    timeline: { warmupS: 10, durationS: 30 },
    subscriptions: { counts: [1_000, 10_000], posts: 5 },
    fanout: { posts: 3 },
    inbox: { count: 100_000, mixedCount: 10_000, floorCount: 30_000 },
    delivery: { hosts: 5_000, followers: 10_000 },
    queue: { deliveries: 5_000, inbox: 20_000 },
  },
  small: {
    world: { users: 1_000, statuses: 100_000, celebrityFollowers: 10_000 },
    timeline: { warmupS: 5, durationS: 10 },
    subscriptions: { counts: [1_000], posts: 3 },
    fanout: { posts: 3 },
    inbox: { count: 10_000, mixedCount: 5_000, floorCount: 10_000 },
    delivery: { hosts: 1_000, followers: 2_000 },
    queue: { deliveries: 2_000, inbox: 5_000 },
  },
} as const;

type Env = Record<string, string | undefined>;

function int(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw.replace(/_/g, ""));
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a non-negative number, got "${raw}"`);
  return value;
}

function list(env: Env, name: string, fallback: readonly number[]): number[] {
  const raw = env[name];
  if (!raw) return [...fallback];
  return raw.split(",").map((part) => int({ [name]: part.trim() }, name, 0)).filter((n) => n > 0);
}

export function loadConfig(env: Env = process.env): BenchConfig {
  const scale = (env.BENCH_SCALE ?? "full").toLowerCase();
  if (scale !== "small" && scale !== "full") throw new Error(`BENCH_SCALE must be small or full, got "${scale}"`);
  const preset = PRESETS[scale];
  const counts = list(env, "BENCH_SUBSCRIBERS", preset.subscriptions.counts);
  const world: WorldParams = {
    users: int(env, "BENCH_USERS", preset.world.users),
    statuses: int(env, "BENCH_STATUSES", preset.world.statuses),
    followsPerUser: int(env, "BENCH_FOLLOWS", 150),
    followSkew: int(env, "BENCH_FOLLOW_SKEW", 2),
    feedSize: int(env, "BENCH_FEED_SIZE", 400),
    celebrityFollowers: int(env, "BENCH_CELEBRITY_FOLLOWERS", preset.world.celebrityFollowers),
    heraldSizes: [...new Set(counts)].sort((a, b) => a - b),
    favouriteRate: 0.03,
    bookmarkRate: 0.005,
    reblogEvery: 25,
    spanDays: 30,
  };
  const accountsWithTokens = world.users + world.celebrityFollowers;
  const tooBig = world.heraldSizes.find((n) => n > accountsWithTokens);
  if (tooBig) throw new Error(`${tooBig} subscribers need at least as many users + celebrity followers (${accountsWithTokens})`);
  return {
    scale,
    adminUrl: env.BENCH_PG_URL || "postgresql://postgres@127.0.0.1:5432/postgres",
    reuseDb: env.BENCH_DB || undefined,
    keep: env.BENCH_KEEP === "1" || env.BENCH_KEEP === "true",
    only: new Set((env.BENCH_ONLY || "timeline,rest,posting,subscriptions,fanout,queue,inbox,delivery").split(",").map((s) => s.trim())),
    serverLogLevel: env.BENCH_LOG_LEVEL || "silent",
    world,
    timeline: {
      connections: int(env, "BENCH_CONNECTIONS", 32),
      warmupS: int(env, "BENCH_WARMUP", preset.timeline.warmupS),
      durationS: int(env, "BENCH_DURATION", preset.timeline.durationS),
      first: int(env, "BENCH_PAGE", 40),
    },
    subscriptions: {
      counts,
      posts: int(env, "BENCH_POSTS", preset.subscriptions.posts),
      postTimeoutS: int(env, "BENCH_POST_TIMEOUT", 120),
      settleMs: int(env, "BENCH_SETTLE_MS", 2_000),
      connectConcurrency: int(env, "BENCH_CONNECT_CONCURRENCY", 200),
    },
    fanout: { posts: int(env, "BENCH_FANOUT_POSTS", preset.fanout.posts), timeoutS: int(env, "BENCH_FANOUT_TIMEOUT", 60) },
    inbox: {
      actors: int(env, "BENCH_INBOX_ACTORS", 100),
      count: int(env, "BENCH_INBOX_COUNT", preset.inbox.count),
      warmupRequests: int(env, "BENCH_INBOX_WARMUP", 5_000),
      mixedCount: int(env, "BENCH_INBOX_MIXED", preset.inbox.mixedCount),
      floorCount: int(env, "BENCH_INBOX_FLOOR", preset.inbox.floorCount),
      connections: int(env, "BENCH_INBOX_CONNECTIONS", 32),
      drainTimeoutS: int(env, "BENCH_INBOX_DRAIN_TIMEOUT", 900),
      workers: int(env, "BENCH_INBOX_WORKERS", 1),
    },
    delivery: {
      hosts: int(env, "BENCH_DELIVERY_HOSTS", preset.delivery.hosts),
      followers: int(env, "BENCH_DELIVERY_FOLLOWERS", preset.delivery.followers),
      posts: int(env, "BENCH_DELIVERY_POSTS", 2),
      timeoutS: int(env, "BENCH_DELIVERY_TIMEOUT", 180),
    },
    queue: {
      deliveries: int(env, "BENCH_QUEUE_DELIVERIES", preset.queue.deliveries),
      inbox: int(env, "BENCH_QUEUE_INBOX", preset.queue.inbox),
    },
  };
}

/** The bearer token the seed gives account number `n` (1-based). */
export const TOKEN_PREFIX = "bench-";
export const benchToken = (n: number) => `${TOKEN_PREFIX}${n}`;
