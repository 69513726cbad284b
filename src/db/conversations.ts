// Direct conversations: the viewer's direct statuses (sent or mentioned in), grouped by
// thread, newest activity first, with the viewer's read and hidden marks (thread_states).
import type pg from "pg";
import type { PageQuery } from "../core/paging.js";

export interface ConversationRow {
  threadId: bigint;
  lastStatusId: bigint;
  /** someone else wrote in it since the viewer last read it */
  unread: boolean;
}

const SQL = (order: "ASC" | "DESC") => `
  SELECT c.thread_id, c.last_status_id,
    (c.last_incoming_id IS NOT NULL AND c.last_incoming_id > COALESCE(ts.read_up_to_id, 0)) AS unread
  FROM (
    SELECT COALESCE(s.thread_id, s.id) AS thread_id, max(s.id) AS last_status_id,
      max(s.id) FILTER (WHERE s.account_id <> $1) AS last_incoming_id
    FROM statuses s
    WHERE s.visibility = 'DIRECT' AND s.deleted_at IS NULL
      AND ($5::bigint IS NULL OR COALESCE(s.thread_id, s.id) = $5)
      AND (s.account_id = $1 OR EXISTS (SELECT 1 FROM mentions m WHERE m.status_id = s.id AND m.account_id = $1))
    GROUP BY 1
  ) c
  LEFT JOIN thread_states ts ON ts.account_id = $1 AND ts.thread_id = c.thread_id
  WHERE c.last_status_id > COALESCE(ts.hidden_up_to_id, 0)
    AND ($2::bigint IS NULL OR c.last_status_id < $2) AND ($3::bigint IS NULL OR c.last_status_id > $3)
  ORDER BY c.last_status_id ${order} LIMIT $4`;

type Row = { thread_id: bigint; last_status_id: bigint; unread: boolean };
const toRow = (row: Row): ConversationRow => ({ threadId: BigInt(row.thread_id), lastStatusId: BigInt(row.last_status_id), unread: row.unread });

export async function conversationsOf(pool: pg.Pool, accountId: bigint, page: PageQuery): Promise<ConversationRow[]> {
  const { rows } = await pool.query<Row>({
    name: page.ascending ? "conversations_asc" : "conversations_desc",
    text: SQL(page.ascending ? "ASC" : "DESC"),
    values: [String(accountId), page.maxId?.toString() ?? null, page.minId?.toString() ?? null, page.limit, null],
  });
  return rows.map(toRow);
}

/** One conversation of the viewer (undefined when hidden or not theirs). */
export async function conversationOf(pool: pg.Pool, accountId: bigint, threadId: bigint): Promise<ConversationRow | undefined> {
  const { rows } = await pool.query<Row>({
    name: "conversation_one",
    text: SQL("DESC"),
    values: [String(accountId), null, null, 1, String(threadId)],
  });
  return rows[0] ? toRow(rows[0]) : undefined;
}
