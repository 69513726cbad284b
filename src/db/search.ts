// Read views for search: ids only; visibility is decided by the caller (core/visibility.ts).
import type pg from "pg";

/**
 * Accounts by handle prefix or name words; exact handle first, then the most followed.
 * Limited (silenced) accounts are found only by the people who follow them (`viewerId`).
 */
export async function searchAccountIds(pool: pg.Pool, q: string, limit: number, viewerId: bigint | null = null): Promise<bigint[]> {
  const prefix = q.replace(/^@/, "").toLowerCase().replace(/[%_\\]/g, "\\$&");
  const { rows } = await pool.query<{ id: bigint }>({
    name: "search_accounts",
    text: `SELECT id FROM accounts
      WHERE suspended_at IS NULL AND (
        handle_key LIKE $1 || '%'
        OR to_tsvector('simple', username || ' ' || display_name) @@ plainto_tsquery('simple', $2))
        AND (silenced_at IS NULL OR id = $4::bigint
          OR EXISTS (SELECT 1 FROM follows f WHERE f.account_id = $4::bigint AND f.target_account_id = accounts.id))
      ORDER BY (handle_key = $1 || '@') DESC, followers_count DESC, id
      LIMIT $3`,
    values: [prefix, q, limit, viewerId === null ? null : String(viewerId)],
  });
  return rows.map((row) => row.id);
}

/** Newest original statuses matching the words (more than asked: some will be hidden). */
export async function searchStatusIds(pool: pg.Pool, q: string, limit: number): Promise<bigint[]> {
  const { rows } = await pool.query<{ id: bigint }>({
    name: "search_statuses",
    text: `SELECT id FROM statuses
      WHERE deleted_at IS NULL AND reblog_of_id IS NULL
        AND to_tsvector('simple', spoiler_text || ' ' || text) @@ plainto_tsquery('simple', $1)
      ORDER BY id DESC LIMIT $2`,
    values: [q, limit],
  });
  return rows.map((row) => row.id);
}

/** Per account: the people the viewer follows who also follow it (at most `per` each). */
export async function familiarFollowers(pool: pg.Pool, viewerId: bigint, ids: bigint[], per = 40): Promise<Map<bigint, bigint[]>> {
  const found = new Map<bigint, bigint[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return found;
  const { rows } = await pool.query<{ target: string; follower: string }>({
    name: "familiar_followers",
    text: `SELECT target::text, follower::text FROM (
        SELECT f.target_account_id AS target, f.account_id AS follower,
          row_number() OVER (PARTITION BY f.target_account_id ORDER BY f.id DESC) AS n
        FROM follows f JOIN follows mine ON mine.account_id = $1 AND mine.target_account_id = f.account_id
        JOIN accounts a ON a.id = f.account_id AND a.suspended_at IS NULL
        WHERE f.target_account_id = ANY($2::bigint[]) AND f.account_id <> $1
      ) x WHERE n <= $3`,
    values: [String(viewerId), ids.map(String), per],
  });
  for (const row of rows) found.get(BigInt(row.target))?.push(BigInt(row.follower));
  return found;
}
