// Loads what the visibility rules need to know about a viewer, in one round trip.
import type { Viewer } from "../core/visibility.js";
import type pg from "pg";
import { ttlCache } from "../core/ttl-cache.js";

interface Row {
  kind: "following" | "blocking" | "blocked_by" | "muting" | "muting_notifications";
  id: bigint;
}

export async function loadViewer(pool: pg.Pool, accountId: bigint): Promise<Viewer> {
  const { rows } = await pool.query<Row>({
    name: "viewer",
    text: `SELECT 'following' AS kind, target_account_id AS id FROM follows WHERE account_id = $1
      UNION ALL SELECT 'blocking', target_account_id FROM blocks WHERE account_id = $1
      UNION ALL SELECT 'blocked_by', account_id FROM blocks WHERE target_account_id = $1
      UNION ALL SELECT CASE WHEN hide_notifications THEN 'muting_notifications' ELSE 'muting' END, target_account_id
        FROM mutes WHERE account_id = $1 AND (expires_at IS NULL OR expires_at > now())`,
    values: [String(accountId)],
  });
  const sets = {
    following: new Set<bigint>(),
    blocking: new Set<bigint>(),
    blocked_by: new Set<bigint>(),
    muting: new Set<bigint>(),
    muting_notifications: new Set<bigint>(),
  };
  for (const row of rows) sets[row.kind].add(BigInt(row.id));
  for (const id of sets.muting_notifications) sets.muting.add(id);
  return {
    accountId,
    following: sets.following,
    blocking: sets.blocking,
    blockedBy: sets.blocked_by,
    muting: sets.muting,
    mutingNotifications: sets.muting_notifications,
  };
}

const VIEWER_TTL_MS = 5_000;

/**
 * Viewers kept for a few seconds; a relationship change (block, mute, follow ...)
 * evicts both sides at once and bumps their version (wired to the event bus in app.ts),
 * so long-lived holders such as live subscriptions can tell their copy is stale.
 */
export function createViewerCache(pool: pg.Pool) {
  const cache = ttlCache<bigint, Promise<Viewer>>({ ttlMs: VIEWER_TTL_MS, max: 50_000 });
  const versions = new Map<bigint, number>();
  return {
    load(accountId: bigint): Promise<Viewer> {
      return cache.getOrCreate(accountId, () => {
        const viewer = loadViewer(pool, accountId);
        viewer.catch(() => cache.delete(accountId));
        return viewer;
      });
    },
    /** Changes whenever the account's relationships change. */
    version(accountId: bigint): number {
      return versions.get(accountId) ?? 0;
    },
    forget(accountId: bigint) {
      cache.delete(accountId);
      versions.set(accountId, (versions.get(accountId) ?? 0) + 1);
    },
  };
}

export type ViewerCache = ReturnType<typeof createViewerCache>;
