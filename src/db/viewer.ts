// Loads what the visibility rules need to know about a viewer, in one round trip.
import type { Viewer } from "../core/visibility.js";
import type pg from "pg";
import { ttlCache } from "../core/ttl-cache.js";

interface Row {
  kind: "following" | "blocking" | "blocked_by" | "muting" | "muting_notifications" | "blocked_domain";
  /** an account id, or a domain for blocked_domain */
  id: string;
}

/** The viewer's relationships as (kind, id) rows, ids as text (domains for blocked servers); `$V` is the viewer's id. */
export const viewerRowsSql = (v: string) => `
  SELECT 'following' AS kind, target_account_id::text AS id FROM follows WHERE account_id = ${v}
  UNION ALL SELECT 'blocking', target_account_id::text FROM blocks WHERE account_id = ${v}
  UNION ALL SELECT 'blocked_by', account_id::text FROM blocks WHERE target_account_id = ${v}
  UNION ALL SELECT CASE WHEN hide_notifications THEN 'muting_notifications' ELSE 'muting' END, target_account_id::text
    FROM mutes WHERE account_id = ${v} AND (expires_at IS NULL OR expires_at > now())
  UNION ALL SELECT 'blocked_domain', domain FROM account_domain_blocks WHERE account_id = ${v}`;

export async function loadViewer(pool: pg.Pool, accountId: bigint): Promise<Viewer> {
  const { rows } = await pool.query<Row>({ name: "viewer", text: viewerRowsSql("$1"), values: [String(accountId)] });
  return viewerFromRows(accountId, rows);
}

export function viewerFromRows(accountId: bigint, rows: { kind: string; id: bigint | string }[]): Viewer {
  const sets = {
    following: new Set<bigint>(),
    blocking: new Set<bigint>(),
    blocked_by: new Set<bigint>(),
    muting: new Set<bigint>(),
    muting_notifications: new Set<bigint>(),
  };
  const blockedDomains = new Set<string>();
  for (const row of rows) {
    if (row.kind === "blocked_domain") blockedDomains.add(String(row.id));
    else sets[row.kind as Exclude<Row["kind"], "blocked_domain">].add(BigInt(row.id));
  }
  for (const id of sets.muting_notifications) sets.muting.add(id);
  return {
    accountId,
    following: sets.following,
    blocking: sets.blocking,
    blockedBy: sets.blocked_by,
    muting: sets.muting,
    mutingNotifications: sets.muting_notifications,
    blockedDomains,
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
    /** Whether a fresh copy is at hand (else a page query may bring one along). */
    has(accountId: bigint): boolean {
      return cache.get(accountId) !== undefined;
    },
    /** Stores a viewer loaded some other way (with a page of statuses). */
    prime(viewer: Viewer) {
      cache.set(viewer.accountId, Promise.resolve(viewer));
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
