// What an admin command needs, and nothing more: the database and the services' other
// dependencies. No HTTP server, no workers, no federation.
//
// The database: DATABASE_URL when set. Otherwise the embedded PostgreSQL in DATA_DIR: a running
// server owns it, so the command connects to it (its port is in postmaster.pid); with no server
// running, the command starts the cluster itself and stops it when done.
//
// The event bus has no subscribers: what services announce after commit is not acted on here.
// So federation does not hear of a change made from the CLI (a suspension is not sent to other
// servers as Delete/Update; follows a domain suspension severs are not Rejected/Undone remotely),
// and a running server notices revoked tokens, settings and domain blocks when its caches
// expire (30 s, 10 s, 30 s) rather than at once.
import { join } from "node:path";
import type { Config } from "../config.js";
import { createPool, createPrisma } from "../db/client.js";
import { runningServerDatabaseUrl, startEmbeddedPostgres, type EmbeddedDatabase } from "../db/embedded.js";
import { migrate } from "../db/migrate.js";
import { createEventBus } from "../events/bus.js";
import type { ServiceDeps } from "../services/context.js";
import { fileStorage } from "../storage/media-storage.js";

export interface CliDeps {
  deps: ServiceDeps;
  close(): Promise<void>;
}

export async function openDeps(config: Config): Promise<CliDeps> {
  let embedded: EmbeddedDatabase | undefined;
  let url = config.databaseUrl ?? runningServerDatabaseUrl(config.dataDir);
  if (!url) {
    embedded = await startEmbeddedPostgres(config.dataDir, { port: config.embeddedPgPort });
    url = embedded.url;
  }
  const pool = createPool(url, 4);
  pool.on("error", () => undefined);
  try {
    // A first command on a new DATA_DIR (creating the first admin) finds no tables yet.
    await migrate(pool);
  } catch (error) {
    await pool.end();
    await embedded?.stop();
    throw error;
  }
  const db = createPrisma(pool);
  const events = createEventBus(() => undefined);
  const storage = fileStorage(join(config.dataDir, "media"), config.publicUrl);
  return {
    deps: { db, pool, config, events, storage },
    async close() {
      await events.drain();
      await db.$disconnect();
      await pool.end();
      await embedded?.stop();
    },
  };
}
