// Storing a status of another server in hand-written SQL: inbox workers store one per remote
// Create, and Prisma's query compiler cost more than the rest of the work (ARCHITECTURE.md,
// "Prisma off the hottest paths"). The status, its mentions, tags and counters are one
// statement; media and a poll, when there are any, join it in one transaction.
import type pg from "pg";
import type { Status } from "../generated/prisma/client.js";
import { STATUS_COLUMNS } from "./records.js";

export interface RemoteStatusRow {
  id: bigint;
  uri: string;
  url: string | null;
  accountId: bigint;
  contentHtml: string;
  spoilerText: string;
  visibility: string;
  sensitive: boolean;
  language: string | null;
  createdAt: Date;
  inReplyToUri: string | null;
  emojis: unknown;
  mentionedIds: readonly bigint[];
  /** tags to link, created when new (`id` is used for a new one) */
  tags: readonly { id: bigint; name: string; display: string }[];
}

export interface RemoteMediaRow {
  id: bigint;
  type: string;
  contentType: string;
  remoteUrl: string;
  description: string | null;
  focusX: number;
  focusY: number;
  meta: unknown;
  blurhash: string | null;
}

export interface RemotePollRow {
  id: bigint;
  options: string[];
  tallies: number[];
  multiple: boolean;
  votesCount: number;
  votersCount: number;
  expiresAt: Date | null;
  endNotifiedAt: Date | null;
}

// Timestamps are stored in UTC without a zone (as Prisma stores them): an ISO string cast to
// timestamp keeps its UTC wall time.
const utc = (date: Date | null) => (date ? date.toISOString() : null);
const ids = (list: readonly bigint[]) => list.map(String);

// $1 id, $2 uri, $3 url, $4 account, $5 html, $6 spoiler, $7 visibility, $8 sensitive,
// $9 language, $10 created, $11 parent uri, $12 emojis, $13 mentioned ids, $14-16 tags.
const INSERT_STATUS = {
  name: "remote_status_insert",
  text: `
    WITH parent AS (
      SELECT id, account_id, COALESCE(thread_id, id) AS thread FROM statuses WHERE uri = $11::text
    ), inserted AS (
      INSERT INTO statuses (id, uri, url, account_id, content_html, spoiler_text, visibility, sensitive, language,
                            local, in_reply_to_id, in_reply_to_account_id, thread_id, created_at, emojis)
      SELECT $1::bigint, $2, $3, $4::bigint, $5, $6, $7::"Visibility", $8, $9, false,
             parent.id, parent.account_id, COALESCE(parent.thread, $1::bigint), $10::timestamp, $12::jsonb
      FROM (SELECT 1) one LEFT JOIN parent ON true
      ON CONFLICT (uri) DO NOTHING
      RETURNING ${STATUS_COLUMNS}
    ), mentioned AS (
      INSERT INTO mentions (status_id, account_id) SELECT inserted.id, m FROM inserted, unnest($13::bigint[]) m
    ), given_tags(id, name, display) AS (
      SELECT * FROM unnest($14::bigint[], $15::text[], $16::text[])
    ), added_tags AS (
      INSERT INTO tags (id, name, display) SELECT g.id, g.name, g.display FROM given_tags g, inserted
      ON CONFLICT (name) DO NOTHING RETURNING id
    ), tag_ids AS (
      SELECT id FROM added_tags UNION SELECT t.id FROM tags t JOIN given_tags g ON g.name = t.name
    ), tagged AS (
      INSERT INTO status_tags (status_id, tag_id) SELECT inserted.id, tag_ids.id FROM inserted, tag_ids
    ), counted AS (
      UPDATE accounts SET statuses_count = statuses_count + 1, last_status_at = $10::timestamp, updated_at = (now() AT TIME ZONE 'UTC')
      WHERE id = $4::bigint AND EXISTS (SELECT 1 FROM inserted)
    ), replied AS (
      UPDATE statuses SET replies_count = replies_count + 1
      WHERE id = (SELECT "inReplyToId" FROM inserted)
    )
    SELECT * FROM inserted`,
};

const STATUS_BY_URI = { name: "status_by_uri", text: `SELECT ${STATUS_COLUMNS} FROM statuses WHERE uri = $1` };

const INSERT_MEDIA = {
  name: "remote_media_insert",
  text: `
    INSERT INTO media_attachments (id, account_id, status_id, position, type, content_type, file_size, remote_url,
                                   description, focus_x, focus_y, meta, blurhash)
    SELECT m.id, $1::bigint, $2::bigint, m.position - 1, m.type::"MediaType", m.content_type, 0, m.remote_url,
           m.description, m.focus_x, m.focus_y, m.meta::jsonb, m.blurhash
    FROM unnest($3::bigint[], $4::text[], $5::text[], $6::text[], $7::text[], $8::float8[], $9::float8[], $10::text[], $11::text[])
      WITH ORDINALITY AS m(id, type, content_type, remote_url, description, focus_x, focus_y, meta, blurhash, position)`,
};

const INSERT_POLL = {
  name: "remote_poll_insert",
  text: `
    INSERT INTO polls (id, status_id, account_id, options, tallies, multiple, votes_count, voters_count, expires_at, end_notified_at)
    VALUES ($1, $2, $3, $4::text[], $5::int[], $6, $7, $8, $9::timestamp, $10::timestamp)`,
};

function statusValues(row: RemoteStatusRow) {
  return [
    String(row.id), row.uri, row.url, String(row.accountId), row.contentHtml, row.spoilerText, row.visibility, row.sensitive,
    row.language, utc(row.createdAt), row.inReplyToUri, JSON.stringify(row.emojis ?? []), ids(row.mentionedIds),
    ids(row.tags.map((t) => t.id)), row.tags.map((t) => t.name), row.tags.map((t) => t.display),
  ];
}

/**
 * Inserts the status (once per URI) with what it carries; `created` is false when a status
 * with its URI was there already (that one is returned).
 */
export async function insertRemoteStatus(
  pool: pg.Pool,
  row: RemoteStatusRow,
  media: readonly RemoteMediaRow[],
  poll: RemotePollRow | null,
): Promise<{ status: Status; created: boolean }> {
  let inserted: Status | undefined;
  if (media.length === 0 && !poll) {
    inserted = (await pool.query<Status>({ ...INSERT_STATUS, values: statusValues(row) })).rows[0];
  } else {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      inserted = (await client.query<Status>({ ...INSERT_STATUS, values: statusValues(row) })).rows[0];
      if (inserted && media.length) {
        const column = <K extends keyof RemoteMediaRow>(key: K) => media.map((m) => m[key]);
        await client.query({
          ...INSERT_MEDIA,
          values: [
            String(row.accountId), String(row.id), ids(column("id")), column("type"), column("contentType"), column("remoteUrl"),
            column("description"), column("focusX"), column("focusY"), media.map((m) => JSON.stringify(m.meta ?? {})), column("blurhash"),
          ],
        });
      }
      if (inserted && poll) {
        await client.query({
          ...INSERT_POLL,
          values: [
            String(poll.id), String(row.id), String(row.accountId), poll.options, poll.tallies, poll.multiple,
            poll.votesCount, poll.votersCount, utc(poll.expiresAt), utc(poll.endNotifiedAt),
          ],
        });
      }
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
  if (inserted) return { status: inserted, created: true };
  const { rows } = await pool.query<Status>({ ...STATUS_BY_URI, values: [row.uri] });
  return { status: rows[0]!, created: false };
}
