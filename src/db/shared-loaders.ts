// Process-wide batching shared by every request and live subscription. A new status
// pushed to 10 000 subscribers costs one facts query and one query per viewer flag,
// not one per subscriber. Nothing is cached for long: entries expire after a few
// seconds, so edits and deletions are seen by the next event.
import DataLoader from "dataloader";
import type { StatusFacts } from "../core/visibility.js";
import type { Db } from "./client.js";
import { loadStatusFacts } from "./status-facts.js";

export type FlagTable = "favourites" | "bookmarks" | "pins" | "reblogs";

interface FlagKey {
  table: FlagTable;
  viewerId: bigint;
  statusId: bigint;
}

const FACTS_TTL_MS = 2_000;

const FLAG_SQL: Record<FlagTable, string> = {
  favourites: "SELECT account_id, status_id FROM favourites",
  bookmarks: "SELECT account_id, status_id FROM bookmarks",
  pins: "SELECT account_id, status_id FROM pins",
  reblogs: "SELECT account_id, reblog_of_id AS status_id FROM statuses",
};

async function loadFlags(db: Db, keys: readonly FlagKey[]): Promise<boolean[]> {
  // One query per table for any mix of (viewer, status) pairs.
  const tables = new Map<FlagTable, FlagKey[]>();
  for (const key of keys) tables.set(key.table, [...(tables.get(key.table) ?? []), key]);
  const found = new Set<string>();
  await Promise.all(
    [...tables].map(async ([table, group]) => {
      const column = table === "reblogs" ? "reblog_of_id" : "status_id";
      const rows = await db.$queryRawUnsafe<{ account_id: bigint; status_id: bigint }[]>(
        `${FLAG_SQL[table]} WHERE (account_id, ${column}) IN (SELECT * FROM unnest($1::bigint[], $2::bigint[]))
         ${table === "reblogs" ? "AND deleted_at IS NULL" : ""}`,
        group.map((key) => String(key.viewerId)),
        group.map((key) => String(key.statusId)),
      );
      for (const row of rows) found.add(`${table}:${row.account_id}:${row.status_id}`);
    }),
  );
  return keys.map((key) => found.has(`${key.table}:${key.viewerId}:${key.statusId}`));
}

export function createSharedLoaders(db: Db) {
  const flags = new DataLoader<FlagKey, boolean, string>((keys) => loadFlags(db, keys), {
    cache: false,
    maxBatchSize: 5_000,
  });

  const facts = new Map<bigint, { expires: number; value: Promise<StatusFacts | undefined> }>();
  const factsLoader = new DataLoader<bigint, StatusFacts | undefined, string>(
    async (ids) => {
      const loaded = await loadStatusFacts(db, ids);
      return ids.map((id) => loaded.get(id));
    },
    { cache: false, cacheKeyFn: String },
  );

  return {
    flag: (table: FlagTable, viewerId: bigint, statusId: bigint) => flags.load({ table, viewerId, statusId }),
    /** Facts of a status, shared for a moment by everyone who asks (live fan-out). */
    recentFacts(id: bigint): Promise<StatusFacts | undefined> {
      const now = Date.now();
      const hit = facts.get(id);
      if (hit && hit.expires > now) return hit.value;
      if (facts.size > 10_000) {
        for (const [key, entry] of facts) if (entry.expires <= now) facts.delete(key);
      }
      const value = factsLoader.load(id);
      facts.set(id, { expires: now + FACTS_TTL_MS, value });
      return value;
    },
    /** Forget a status' facts (after a change that the next event must see). */
    forget(id: bigint) {
      facts.delete(id);
    },
  };
}

export type SharedLoaders = ReturnType<typeof createSharedLoaders>;
