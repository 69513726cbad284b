// PostgreSQL helpers: a fresh database per run, migrations (the server's own migrator),
// and which backend processes belong to a database (to charge their CPU).
import pg from "pg";
import { migrate } from "../../../src/db/migrate.js";

export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function createDatabase(adminUrl: string, name: string): Promise<string> {
  await withClient(adminUrl, (client) => client.query(`CREATE DATABASE ${quote(name)}`));
  const url = databaseUrl(adminUrl, name);
  await migrateDatabase(url);
  return url;
}

/** Applies the server's migrations (what buildApp does at start). */
export async function migrateDatabase(url: string): Promise<string[]> {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  try {
    return await migrate(pool);
  } finally {
    await pool.end();
  }
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`));
}

export async function databaseExists(adminUrl: string, name: string): Promise<boolean> {
  return withClient(adminUrl, async (client) => {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    return rowCount === 1;
  });
}

export async function serverVersion(url: string): Promise<string> {
  return withClient(url, async (client) => (await client.query<{ v: string }>("SELECT version() AS v")).rows[0]!.v);
}

/** pids of the backends connected to `database`, except `exclude` (our own pollers). */
export async function backendPids(client: pg.Client, database: string, exclude: number[] = []): Promise<number[]> {
  const { rows } = await client.query<{ pid: number }>(
    "SELECT pid FROM pg_stat_activity WHERE datname = $1 AND backend_type = 'client backend' AND NOT pid = ANY($2::int[])",
    [database, exclude],
  );
  return rows.map((row) => row.pid);
}

export async function myPid(client: pg.Client): Promise<number> {
  return (await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid;
}

/** Transactions committed or rolled back in `database` so far (statistics lag by up to ~1 s). */
export async function transactionCount(client: pg.Client, database: string): Promise<number> {
  const { rows } = await client.query<{ n: string }>(
    "SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = $1",
    [database],
  );
  return Number(rows[0]?.n ?? 0);
}

/**
 * CPU seconds used by `database`'s client backends (except `exclude`) between two calls:
 * `const done = await backendCpuMeter(...); ...; const seconds = await done();` Backends
 * that connect in between count in full; ones that exit in between are lost.
 */
export async function backendCpuMeter(client: pg.Client, database: string, exclude: number[], cpuOf: (pid: number) => number) {
  const before = new Map((await backendPids(client, database, exclude)).map((pid) => [pid, cpuOf(pid)]));
  return async () => {
    const pids = await backendPids(client, database, exclude);
    return pids.reduce((sum, pid) => sum + cpuOf(pid) - (before.get(pid) ?? 0), 0);
  };
}
