// Read views over notifications.
import type pg from "pg";

/** Unread notifications, leaving out those from accounts the owner blocks, or mutes with notifications. */
export async function unreadNotifications(pool: pg.Pool, accountId: bigint): Promise<number> {
  const { rows } = await pool.query<{ count: number }>({
    name: "unread_notifications",
    text: `SELECT count(*)::int AS count FROM notifications n
      WHERE n.account_id = $1 AND n.read_at IS NULL
        AND NOT EXISTS (SELECT 1 FROM blocks b WHERE b.account_id = $1 AND b.target_account_id = n.from_account_id)
        AND NOT EXISTS (SELECT 1 FROM blocks b WHERE b.account_id = n.from_account_id AND b.target_account_id = $1)
        AND NOT EXISTS (SELECT 1 FROM mutes m WHERE m.account_id = $1 AND m.target_account_id = n.from_account_id
                        AND m.hide_notifications AND (m.expires_at IS NULL OR m.expires_at > now()))`,
    values: [String(accountId)],
  });
  return rows[0]!.count;
}
