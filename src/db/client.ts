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

/** `onQuery` sees every SQL text sent through the pool (used to count queries in tests). */
export function createPool(url: string, max = 20, onQuery?: (sql: string) => void): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, types: types as pg.CustomTypesConfig });
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
