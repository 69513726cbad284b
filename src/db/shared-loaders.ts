// Process-wide batching shared by every request and live subscription. A status
// pushed to 10 000 subscribers is loaded once and its viewer flags take one query,
// not one per subscriber. Cached rows live for two seconds only, and an edit evicts
// its status at once.
import DataLoader from "dataloader";
import type { StatusFacts } from "../core/visibility.js";
import { createLoaders } from "./loaders.js";
import type pg from "pg";
import {
  accountsById,
  directSource,
  mentionsByStatus,
  statusesById,
  tagsByStatus,
  viewerFlags,
  type RecordSource,
  type ViewerFlags,
} from "./records.js";

const TTL_MS = 2_000;
const MAX_ENTRIES = 20_000;

/** A batched, briefly cached look-up by id. */
function cachedLookup<V>(load: (ids: readonly bigint[]) => Promise<Map<bigint, V>>) {
  const cache = new Map<bigint, { expires: number; value: Promise<V | undefined> }>();
  const loader = new DataLoader<bigint, V | undefined, string>(
    async (ids) => {
      const found = await load(ids);
      return ids.map((id) => found.get(id));
    },
    { cache: false, cacheKeyFn: String, maxBatchSize: 1_000 },
  );
  return {
    async many(ids: readonly bigint[]): Promise<Map<bigint, V>> {
      const now = Date.now();
      if (cache.size > MAX_ENTRIES) for (const [key, entry] of cache) if (entry.expires <= now) cache.delete(key);
      const values = await Promise.all(
        ids.map((id) => {
          const hit = cache.get(id);
          if (hit && hit.expires > now) return hit.value;
          const value = loader.load(id);
          cache.set(id, { expires: now + TTL_MS, value });
          return value;
        }),
      );
      const out = new Map<bigint, V>();
      ids.forEach((id, i) => values[i] !== undefined && out.set(id, values[i]!));
      return out;
    },
    forget: (id: bigint) => cache.delete(id),
  };
}

const byId = <T extends { id: bigint }>(rows: T[]) => new Map(rows.map((row) => [row.id, row]));

export function createSharedLoaders(pool: pg.Pool) {
  const flags = new DataLoader<{ viewerId: bigint; statusId: bigint }, ViewerFlags, string>(
    (pairs) => viewerFlags(pool, pairs),
    { cache: false, maxBatchSize: 5_000 },
  );
  const statuses = cachedLookup(async (ids) => byId(await statusesById(pool, ids)));
  const accounts = cachedLookup(async (ids) => byId(await accountsById(pool, ids)));
  const mentions = cachedLookup(async (ids) => {
    const found = await mentionsByStatus(pool, ids);
    return new Map(ids.map((id) => [id, found.get(id) ?? []]));
  });
  const tags = cachedLookup(async (ids) => {
    const found = await tagsByStatus(pool, ids);
    return new Map(ids.map((id) => [id, found.get(id) ?? []]));
  });

  const direct = directSource(pool);
  const facts = new Map<bigint, { expires: number; value: Promise<StatusFacts | undefined> }>();
  /** Rows shared for a moment by every live subscriber. */
  const live: RecordSource = {
    statuses: async (ids) => [...(await statuses.many(ids)).values()],
    accounts: async (ids) => [...(await accounts.many(ids)).values()],
    mentions: (ids) => mentions.many(ids),
    tags: (ids) => tags.many(ids),
  };

  return {
    direct,
    live,
    flags: (viewerId: bigint, statusId: bigint) => flags.load({ viewerId, statusId }),
    /** A status' visibility facts, worked out once for every live subscriber. */
    liveFacts(id: bigint): Promise<StatusFacts | undefined> {
      const now = Date.now();
      const hit = facts.get(id);
      if (hit && hit.expires > now) return hit.value;
      if (facts.size > MAX_ENTRIES) for (const [key, entry] of facts) if (entry.expires <= now) facts.delete(key);
      const value = createLoaders(pool, live, null).statusFacts.load(id);
      facts.set(id, { expires: now + TTL_MS, value });
      return value;
    },
    /** Forget a status that changed, so the next live event reloads it. */
    forget(id: bigint) {
      facts.delete(id);
      statuses.forget(id);
      mentions.forget(id);
      tags.forget(id);
    },
  };
}

export type SharedLoaders = ReturnType<typeof createSharedLoaders>;
