// Starts the real application on a fresh database, in-process, for one test file.
import { print } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { pino } from "pino";
import { inject } from "vitest";
import { buildApp, type App } from "../../src/app.js";
import { parseConfig } from "../../src/config.js";
import { freePort } from "./server-process.js";

export interface GqlResult<T> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
}

export interface TestApp {
  app: App;
  databaseUrl: string;
  /** every SQL statement run since the last reset */
  queries: string[];
  gql<T, V>(document: TypedDocumentNode<T, V>, variables?: V, token?: string | null): Promise<GqlResult<T>>;
  raw(body: unknown, token?: string | null): Promise<Response>;
  close(): Promise<void>;
}

let counter = 0;

export async function createDatabase(): Promise<string> {
  const adminUrl = inject("adminUrl");
  const name = `fgt_${inject("runId")}_${process.pid}_${counter++}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** `options.databaseUrl`: share another test app's database (several instances of one server). */
export async function startTestApp(env: Record<string, string> = {}, options: { databaseUrl?: string } = {}): Promise<TestApp> {
  const databaseUrl = options.databaseUrl ?? (await createDatabase());
  const dataDir = mkdtempSync(join(tmpdir(), "fedigraph-test-"));
  const config = parseConfig({
    DATABASE_URL: databaseUrl,
    DATA_DIR: dataDir,
    PORT: "0",
    PUBLIC_URL: "http://localhost:3000",
    LOG_LEVEL: "silent",
    ...env,
  });
  const queries: string[] = [];
  const app = await buildApp(config, { logger: pino({ level: "silent" }), onQuery: (sql) => queries.push(sql) });
  const raw = async (body: unknown, token?: string | null) =>
    app.fetch(
      new Request("http://localhost/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      }),
    );
  return {
    app,
    databaseUrl,
    queries,
    raw,
    async gql(document, variables, token) {
      const response = await raw({ query: print(document), variables }, token);
      return (await response.json()) as never;
    },
    async close() {
      await app.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A test app listening on a free port, with PUBLIC_URL pointing at it: clients (masto.js,
 * megalodon, browsers) follow the absolute URLs the server hands out.
 */
export async function startListeningApp(env: Record<string, string> = {}): Promise<{ t: TestApp; url: string }> {
  const port = await freePort();
  const t = await startTestApp({ PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}`, ...env });
  return { t, url: `http://127.0.0.1:${await t.app.listen()}` };
}

/** Two listening servers that federate over plain HTTP on this machine (ALLOW_PRIVATE_NETWORK). */
export async function startFederatingPair(): Promise<[TestApp, TestApp]> {
  const started = await Promise.all([startListeningApp({ ALLOW_PRIVATE_NETWORK: "true" }), startListeningApp({ ALLOW_PRIVATE_NETWORK: "true" })]);
  return [started[0].t, started[1].t];
}
