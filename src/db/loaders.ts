// Per-request DataLoaders: one query per kind of fact, whatever the number of items.
// Shared by every API adapter.
import DataLoader from "dataloader";
import type { StatusFacts } from "../core/visibility.js";
import type { Db } from "./client.js";
import { type FlagTable, type SharedLoaders } from "./shared-loaders.js";
import { loadStatusFacts } from "./status-facts.js";

export interface Relationship {
  following: boolean;
  showingReblogs: boolean;
  notifying: boolean;
  followedBy: boolean;
  requested: boolean;
  requestedBy: boolean;
  blocking: boolean;
  blockedBy: boolean;
  muting: boolean;
  mutingNotifications: boolean;
}

const key = (id: bigint) => String(id);

export function createLoaders(db: Db, shared: SharedLoaders, viewerId: bigint | null) {
  const statusFacts = new DataLoader<bigint, StatusFacts | undefined, string>(
    async (ids) => {
      const facts = await loadStatusFacts(db, ids);
      return ids.map((id) => facts.get(id));
    },
    { cacheKeyFn: key },
  );
  if (viewerId === null) return { statusFacts, viewer: null };

  // Viewer flags batch across requests and subscribers (db/shared-loaders.ts).
  const flag = (table: FlagTable) => ({ load: (statusId: bigint) => shared.flag(table, viewerId, statusId) });

  const relationship = new DataLoader<bigint, Relationship, string>(
    async (ids) => {
      const list = ids.map(String);
      const rows = await db.$queryRaw<{ kind: string; id: bigint; flag: boolean }[]>`
        SELECT 'following' AS kind, target_account_id AS id, show_reblogs AS flag FROM follows
          WHERE account_id = ${viewerId} AND target_account_id = ANY(${list}::bigint[])
        UNION ALL SELECT 'notifying', target_account_id, notify FROM follows
          WHERE account_id = ${viewerId} AND target_account_id = ANY(${list}::bigint[])
        UNION ALL SELECT 'followedBy', account_id, true FROM follows
          WHERE target_account_id = ${viewerId} AND account_id = ANY(${list}::bigint[])
        UNION ALL SELECT 'requested', target_account_id, true FROM follow_requests
          WHERE account_id = ${viewerId} AND target_account_id = ANY(${list}::bigint[])
        UNION ALL SELECT 'requestedBy', account_id, true FROM follow_requests
          WHERE target_account_id = ${viewerId} AND account_id = ANY(${list}::bigint[])
        UNION ALL SELECT 'blocking', target_account_id, true FROM blocks
          WHERE account_id = ${viewerId} AND target_account_id = ANY(${list}::bigint[])
        UNION ALL SELECT 'blockedBy', account_id, true FROM blocks
          WHERE target_account_id = ${viewerId} AND account_id = ANY(${list}::bigint[])
        UNION ALL SELECT 'muting', target_account_id, hide_notifications FROM mutes
          WHERE account_id = ${viewerId} AND target_account_id = ANY(${list}::bigint[])
            AND (expires_at IS NULL OR expires_at > now())`;
      const byId = new Map<string, Relationship>(
        list.map((id) => [
          id,
          {
            following: false, showingReblogs: false, notifying: false, followedBy: false, requested: false,
            requestedBy: false, blocking: false, blockedBy: false, muting: false, mutingNotifications: false,
          },
        ]),
      );
      for (const row of rows) {
        const rel = byId.get(String(row.id))!;
        switch (row.kind) {
          case "following": rel.following = true; rel.showingReblogs = row.flag; break;
          case "notifying": rel.notifying = row.flag; break;
          case "muting": rel.muting = true; rel.mutingNotifications = row.flag; break;
          default: rel[row.kind as "followedBy"] = true;
        }
      }
      return list.map((id) => byId.get(id)!);
    },
    { cacheKeyFn: key },
  );

  return {
    statusFacts,
    viewer: {
      favourited: flag("favourites"),
      bookmarked: flag("bookmarks"),
      pinned: flag("pins"),
      reblogged: flag("reblogs"),
      relationship,
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
