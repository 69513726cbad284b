// Direct conversations: the viewer's direct statuses (sent or mentioned in), grouped by
// thread, newest activity first.
import type pg from "pg";
import type { PageQuery } from "../core/paging.js";

export interface ConversationRow {
  threadId: bigint;
  lastStatusId: bigint;
}

export async function conversationsOf(pool: pg.Pool, accountId: bigint, page: PageQuery): Promise<ConversationRow[]> {
  const { rows } = await pool.query<{ thread_id: bigint; last_status_id: bigint }>({
    name: "conversations",
    text: `SELECT thread_id, last_status_id FROM (
        SELECT COALESCE(s.thread_id, s.id) AS thread_id, max(s.id) AS last_status_id
        FROM statuses s
        WHERE s.visibility = 'DIRECT' AND s.deleted_at IS NULL
          AND (s.account_id = $1 OR EXISTS (SELECT 1 FROM mentions m WHERE m.status_id = s.id AND m.account_id = $1))
        GROUP BY 1
      ) c
      WHERE ($2::bigint IS NULL OR last_status_id < $2) AND ($3::bigint IS NULL OR last_status_id > $3)
      ORDER BY last_status_id ${page.ascending ? "ASC" : "DESC"} LIMIT $4`,
    values: [String(accountId), page.maxId?.toString() ?? null, page.minId?.toString() ?? null, page.limit],
  });
  return rows.map((row) => ({ threadId: BigInt(row.thread_id), lastStatusId: BigInt(row.last_status_id) }));
}
