// The database a benchmark runs on: a fresh one, migrated and seeded (dropped afterwards
// unless BENCH_KEEP=1), or an already seeded one named by BENCH_DB (never dropped).
import { readWorld, seedWorld, type WorldMeta } from "../seed.js";
import type { BenchConfig } from "./config.js";
import { createDatabase, databaseExists, databaseUrl, dropDatabase } from "./pg.js";

export interface World {
  name: string;
  url: string;
  meta: WorldMeta;
  /** drops the database when this run created it (and BENCH_KEEP is not set) */
  cleanup(): Promise<void>;
}

export async function prepareWorld(config: BenchConfig, log: (line: string) => void = console.log): Promise<World> {
  if (config.reuseDb) {
    const url = databaseUrl(config.adminUrl, config.reuseDb);
    if (!(await databaseExists(config.adminUrl, config.reuseDb))) throw new Error(`BENCH_DB=${config.reuseDb} does not exist`);
    const meta = await readWorld(url);
    if (!meta) throw new Error(`BENCH_DB=${config.reuseDb} was not seeded by test/bench/seed.ts`);
    log(`using seeded database ${config.reuseDb} (seeded ${meta.seededAt})`);
    return { name: config.reuseDb, url, meta, cleanup: async () => undefined };
  }
  const name = `fedigraph_bench_${Date.now().toString(36)}_${process.pid}`;
  log(`creating database ${name}`);
  const url = await createDatabase(config.adminUrl, name);
  const cleanup = async () => {
    if (config.keep) {
      log(`kept database ${name} (BENCH_KEEP=1); reuse it with BENCH_DB=${name}`);
      return;
    }
    await dropDatabase(config.adminUrl, name);
    log(`dropped database ${name}`);
  };
  try {
    log(`seeding (${config.scale}): ${config.world.users} users, ${config.world.statuses} statuses, ` +
      `${config.world.followsPerUser} follows each, celebrity with ${config.world.celebrityFollowers} followers`);
    const meta = await seedWorld(url, config.world, log);
    log(`seeded in ${meta.seedSeconds} s: ${JSON.stringify(meta.counts)}`);
    return { name, url, meta, cleanup };
  } catch (error) {
    await cleanup().catch(() => undefined);
    throw error;
  }
}

/** Runs `fn` on a world and always cleans up, also on Ctrl-C. */
export async function withWorld<T>(config: BenchConfig, fn: (world: World) => Promise<T>, log = console.log): Promise<T> {
  const world = await prepareWorld(config, log);
  const onSignal = () => {
    void world.cleanup().finally(() => process.exit(130));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    return await fn(world);
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    await world.cleanup();
  }
}
