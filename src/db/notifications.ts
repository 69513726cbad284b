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

// $1 sender, $2 recipients, $3 their new notifications' ids, $4 type, $5 status.
const INSERT_NOTIFICATIONS = {
  name: "insert_notifications",
  text: `
    WITH source AS (SELECT domain FROM accounts WHERE id = $1::bigint),
    given(account_id, id) AS (SELECT * FROM unnest($2::bigint[], $3::bigint[]))
    INSERT INTO notifications (id, account_id, from_account_id, type, status_id)
    SELECT g.id, g.account_id, $1::bigint, $4::"NotificationType", $5::bigint
    FROM given g JOIN accounts a ON a.id = g.account_id
    WHERE a.domain IS NULL AND a.suspended_at IS NULL
      AND NOT EXISTS (SELECT 1 FROM account_domain_blocks d JOIN source s ON d.domain = s.domain WHERE d.account_id = a.id)
      AND NOT EXISTS (SELECT 1 FROM blocks b WHERE b.account_id = a.id AND b.target_account_id = $1::bigint)
      AND NOT EXISTS (SELECT 1 FROM blocks b WHERE b.account_id = $1::bigint AND b.target_account_id = a.id)
      AND NOT EXISTS (SELECT 1 FROM mutes m WHERE m.account_id = a.id AND m.target_account_id = $1::bigint
                      AND m.hide_notifications AND (m.expires_at IS NULL OR m.expires_at > (now() AT TIME ZONE 'UTC')))
      AND NOT EXISTS (SELECT 1 FROM statuses s JOIN thread_states ts ON ts.thread_id = COALESCE(s.thread_id, s.id) AND ts.muted
                      WHERE s.id = $5::bigint AND ts.account_id = a.id)
    RETURNING id, account_id AS "accountId"`,
};

export interface NewNotifications {
  type: string;
  fromAccountId: bigint;
  /** candidates, each with the id its notification gets */
  recipients: readonly { accountId: bigint; id: bigint }[];
  statusId: bigint | null;
}

/**
 * Notifies the candidates who are local, not suspended and hear from the sender: no block
 * either way, no mute with notifications hidden, no block of the sender's server, and (for a
 * status) the conversation not muted. Returns the notifications made.
 */
export async function insertNotifications(pool: pg.Pool, input: NewNotifications): Promise<{ id: bigint; accountId: bigint }[]> {
  if (input.recipients.length === 0) return [];
  const { rows } = await pool.query<{ id: bigint; accountId: bigint }>({
    ...INSERT_NOTIFICATIONS,
    values: [
      String(input.fromAccountId),
      input.recipients.map((r) => String(r.accountId)),
      input.recipients.map((r) => String(r.id)),
      input.type,
      input.statusId === null ? null : String(input.statusId),
    ],
  });
  return rows;
}

/** Followers of `accountId` who asked to be told of each of its posts (the bell). */
export async function belledFollowers(pool: pg.Pool, accountId: bigint): Promise<bigint[]> {
  const { rows } = await pool.query<{ id: bigint }>({
    name: "belled_followers",
    text: "SELECT account_id AS id FROM follows WHERE target_account_id = $1 AND notify",
    values: [String(accountId)],
  });
  return rows.map((row) => row.id);
}
