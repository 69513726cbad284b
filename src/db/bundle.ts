// One round trip for everything a page of statuses shows: the statuses, the ones they
// boost, their authors, mentions, tags and the viewer's flags, as JSON built by
// PostgreSQL. Used to prime the per-request loaders (db/loaders.ts).
import { createHash } from "node:crypto";
import type pg from "pg";
import type { Account, MediaAttachment, Poll, Prisma, Status, Tag } from "../generated/prisma/client.js";
import { MEDIA_JSON, mediaFromJson, POLL_JSON, pollFromJson } from "./attachments.js";
import type { ViewerFlags } from "./records.js";
import { viewerFromRows, viewerRowsSql } from "./viewer.js";

export interface Bundle {
  statuses: Status[];
  accounts: Account[];
  mentions: Map<bigint, bigint[]>;
  tags: Map<bigint, Tag[]>;
  /** per status id, when a viewer was given */
  flags: Map<bigint, ViewerFlags>;
  media: Map<bigint, MediaAttachment[]>;
  /** per status id */
  polls: Map<bigint, Poll>;
  /** the viewer's choices per poll id */
  votes: Map<bigint, number[]>;
}

/**
 * The bundle SQL around a CTE `base` (the statuses asked for); `$V` is the viewer.
 * `prelude` defines `base` (and maybe `page`).
 */
const bundleSql = (prelude: string, viewer: string, extra = "") => `
WITH ${prelude},
st AS (
  SELECT * FROM base
  UNION ALL
  SELECT s.* FROM statuses s
  WHERE s.id = ANY(ARRAY(SELECT reblog_of_id FROM base WHERE reblog_of_id IS NOT NULL)) AND s.id NOT IN (SELECT id FROM base)
),
mn AS (SELECT status_id, account_id FROM mentions WHERE status_id = ANY(ARRAY(SELECT id FROM st))),
ac AS (SELECT * FROM accounts WHERE id = ANY(ARRAY(SELECT account_id FROM st UNION SELECT account_id FROM mn))),
tg AS (
  SELECT x.status_id, t.id, t.name, t.display FROM status_tags x JOIN tags t ON t.id = x.tag_id
  WHERE x.status_id = ANY(ARRAY(SELECT id FROM st))
),
md AS (SELECT * FROM media_attachments WHERE status_id = ANY(ARRAY(SELECT id FROM st))),
pl AS (SELECT * FROM polls WHERE status_id = ANY(ARRAY(SELECT id FROM st))),
pv AS (
  SELECT poll_id, choice FROM poll_votes
  WHERE ${viewer}::bigint IS NOT NULL AND account_id = ${viewer} AND poll_id = ANY(ARRAY(SELECT id FROM pl))
),
fl AS (
  SELECT 'favourited' AS kind, status_id AS id FROM favourites WHERE ${viewer}::bigint IS NOT NULL AND account_id = ${viewer} AND status_id = ANY(ARRAY(SELECT id FROM st))
  UNION ALL SELECT 'bookmarked', status_id FROM bookmarks WHERE ${viewer}::bigint IS NOT NULL AND account_id = ${viewer} AND status_id = ANY(ARRAY(SELECT id FROM st))
  UNION ALL SELECT 'pinned', status_id FROM pins WHERE ${viewer}::bigint IS NOT NULL AND account_id = ${viewer} AND status_id = ANY(ARRAY(SELECT id FROM st))
  UNION ALL SELECT 'reblogged', reblog_of_id FROM statuses
    WHERE ${viewer}::bigint IS NOT NULL AND account_id = ${viewer} AND deleted_at IS NULL AND reblog_of_id = ANY(ARRAY(SELECT id FROM st))
  UNION ALL SELECT 'muted', st.id FROM st JOIN thread_states ts
    ON ${viewer}::bigint IS NOT NULL AND ts.account_id = ${viewer} AND ts.thread_id = COALESCE(st.thread_id, st.id) AND ts.muted
)
SELECT ${extra}
  (SELECT coalesce(json_agg(json_build_array(
    id::text, uri, url, account_id::text, text, content_html, spoiler_text, visibility, sensitive, language, local,
    in_reply_to_id::text, in_reply_to_account_id::text, reblog_of_id::text, replies_count, reblogs_count,
    favourites_count, created_at, edited_at, deleted_at, thread_id::text, emojis)), '[]') FROM st) AS statuses,
  (SELECT coalesce(json_agg(json_build_array(
    id::text, username, domain, handle_key, display_name, note_source, note_html, fields, locked, bot, discoverable,
    uri, url, inbox_url, shared_inbox_url, outbox_url, followers_url, public_key_pem, avatar_url, header_url,
    statuses_count, followers_count, following_count, last_status_at, suspended_at, created_at, updated_at,
    moved_to_account_id::text, also_known_as, silenced_at, sensitized_at, emojis)), '[]')
   FROM ac) AS accounts,
  (SELECT coalesce(json_agg(json_build_array(status_id::text, account_id::text)), '[]') FROM mn) AS mentions,
  (SELECT coalesce(json_agg(json_build_array(status_id::text, id::text, name, display)), '[]') FROM tg) AS tags,
  (SELECT coalesce(json_agg(json_build_array(kind, id::text)), '[]') FROM fl) AS flags,
  (SELECT coalesce(json_agg(${MEDIA_JSON} ORDER BY status_id, position), '[]') FROM md) AS media,
  (SELECT coalesce(json_agg(${POLL_JSON}), '[]') FROM pl) AS polls,
  (SELECT coalesce(json_agg(json_build_array(poll_id::text, choice)), '[]') FROM pv) AS votes`;

const BY_IDS = bundleSql("base AS (SELECT * FROM statuses WHERE id = ANY($1::bigint[]))", "$2");

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const big = (value: Json) => (value === null ? null : BigInt(value as string));
// json_build_array renders TIMESTAMP without a zone; Prisma stores UTC.
const date = (value: Json) => (value === null ? null : new Date(`${value as string}Z`));

function toStatus(r: Json[]): Status {
  return {
    id: BigInt(r[0] as string), uri: r[1] as string, url: r[2] as string | null, accountId: BigInt(r[3] as string),
    text: r[4] as string, contentHtml: r[5] as string, spoilerText: r[6] as string,
    visibility: r[7] as Status["visibility"], sensitive: r[8] as boolean, language: r[9] as string | null,
    local: r[10] as boolean, inReplyToId: big(r[11]!), inReplyToAccountId: big(r[12]!), reblogOfId: big(r[13]!),
    repliesCount: r[14] as number, reblogsCount: r[15] as number, favouritesCount: r[16] as number,
    createdAt: date(r[17]!)!, editedAt: date(r[18]!), deletedAt: date(r[19]!), threadId: big(r[20]!), emojis: r[21] ?? [],
  };
}

function toAccount(r: Json[]): Account {
  return {
    id: BigInt(r[0] as string), username: r[1] as string, domain: r[2] as string | null, handleKey: r[3] as string,
    displayName: r[4] as string, noteSource: r[5] as string, noteHtml: r[6] as string, fields: r[7] as never,
    locked: r[8] as boolean, bot: r[9] as boolean, discoverable: r[10] as boolean, uri: r[11] as string,
    url: r[12] as string | null, inboxUrl: r[13] as string | null, sharedInboxUrl: r[14] as string | null,
    outboxUrl: r[15] as string | null, followersUrl: r[16] as string | null, publicKeyPem: r[17] as string | null,
    privateKeyPem: null, avatarUrl: r[18] as string | null, headerUrl: r[19] as string | null,
    statusesCount: r[20] as number, followersCount: r[21] as number, followingCount: r[22] as number,
    lastStatusAt: date(r[23]!), suspendedAt: date(r[24]!), createdAt: date(r[25]!)!, updatedAt: date(r[26]!)!,
    movedToAccountId: big(r[27]!), alsoKnownAs: (r[28] as string[] | null) ?? [], silencedAt: date(r[29]!), sensitizedAt: date(r[30]!),
    emojis: r[31] ?? [],
  };
}

type Row = {
  page?: string[]; relations?: string[][]; statuses: Json[][]; accounts: Json[][]; mentions: string[][]; tags: string[][];
  flags: string[][]; media: Json[][]; polls: Json[][]; votes: [string, number][];
};

function toBundle(row: Row, viewerId: bigint | null): Bundle {
  const statuses = row.statuses.map(toStatus);
  const mentions = new Map<bigint, bigint[]>(statuses.map((s) => [s.id, []]));
  for (const [statusId, accountId] of row.mentions) mentions.get(BigInt(statusId!))?.push(BigInt(accountId!));
  const tags = new Map<bigint, Tag[]>(statuses.map((s) => [s.id, []]));
  for (const [statusId, id, name, display] of row.tags) tags.get(BigInt(statusId!))?.push({ id: BigInt(id!), name: name!, display: display! });
  const flags = new Map<bigint, ViewerFlags>();
  if (viewerId !== null) {
    for (const s of statuses) flags.set(s.id, { favourited: false, reblogged: false, bookmarked: false, pinned: false, muted: false });
    for (const [kind, id] of row.flags) {
      const entry = flags.get(BigInt(id!));
      if (entry) entry[kind as keyof ViewerFlags] = true;
    }
  }
  const media = new Map<bigint, MediaAttachment[]>();
  for (const item of row.media.map(mediaFromJson)) media.set(item.statusId!, [...(media.get(item.statusId!) ?? []), item]);
  const polls = new Map(row.polls.map(pollFromJson).map((poll) => [poll.statusId, poll]));
  const votes = new Map<bigint, number[]>();
  for (const [pollId, choice] of row.votes) votes.set(BigInt(pollId), [...(votes.get(BigInt(pollId)) ?? []), choice]);
  return { statuses, accounts: row.accounts.map(toAccount), mentions, tags, flags, media, polls, votes };
}

/** Everything the given statuses show. */
export async function loadBundle(pool: pg.Pool, ids: readonly bigint[], viewerId: bigint | null): Promise<Bundle> {
  const { rows } = await pool.query<Row>({
    name: "bundle_by_ids",
    text: BY_IDS,
    values: [ids.map(String), viewerId === null ? null : String(viewerId)],
  });
  return toBundle(rows[0]!, viewerId);
}

/**
 * Runs a page query (one selecting `id`s, see db/timelines.ts) and loads everything
 * its statuses show, in one round trip. The ids come back unordered.
 */
export async function loadPageBundle(pool: pg.Pool, page: Prisma.Sql, viewerId: bigint | null, withViewer = false) {
  const viewer = `$${page.values.length + 1}`;
  const relationsSql =
    withViewer && viewerId !== null
      ? `(SELECT coalesce(json_agg(json_build_array(kind, id::text)), '[]') FROM (${viewerRowsSql(`${viewer}::bigint`)}) r) AS relations,`
      : "";
  const text = bundleSql(
    `page AS (${page.text}), base AS (SELECT * FROM statuses WHERE id = ANY(ARRAY(SELECT id FROM page)))`,
    viewer,
    `(SELECT coalesce(json_agg(id::text), '[]') FROM page) AS page, ${relationsSql}`,
  );
  // Named, so each connection plans each shape of page query once.
  const name = `page_${createHash("sha1").update(text).digest("hex").slice(0, 16)}`;
  const { rows } = await pool.query<Row>({ name, text, values: [...page.values, viewerId === null ? null : String(viewerId)] });
  const row = rows[0]!;
  const relations = row.relations && viewerId !== null
    ? viewerFromRows(viewerId, row.relations.map(([kind, id]) => ({ kind: kind!, id: id! })))
    : null;
  return { ids: row.page!.map((id) => BigInt(id)), bundle: toBundle(row, viewerId), viewer: relations };
}
