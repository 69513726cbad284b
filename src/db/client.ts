// One pg pool per process, shared by Prisma (through @prisma/adapter-pg) and the few
// hand-written SQL queries on hot paths.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient, type Prisma } from "../generated/prisma/client.js";

export type Db = PrismaClient;
/** The client handed to a `$transaction` callback. */
export type Tx = Prisma.TransactionClient;

// Raw queries get BIGINT as BigInt and TIMESTAMP (stored in UTC by Prisma) as UTC
// dates, as Prisma does.
const INT8 = 20;
const TIMESTAMP = 1114;
const types = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (format !== "binary") {
      if (oid === INT8) return (value: string) => BigInt(value);
      if (oid === TIMESTAMP) return (value: string) => new Date(`${value.replace(" ", "T")}Z`);
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return pg.types.getTypeParser(oid, format as any);
  },
};

/** How a pool's sessions are set up: "web" as PostgreSQL's defaults, "worker" for `worker` processes. */
export type SessionKind = "web" | "worker";

/**
 * Worker sessions (processes that run queued jobs and answer nobody):
 * - Asynchronous commit: a commit returns before its WAL is flushed, so the jobs' many small
 *   transactions stop waiting on the disk one by one. Only a crash of PostgreSQL itself (not of
 *   the worker) can lose the last fraction of a second of them, and since the WAL keeps commits
 *   in order, a job whose removal survives had its effects survive too: anything lost is a job
 *   that runs again (jobs run at least once already; a delivery sent again is dropped by its
 *   receiver as a duplicate). What was answered to a client or another server (an API write,
 *   an accepted inbox POST) was committed by a web process, with synchronous commit, and so
 *   was the outbox event of every local change, from which the deliveries are made.
 * - Generic plans: jobs run the same few statements all the time (look-ups and set-based writes
 *   by id), and PostgreSQL kept planning some of them anew on every run (the home fan-out:
 *   0.8 ms of planning for 0.1 ms of work). Web processes keep custom plans, which timeline
 *   pages need.
 */
const WORKER_OPTIONS = "-c synchronous_commit=off -c plan_cache_mode=force_generic_plan";

/** `onQuery` sees every SQL text sent through the pool (used to count queries in tests). */
export function createPool(url: string, max = 20, onQuery?: (sql: string) => void, session: SessionKind = "web"): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    types: types as pg.CustomTypesConfig,
    ...(session === "worker" ? { options: WORKER_OPTIONS } : {}),
  });
  if (onQuery) {
    pool.on("connect", (client) => {
      const query = client.query.bind(client) as (...args: unknown[]) => unknown;
      (client as unknown as { query: typeof query }).query = (...args: unknown[]) => {
        const first = args[0] as string | { text: string };
        onQuery(typeof first === "string" ? first : first.text);
        return query(...args);
      };
    });
  }
  return pool;
}

export function createPrisma(pool: pg.Pool): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg(pool) });
}
