// Fedify's key-value store (remote document and key caches, inbox idempotence) on our
// PostgreSQL: one row per key in `fedify_kv`. A key's parts are stored as a JSON array
// (JSON.stringify is canonical for an array of strings), so a prefix match is "starts with
// the prefix's array minus its closing bracket, then a comma". Expired rows are ignored on
// read and removed by `sweep()`, which the server runs periodically.
import type { KvKey, KvStore, KvStoreListEntry, KvStoreSetOptions } from "@fedify/fedify";
import { Temporal } from "@js-temporal/polyfill";
import type pg from "pg";

const LIVE = "(expires_at IS NULL OR expires_at > now())";

const encode = (key: KvKey) => JSON.stringify(key);

/** The row's expiry for a TTL (a Temporal.Duration or anything Duration.from accepts). */
function expiry(options?: KvStoreSetOptions): Date | null {
  if (options?.ttl == null) return null;
  const ttl = Temporal.Duration.from(options.ttl as Temporal.DurationLike);
  // Added to a UTC date-time so that calendar units (days, weeks) are allowed too.
  return new Date(Temporal.Now.zonedDateTimeISO("UTC").add(ttl).epochMilliseconds);
}

/** The value as a JSON text for a jsonb parameter (`undefined` is not JSON: stored as null). */
const json = (value: unknown) => JSON.stringify(value ?? null);

export interface PostgresKvStore extends KvStore {
  cas: NonNullable<KvStore["cas"]>;
  /** Deletes expired rows; returns how many. */
  sweep(): Promise<number>;
}

/**
 * Which signature standard each server accepts (Fedify reads it before and writes it after
 * every delivery) is a hint kept in memory: every record is read once, when the first is
 * asked for; a record not there is absent (no query per new server), and a change is written
 * behind, many in one statement. Another process learning otherwise meanwhile, or a write lost
 * in a crash, costs at worst one retried signature.
 */
const MEMORISED = encode(["_fedify", "httpMessageSignaturesSpec"]).slice(0, -1) + ",";
const MEMORY_LIMIT = 50_000;

/** Memorised records in memory, loaded once, written behind. */
function memorised(pool: pg.Pool) {
  const memory = new Map<string, string>();
  let loaded: Promise<void> | null = null;
  let pending = new Map<string, string>();
  const keep = (k: string, text: string) => {
    if (!memory.has(k) && memory.size >= MEMORY_LIMIT) memory.delete(memory.keys().next().value!);
    memory.set(k, text);
  };
  const flush = async () => {
    const batch = pending;
    pending = new Map();
    await pool
      .query({
        name: "fedify_kv_set_many",
        text: `INSERT INTO fedify_kv (key, value, expires_at) SELECT k, v::jsonb, NULL FROM unnest($1::text[], $2::text[]) AS t(k, v)
               ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, expires_at = NULL`,
        values: [[...batch.keys()], [...batch.values()]],
      })
      .catch(() => undefined); // a hint: the next delivery learns it again
  };
  return {
    async get(k: string): Promise<string | undefined> {
      loaded ??= pool
        .query<{ key: string; value: unknown }>(`SELECT key, value FROM fedify_kv WHERE starts_with(key, $1) AND ${LIVE} LIMIT ${MEMORY_LIMIT}`, [MEMORISED])
        .then(({ rows }) => rows.forEach((row) => memory.has(row.key) || keep(row.key, json(row.value))))
        .catch((error: unknown) => {
          loaded = null;
          throw error;
        });
      await loaded;
      return memory.get(k);
    },
    set(k: string, value: unknown) {
      const text = json(value);
      if (memory.get(k) === text) return;
      keep(k, text);
      if (pending.size === 0) setImmediate(() => void flush());
      pending.set(k, text);
    },
    forget(k: string) {
      memory.delete(k);
      pending.delete(k);
    },
  };
}

export function postgresKvStore(pool: pg.Pool): PostgresKvStore {
  const hints = memorised(pool);
  return {
    async get<T = unknown>(key: KvKey): Promise<T | undefined> {
      const k = encode(key);
      if (k.startsWith(MEMORISED)) {
        const known = await hints.get(k);
        return known === undefined ? undefined : (JSON.parse(known) as T);
      }
      const { rows } = await pool.query<{ value: T }>({
        name: "fedify_kv_get",
        text: `SELECT value FROM fedify_kv WHERE key = $1 AND ${LIVE}`,
        values: [k],
      });
      return rows[0]?.value;
    },

    async set(key: KvKey, value: unknown, options?: KvStoreSetOptions): Promise<void> {
      const k = encode(key);
      if (k.startsWith(MEMORISED) && options?.ttl == null) return hints.set(k, value);
      hints.forget(k);
      await pool.query({
        name: "fedify_kv_set",
        text: `INSERT INTO fedify_kv (key, value, expires_at) VALUES ($1, $2::jsonb, $3)
               ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, expires_at = EXCLUDED.expires_at`,
        values: [k, json(value), expiry(options)],
      });
    },

    async delete(key: KvKey): Promise<void> {
      hints.forget(encode(key));
      await pool.query({ name: "fedify_kv_delete", text: "DELETE FROM fedify_kv WHERE key = $1", values: [encode(key)] });
    },

    async cas(key: KvKey, expected: unknown, next: unknown, options?: KvStoreSetOptions): Promise<boolean> {
      const k = encode(key);
      hints.forget(k);
      let result: pg.QueryResult;
      if (expected === undefined && next === undefined) {
        result = await pool.query(`SELECT 1 FROM fedify_kv WHERE key = $1 AND ${LIVE}`, [k]);
        return result.rowCount === 0;
      }
      if (expected === undefined) {
        // Absent (or expired) -> set.
        result = await pool.query(
          `INSERT INTO fedify_kv AS existing (key, value, expires_at) VALUES ($1, $2::jsonb, $3)
           ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, expires_at = EXCLUDED.expires_at
           WHERE existing.expires_at IS NOT NULL AND existing.expires_at <= now()
           RETURNING 1`,
          [k, json(next), expiry(options)],
        );
      } else if (next === undefined) {
        result = await pool.query(
          `DELETE FROM fedify_kv WHERE key = $1 AND ${LIVE} AND value = $2::jsonb RETURNING 1`,
          [k, json(expected)],
        );
      } else {
        result = await pool.query(
          `UPDATE fedify_kv SET value = $3::jsonb, expires_at = $4
           WHERE key = $1 AND ${LIVE} AND value = $2::jsonb RETURNING 1`,
          [k, json(expected), json(next), expiry(options)],
        );
      }
      return (result.rowCount ?? 0) > 0;
    },

    async *list(prefix?: KvKey): AsyncIterable<KvStoreListEntry> {
      let result: pg.QueryResult<{ key: string; value: unknown }>;
      if (prefix == null || prefix.length === 0) {
        result = await pool.query(`SELECT key, value FROM fedify_kv WHERE ${LIVE} ORDER BY key`);
      } else {
        const exact = encode(prefix);
        result = await pool.query(
          `SELECT key, value FROM fedify_kv WHERE (key = $1 OR starts_with(key, $2)) AND ${LIVE} ORDER BY key`,
          [exact, `${exact.slice(0, -1)},`],
        );
      }
      for (const row of result.rows) yield { key: JSON.parse(row.key) as KvKey, value: row.value };
    },

    async sweep(): Promise<number> {
      const result = await pool.query("DELETE FROM fedify_kv WHERE expires_at <= now()");
      return result.rowCount ?? 0;
    },
  };
}
