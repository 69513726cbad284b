// Read views for search: ids only; visibility is decided by the caller (core/visibility.ts).
import type pg from "pg";

/** Accounts by handle prefix or name words; exact handle first, then the most followed. */
export async function searchAccountIds(pool: pg.Pool, q: string, limit: number): Promise<bigint[]> {
  const prefix = q.replace(/^@/, "").toLowerCase().replace(/[%_\\]/g, "\\$&");
  const { rows } = await pool.query<{ id: bigint }>({
    name: "search_accounts",
    text: `SELECT id FROM accounts
      WHERE suspended_at IS NULL AND (
        handle_key LIKE $1 || '%'
        OR to_tsvector('simple', username || ' ' || display_name) @@ plainto_tsquery('simple', $2))
      ORDER BY (handle_key = $1 || '@') DESC, followers_count DESC, id
      LIMIT $3`,
    values: [prefix, q, limit],
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
