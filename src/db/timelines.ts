// Read views: which status ids make up a page of each timeline. Visibility is then
// decided by core/visibility.ts on the loaded facts; the SQL here only pre-filters so
// that pages stay full and fast.
import type { PageQuery } from "../core/paging.js";
import { Prisma } from "../generated/prisma/client.js";
import type { Db } from "./client.js";
import { notificationShown } from "./notifications.js";

type Ids = { id: bigint }[];

export function range(column: Prisma.Sql, page: PageQuery) {
  return Prisma.sql`${page.maxId !== null ? Prisma.sql`AND ${column} < ${page.maxId}` : Prisma.empty}
    ${page.minId !== null ? Prisma.sql`AND ${column} > ${page.minId}` : Prisma.empty}`;
}

export function order(column: Prisma.Sql, page: PageQuery) {
  return Prisma.sql`ORDER BY ${column} ${page.ascending ? Prisma.sql`ASC` : Prisma.sql`DESC`} LIMIT ${page.limit}`;
}

async function ids(db: Db, query: Prisma.Sql): Promise<bigint[]> {
  return (await db.$queryRaw<Ids>(query)).map((row) => BigInt(row.id));
}

// Page queries: they select the `id`s of one page; db/bundle.ts runs them together with
// everything the page shows, in one round trip.

export function homePage(ownerId: bigint, page: PageQuery): Prisma.Sql {
  return (Prisma.sql`
    SELECT status_id AS id FROM home_feed WHERE account_id = ${ownerId}
    ${range(Prisma.sql`status_id`, page)} ${order(Prisma.sql`status_id`, page)}`);
}

/** Which public statuses a public or hashtag timeline shows. */
export interface PublicFilter {
  /** local: ours only; remote: other servers' only */
  origin?: "local" | "remote" | null;
  onlyMedia?: boolean;
}

/** Public and hashtag timelines leave out limited (silenced) and suspended authors, as Mastodon does. */
const listedAuthor = Prisma.sql`AND EXISTS (SELECT 1 FROM accounts a WHERE a.id = s.account_id AND a.silenced_at IS NULL AND a.suspended_at IS NULL)`;

const publicFilter = (filter: PublicFilter) => Prisma.sql`
  ${listedAuthor}
  ${filter.origin === "local" ? Prisma.sql`AND s.local` : filter.origin === "remote" ? Prisma.sql`AND NOT s.local` : Prisma.empty}
  ${filter.onlyMedia ? Prisma.sql`AND EXISTS (SELECT 1 FROM media_attachments m WHERE m.status_id = s.id)` : Prisma.empty}`;

export function publicPage(filter: PublicFilter, page: PageQuery): Prisma.Sql {
  return (Prisma.sql`
    SELECT s.id FROM statuses s
    WHERE s.visibility = 'PUBLIC' AND s.reblog_of_id IS NULL AND s.deleted_at IS NULL ${publicFilter(filter)}
    ${range(Prisma.sql`s.id`, page)} ${order(Prisma.sql`s.id`, page)}`);
}

export function hashtagPage(tag: string, page: PageQuery, filter: PublicFilter = {}): Prisma.Sql {
  return (Prisma.sql`
    SELECT st.status_id AS id FROM status_tags st
    JOIN tags t ON t.id = st.tag_id
    JOIN statuses s ON s.id = st.status_id
    WHERE t.name = ${tag} AND s.visibility = 'PUBLIC' AND s.deleted_at IS NULL ${publicFilter(filter)}
    ${range(Prisma.sql`st.status_id`, page)} ${order(Prisma.sql`st.status_id`, page)}`);
}

export interface AccountStatusesFilter {
  excludeReplies?: boolean;
  excludeReblogs?: boolean;
  pinnedOnly?: boolean;
  onlyMedia?: boolean;
}

/** An account's statuses as `viewerId` may see them (the author sees all). */
export function accountStatusesPage(
  accountId: bigint,
  viewerId: bigint | null,
  filter: AccountStatusesFilter,
  page: PageQuery,
): Prisma.Sql {
  const visible =
    viewerId === accountId
      ? Prisma.empty
      : Prisma.sql`AND (s.visibility IN ('PUBLIC', 'UNLISTED')
          ${viewerId !== null
            ? Prisma.sql`OR (s.visibility = 'PRIVATE' AND EXISTS (SELECT 1 FROM follows f WHERE f.account_id = ${viewerId} AND f.target_account_id = ${accountId}))
               OR EXISTS (SELECT 1 FROM mentions m WHERE m.status_id = s.id AND m.account_id = ${viewerId})`
            : Prisma.empty})`;
  return (Prisma.sql`
    SELECT s.id FROM statuses s
    WHERE s.account_id = ${accountId} AND s.deleted_at IS NULL ${visible}
      ${filter.excludeReplies ? Prisma.sql`AND (s.in_reply_to_id IS NULL OR s.in_reply_to_account_id = ${accountId})` : Prisma.empty}
      ${filter.excludeReblogs ? Prisma.sql`AND s.reblog_of_id IS NULL` : Prisma.empty}
      ${filter.pinnedOnly ? Prisma.sql`AND EXISTS (SELECT 1 FROM pins p WHERE p.status_id = s.id)` : Prisma.empty}
      ${filter.onlyMedia ? Prisma.sql`AND EXISTS (SELECT 1 FROM media_attachments m WHERE m.status_id = s.id)` : Prisma.empty}
    ${range(Prisma.sql`s.id`, page)} ${order(Prisma.sql`s.id`, page)}`);
}

/** Favourites and bookmarks page by their own id (when it was added); the status id comes along. */
export async function markedIds(db: Db, table: "favourites" | "bookmarks", accountId: bigint, page: PageQuery) {
  const rows = await db.$queryRaw<{ id: bigint; status_id: bigint }[]>(Prisma.sql`
    SELECT x.id, x.status_id FROM ${Prisma.raw(table)} x
    JOIN statuses s ON s.id = x.status_id AND s.deleted_at IS NULL
    WHERE x.account_id = ${accountId}
    ${range(Prisma.sql`x.id`, page)} ${order(Prisma.sql`x.id`, page)}`);
  return rows.map((row) => ({ cursor: BigInt(row.id), statusId: BigInt(row.status_id) }));
}

/** A page of the owner's notifications: those `notificationShown` lets through, of `types` if given. */
export function notificationIds(db: Db, accountId: bigint, types: string[] | null, page: PageQuery) {
  return ids(db, Prisma.sql`
    SELECT n.id FROM notifications n
    WHERE n.account_id = ${accountId}
      AND ${notificationShown}
      ${types ? Prisma.sql`AND n.type::text = ANY(${types}::text[])` : Prisma.empty}
    ${range(Prisma.sql`n.id`, page)} ${order(Prisma.sql`n.id`, page)}`);
}

/** Ancestors (oldest first) and descendants (depth-first order by id) of a status. */
export async function threadIds(db: Db, statusId: bigint) {
  const ancestors = await ids(db, Prisma.sql`
    WITH RECURSIVE up(id, parent, depth) AS (
      SELECT s.id, s.in_reply_to_id, 0 FROM statuses s WHERE s.id = ${statusId}
      UNION ALL
      SELECT s.id, s.in_reply_to_id, up.depth + 1 FROM statuses s JOIN up ON s.id = up.parent WHERE up.depth < 100
    )
    SELECT id FROM up WHERE id <> ${statusId} ORDER BY depth DESC`);
  const descendants = await ids(db, Prisma.sql`
    WITH RECURSIVE down(id, path) AS (
      SELECT s.id, ARRAY[s.id] FROM statuses s WHERE s.in_reply_to_id = ${statusId} AND s.deleted_at IS NULL
      UNION ALL
      SELECT s.id, down.path || s.id FROM statuses s JOIN down ON s.in_reply_to_id = down.id
      WHERE s.deleted_at IS NULL AND array_length(down.path, 1) < 100
    )
    SELECT id FROM down ORDER BY path LIMIT 1000`);
  return { ancestors, descendants };
}
