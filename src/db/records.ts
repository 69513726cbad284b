// Hand-written SQL for the hottest reads (timelines, live delivery): rows come back in
// the shape of Prisma's models, so the same types serve both paths. Prisma stays on
// the write side and on cold reads (ARCHITECTURE.md, "Prisma off the hottest paths").
import type pg from "pg";
import type { Account, MediaAttachment, Poll, Status, Tag } from "../generated/prisma/client.js";
import { mediaByStatus, pollsByStatus } from "./attachments.js";

export const STATUS_COLUMNS = `id, uri, url, account_id AS "accountId", text, content_html AS "contentHtml",
  spoiler_text AS "spoilerText", visibility::text AS visibility, sensitive, language, local,
  in_reply_to_id AS "inReplyToId", in_reply_to_account_id AS "inReplyToAccountId",
  reblog_of_id AS "reblogOfId", thread_id AS "threadId", replies_count AS "repliesCount", reblogs_count AS "reblogsCount",
  favourites_count AS "favouritesCount", created_at AS "createdAt", edited_at AS "editedAt",
  deleted_at AS "deletedAt", emojis`;

const ACCOUNT_COLUMNS = `id, username, domain, handle_key AS "handleKey", display_name AS "displayName",
  note_source AS "noteSource", note_html AS "noteHtml", fields, locked, bot, discoverable, uri, url,
  inbox_url AS "inboxUrl", shared_inbox_url AS "sharedInboxUrl", outbox_url AS "outboxUrl",
  followers_url AS "followersUrl", public_key_pem AS "publicKeyPem", NULL AS "privateKeyPem",
  avatar_url AS "avatarUrl", header_url AS "headerUrl", statuses_count AS "statusesCount",
  followers_count AS "followersCount", following_count AS "followingCount",
  last_status_at AS "lastStatusAt", suspended_at AS "suspendedAt", created_at AS "createdAt",
  updated_at AS "updatedAt", moved_to_account_id AS "movedToAccountId", also_known_as AS "alsoKnownAs",
  silenced_at AS "silencedAt", sensitized_at AS "sensitizedAt", emojis`;

const ids = (list: readonly bigint[]) => list.map(String);

export async function statusesById(pool: pg.Pool, list: readonly bigint[]): Promise<Status[]> {
  if (list.length === 0) return [];
  const { rows } = await pool.query<Status>({
    name: "statuses_by_id",
    text: `SELECT ${STATUS_COLUMNS} FROM statuses WHERE id = ANY($1::bigint[])`,
    values: [ids(list)],
  });
  return rows;
}

export async function accountsById(pool: pg.Pool, list: readonly bigint[]): Promise<Account[]> {
  if (list.length === 0) return [];
  const { rows } = await pool.query<Account>({
    name: "accounts_by_id",
    text: `SELECT ${ACCOUNT_COLUMNS} FROM accounts WHERE id = ANY($1::bigint[])`,
    values: [ids(list)],
  });
  return rows;
}

/** An account by its ActivityPub id (every remote activity names its actor). */
export async function accountByUri(pool: pg.Pool, uri: string): Promise<Account | null> {
  const { rows } = await pool.query<Account>({ name: "account_by_uri", text: `SELECT ${ACCOUNT_COLUMNS} FROM accounts WHERE uri = $1`, values: [uri] });
  return rows[0] ?? null;
}

/** The ids of the accounts among `uris` that we have. */
export async function accountIdsByUri(pool: pg.Pool, uris: readonly string[]): Promise<bigint[]> {
  if (uris.length === 0) return [];
  const { rows } = await pool.query<{ id: bigint }>({ name: "account_ids_by_uri", text: "SELECT id FROM accounts WHERE uri = ANY($1::text[])", values: [uris] });
  return rows.map((row) => row.id);
}

/** Whether an account of this server follows `accountId`. */
export async function hasLocalFollower(pool: pg.Pool, accountId: bigint): Promise<boolean> {
  const { rows } = await pool.query({
    name: "has_local_follower",
    text: `SELECT 1 FROM follows f JOIN accounts a ON a.id = f.account_id WHERE f.target_account_id = $1 AND a.domain IS NULL LIMIT 1`,
    values: [String(accountId)],
  });
  return rows.length > 0;
}

/** Mentioned account ids per status. */
export async function mentionsByStatus(pool: pg.Pool, list: readonly bigint[]): Promise<Map<bigint, bigint[]>> {
  const found = new Map<bigint, bigint[]>();
  if (list.length === 0) return found;
  const { rows } = await pool.query<{ statusId: bigint; accountId: bigint }>({
    name: "mentions_by_status",
    text: `SELECT status_id AS "statusId", account_id AS "accountId" FROM mentions WHERE status_id = ANY($1::bigint[])`,
    values: [ids(list)],
  });
  for (const row of rows) found.set(row.statusId, [...(found.get(row.statusId) ?? []), row.accountId]);
  return found;
}

export async function tagsByStatus(pool: pg.Pool, list: readonly bigint[]): Promise<Map<bigint, Tag[]>> {
  const found = new Map<bigint, Tag[]>();
  if (list.length === 0) return found;
  const { rows } = await pool.query<Tag & { statusId: bigint }>({
    name: "tags_by_status",
    text: `SELECT st.status_id AS "statusId", t.id, t.name, t.display
           FROM status_tags st JOIN tags t ON t.id = st.tag_id WHERE st.status_id = ANY($1::bigint[])`,
    values: [ids(list)],
  });
  for (const { statusId, ...tag } of rows) found.set(statusId, [...(found.get(statusId) ?? []), tag]);
  return found;
}

/** Where per-request loaders get their rows. */
export interface RecordSource {
  statuses(ids: readonly bigint[]): Promise<Status[]>;
  accounts(ids: readonly bigint[]): Promise<Account[]>;
  mentions(ids: readonly bigint[]): Promise<Map<bigint, bigint[]>>;
  tags(ids: readonly bigint[]): Promise<Map<bigint, Tag[]>>;
  media(ids: readonly bigint[]): Promise<Map<bigint, MediaAttachment[]>>;
  polls(ids: readonly bigint[]): Promise<Map<bigint, Poll>>;
}

/** Rows straight from the database. */
export function directSource(pool: pg.Pool): RecordSource {
  return {
    statuses: (ids) => statusesById(pool, ids),
    accounts: (ids) => accountsById(pool, ids),
    mentions: (ids) => mentionsByStatus(pool, ids),
    tags: (ids) => tagsByStatus(pool, ids),
    media: (ids) => mediaByStatus(pool, ids),
    polls: (ids) => pollsByStatus(pool, ids),
  };
}

export interface ViewerFlags {
  favourited: boolean;
  reblogged: boolean;
  bookmarked: boolean;
  pinned: boolean;
  /** the viewer muted the status' conversation */
  muted: boolean;
}

/** The four viewer flags for any (viewer, status) pairs, in one query. */
export async function viewerFlags(
  pool: pg.Pool,
  pairs: readonly { viewerId: bigint; statusId: bigint }[],
): Promise<ViewerFlags[]> {
  const { rows } = await pool.query<{ kind: keyof ViewerFlags; viewer: bigint; status: bigint }>({
    name: "viewer_flags",
    text: `WITH pairs(viewer, status) AS (SELECT * FROM unnest($1::bigint[], $2::bigint[]))
      SELECT 'favourited' AS kind, f.account_id AS viewer, f.status_id AS status
        FROM favourites f JOIN pairs p ON f.account_id = p.viewer AND f.status_id = p.status
      UNION ALL SELECT 'bookmarked', b.account_id, b.status_id
        FROM bookmarks b JOIN pairs p ON b.account_id = p.viewer AND b.status_id = p.status
      UNION ALL SELECT 'pinned', x.account_id, x.status_id
        FROM pins x JOIN pairs p ON x.account_id = p.viewer AND x.status_id = p.status
      UNION ALL SELECT 'reblogged', s.account_id, s.reblog_of_id
        FROM statuses s JOIN pairs p ON s.account_id = p.viewer AND s.reblog_of_id = p.status
        WHERE s.deleted_at IS NULL
      UNION ALL SELECT 'muted', p.viewer, p.status
        FROM pairs p JOIN statuses s ON s.id = p.status
        JOIN thread_states ts ON ts.account_id = p.viewer AND ts.thread_id = COALESCE(s.thread_id, s.id) AND ts.muted`,
    values: [pairs.map((p) => String(p.viewerId)), pairs.map((p) => String(p.statusId))],
  });
  const found = new Set(rows.map((row) => `${row.kind}:${row.viewer}:${row.status}`));
  return pairs.map(({ viewerId, statusId }) => ({
    favourited: found.has(`favourited:${viewerId}:${statusId}`),
    reblogged: found.has(`reblogged:${viewerId}:${statusId}`),
    bookmarked: found.has(`bookmarked:${viewerId}:${statusId}`),
    pinned: found.has(`pinned:${viewerId}:${statusId}`),
    muted: found.has(`muted:${viewerId}:${statusId}`),
  }));
}
