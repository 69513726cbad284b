// Read views over notifications, and the one rule for which of them reach their owner.
import type pg from "pg";
import { Prisma } from "../generated/prisma/client.js";

/**
 * SQL condition on a notification row `n`: it reaches its owner (`n.account_id`). Its sender
 * is not suspended, neither side blocks the other, and the owner does not mute the sender with
 * notifications hidden (an expired mute no longer counts). The list (db/timelines.ts) and the
 * unread count use it both; it says in SQL what `showNotification` in core/visibility.ts says
 * on a loaded viewer, plus the suspension, so that pages stay full and counts match the list.
 */
export const notificationShown = Prisma.sql`(
  NOT EXISTS (SELECT 1 FROM accounts fa WHERE fa.id = n.from_account_id AND fa.suspended_at IS NOT NULL)
  AND NOT EXISTS (SELECT 1 FROM blocks b WHERE b.account_id = n.account_id AND b.target_account_id = n.from_account_id)
  AND NOT EXISTS (SELECT 1 FROM blocks b WHERE b.account_id = n.from_account_id AND b.target_account_id = n.account_id)
  AND NOT EXISTS (SELECT 1 FROM mutes m WHERE m.account_id = n.account_id AND m.target_account_id = n.from_account_id
                  AND m.hide_notifications AND (m.expires_at IS NULL OR m.expires_at > now())))`;

/** Which unread notifications to count; nothing given counts them all. */
export interface UnreadFilter {
  /** only these types (NotificationType names); an empty list counts none */
  types?: string[] | null;
  /** only those caused by this account */
  fromAccountId?: bigint | null;
  /** count no further than this (Mastodon caps its count) */
  limit?: number | null;
}

/** Unread (not marked read) notifications that the owner's list shows, see `notificationShown`. */
export async function unreadNotifications(pool: pg.Pool, accountId: bigint, filter: UnreadFilter = {}): Promise<number> {
  // One statement text whatever the filter (nulls switch the parts off), so it is prepared once.
  const query = Prisma.sql`SELECT count(*)::int AS count FROM (
      SELECT 1 FROM notifications n
      WHERE n.account_id = ${accountId} AND n.read_at IS NULL AND ${notificationShown}
        AND (${filter.types ?? null}::text[] IS NULL OR n.type::text = ANY(${filter.types ?? null}::text[]))
        AND (${filter.fromAccountId ?? null}::bigint IS NULL OR n.from_account_id = ${filter.fromAccountId ?? null}::bigint)
      LIMIT ${filter.limit ?? null}::bigint) unread`;
  const { rows } = await pool.query<{ count: number }>({
    name: "unread_notifications",
    text: query.text,
    values: query.values,
  });
  return rows[0]!.count;
}
