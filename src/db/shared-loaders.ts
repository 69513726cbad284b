// Process-wide batching shared by every request and live subscription. A status
// pushed to 10 000 subscribers is loaded once and its viewer flags take one query,
// not one per subscriber. Cached rows live for two seconds only, and an edit evicts
// its status at once.
import DataLoader from "dataloader";
import { ttlCache } from "../core/ttl-cache.js";
import type { StatusFacts } from "../core/visibility.js";
import { createFilterCache } from "./filters.js";
import { mediaByStatus, pollsByStatus } from "./attachments.js";
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
  const cache = ttlCache<bigint, Promise<V | undefined>>({ ttlMs: TTL_MS, max: MAX_ENTRIES });
  const loader = new DataLoader<bigint, V | undefined, string>(
    async (ids) => {
      const found = await load(ids);
      return ids.map((id) => found.get(id));
    },
    { cache: false, cacheKeyFn: String, maxBatchSize: 1_000 },
  );
  return {
    async many(ids: readonly bigint[]): Promise<Map<bigint, V>> {
      const values = await Promise.all(ids.map((id) => cache.getOrCreate(id, () => loader.load(id))));
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

  const media = cachedLookup(async (ids) => {
    const found = await mediaByStatus(pool, ids);
    return new Map(ids.map((id) => [id, found.get(id) ?? []]));
  });
  const polls = cachedLookup((ids) => pollsByStatus(pool, ids));

  const direct = directSource(pool);
  const facts = ttlCache<bigint, Promise<StatusFacts | undefined>>({ ttlMs: TTL_MS, max: MAX_ENTRIES });
  /** Rows shared for a moment by every live subscriber. */
  const live: RecordSource = {
    statuses: async (ids) => [...(await statuses.many(ids)).values()],
    accounts: async (ids) => [...(await accounts.many(ids)).values()],
    mentions: (ids) => mentions.many(ids),
    tags: (ids) => tags.many(ids),
    media: (ids) => media.many(ids),
    polls: (ids) => polls.many(ids),
  };

  return {
    direct,
    live,
    /** each account's filters in force (evicted when they change, see app.ts) */
    filters: createFilterCache(pool),
    flags: (viewerId: bigint, statusId: bigint) => flags.load({ viewerId, statusId }),
    /** A status' visibility facts, worked out once for every live subscriber. */
    liveFacts(id: bigint): Promise<StatusFacts | undefined> {
      return facts.getOrCreate(id, () => createLoaders(pool, live, null).statusFacts.load(id));
    },
    /** Forget a status that changed, so the next live event reloads it. */
    forget(id: bigint) {
      facts.delete(id);
      statuses.forget(id);
      mentions.forget(id);
      tags.forget(id);
      media.forget(id);
      polls.forget(id);
    },
  };
}

export type SharedLoaders = ReturnType<typeof createSharedLoaders>;
