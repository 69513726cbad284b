// Read views for lists and followed hashtags, shared by the API adapters and the
// list fan-out. Visibility is decided afterwards by core/visibility.ts (db/visible.ts);
// the SQL pre-filters so that pages stay full.
import type pg from "pg";
import type { PageQuery } from "../core/paging.js";
import { Prisma, type List } from "../generated/prisma/client.js";
import type { Db } from "./client.js";
import { order, range } from "./timelines.js";

/** Someone's own list, or null (someone else's list is nobody's business). */
export function ownList(db: Db, ownerId: bigint, listId: bigint): Promise<List | null> {
  return db.list.findFirst({ where: { id: listId, accountId: ownerId } });
}

/** Replies shown in a list: self-replies, replies to the owner, and what the policy allows. */
function repliesShown(list: Pick<List, "id" | "accountId" | "repliesPolicy">, status: Prisma.Sql) {
  const target = Prisma.sql`${status}.in_reply_to_account_id`;
  const policy =
    list.repliesPolicy === "FOLLOWED"
      ? Prisma.sql`OR EXISTS (SELECT 1 FROM follows r WHERE r.account_id = ${list.accountId} AND r.target_account_id = ${target})`
      : list.repliesPolicy === "LIST"
        ? Prisma.sql`OR EXISTS (SELECT 1 FROM list_accounts r WHERE r.list_id = ${list.id} AND r.account_id = ${target})`
        : Prisma.empty;
  return Prisma.sql`(${target} IS NULL OR ${target} = ${status}.account_id OR ${target} = ${list.accountId} ${policy})`;
}

/**
 * A page of a list's timeline as its owner sees it: the members' statuses and boosts
 * (no direct messages, as on Mastodon), replies as the list's policy says.
 */
export function listPage(list: Pick<List, "id" | "accountId" | "repliesPolicy">, page: PageQuery): Prisma.Sql {
  const owner = list.accountId;
  return Prisma.sql`
    SELECT picked.id FROM list_accounts la
    LEFT JOIN follows f ON f.account_id = ${owner} AND f.target_account_id = la.account_id
    CROSS JOIN LATERAL (
      SELECT s.id FROM statuses s
      WHERE s.account_id = la.account_id AND s.deleted_at IS NULL AND s.visibility <> 'DIRECT'
        AND (s.visibility IN ('PUBLIC', 'UNLISTED') OR s.account_id = ${owner} OR f.id IS NOT NULL
             OR EXISTS (SELECT 1 FROM mentions m WHERE m.status_id = s.id AND m.account_id = ${owner}))
        AND ${repliesShown(list, Prisma.sql`s`)}
        ${range(Prisma.sql`s.id`, page)} ${order(Prisma.sql`s.id`, page)}
    ) picked
    WHERE la.list_id = ${list.id}
    ${order(Prisma.sql`picked.id`, page)}`;
}

/** The lists a new status belongs in (its author is a member; replies as each policy says). */
export async function listsForStatus(
  pool: pg.Pool,
  status: { accountId: bigint; inReplyToAccountId: bigint | null },
): Promise<bigint[]> {
  const target = status.inReplyToAccountId;
  const query = Prisma.sql`
    SELECT l.id FROM list_accounts la JOIN lists l ON l.id = la.list_id
    WHERE la.account_id = ${status.accountId}
      AND (${target}::bigint IS NULL OR ${target}::bigint IN (${status.accountId}, l.account_id)
           OR (l.replies_policy = 'FOLLOWED' AND EXISTS (
                 SELECT 1 FROM follows r WHERE r.account_id = l.account_id AND r.target_account_id = ${target}::bigint))
           OR (l.replies_policy = 'LIST' AND EXISTS (
                 SELECT 1 FROM list_accounts r WHERE r.list_id = l.id AND r.account_id = ${target}::bigint)))`;
  const { rows } = await pool.query<{ id: bigint }>({ name: "lists_for_status", text: query.text, values: query.values });
  return rows.map((row) => BigInt(row.id));
}

/** Every list an account is in (to tell them of edits and deletions). */
export async function listsWithMember(db: Db, accountId: bigint): Promise<bigint[]> {
  const rows = await db.listAccount.findMany({ where: { accountId }, select: { listId: true } });
  return rows.map((row) => row.listId);
}

/** A page of a list's members, by account id (newest first), as Mastodon pages them. */
export async function listMembers(db: Db, listId: bigint, page: PageQuery | null) {
  const rows = await db.listAccount.findMany({
    where: {
      listId,
      account: { suspendedAt: null },
      ...(page ? { accountId: { ...(page.maxId !== null ? { lt: page.maxId } : {}), ...(page.minId !== null ? { gt: page.minId } : {}) } } : {}),
    },
    orderBy: { accountId: page?.ascending ? "asc" : "desc" },
    ...(page ? { take: page.limit } : {}),
    include: { account: true },
  });
  return rows.map((row) => ({ cursor: row.accountId, account: row.account }));
}

/** A page of the hashtags someone follows, by when they followed them (newest first). */
export async function followedTags(db: Db, accountId: bigint, page: PageQuery) {
  const rows = await db.tagFollow.findMany({
    where: {
      accountId,
      id: { ...(page.maxId !== null ? { lt: page.maxId } : {}), ...(page.minId !== null ? { gt: page.minId } : {}) },
    },
    orderBy: { id: page.ascending ? "asc" : "desc" },
    take: page.limit,
    include: { tag: true },
  });
  return rows.map((row) => ({ cursor: row.id, tag: row.tag }));
}

/** Which of these tags someone follows. */
export async function followedTagIds(db: Db, accountId: bigint, tagIds: readonly bigint[]): Promise<Set<bigint>> {
  if (tagIds.length === 0) return new Set();
  const rows = await db.tagFollow.findMany({ where: { accountId, tagId: { in: [...tagIds] } }, select: { tagId: true } });
  return new Set(rows.map((row) => row.tagId));
}
