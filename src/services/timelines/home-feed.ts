// Materialised home feeds (see ARCHITECTURE.md, "Performance design"): one set-based
// INSERT ... SELECT per post into the feeds of recently active local followers, and
// a rebuild when someone comes back after a while.
import { Prisma } from "../../generated/prisma/client.js";
import type { ServiceDeps } from "../context.js";

export const ACTIVE_DAYS = 7;
/** How many recent statuses a rebuild or a new follow brings into a feed. */
export const REBUILD_SIZE = 400;
const MERGE_ON_FOLLOW = 100;

export interface FeedPost {
  statusId: bigint;
  accountId: bigint;
  reblogOfId: bigint | null;
  reblogOfAccountId: bigint | null;
  inReplyToAccountId: bigint | null;
  visibility: string;
  mentionedIds: bigint[];
}

const bigints = (ids: bigint[]) => Prisma.sql`${ids.map(String)}::bigint[]`;

/**
 * Inserts a new status into the home feeds of the author and of every active local
 * follower who should see it. Returns the owners of the feeds it went into.
 */
export async function fanOut(deps: ServiceDeps, post: FeedPost): Promise<bigint[]> {
  const origin = post.reblogOfId ?? post.statusId;
  const involved = post.reblogOfAccountId ? [post.accountId, post.reblogOfAccountId] : [post.accountId];
  const isReblog = post.reblogOfId !== null;
  const replyTo = post.inReplyToAccountId && post.inReplyToAccountId !== post.accountId ? post.inReplyToAccountId : null;
  // Public originals also go to the people following one of their hashtags (as on Mastodon).
  const tagFollowers =
    post.visibility === "PUBLIC" && !isReblog
      ? Prisma.sql`UNION
      SELECT tf.account_id FROM tag_follows tf
      JOIN credentials c ON c.account_id = tf.account_id
      WHERE tf.tag_id IN (SELECT st.tag_id FROM status_tags st WHERE st.status_id = ${post.statusId})
        AND c.last_active_at > now() - make_interval(days => ${ACTIVE_DAYS})
        AND tf.account_id NOT IN (SELECT account_id FROM excluded)
        AND NOT EXISTS (SELECT 1 FROM blocks b WHERE b.account_id = tf.account_id AND b.target_account_id = ${post.accountId})
        AND NOT EXISTS (SELECT 1 FROM blocks b WHERE b.target_account_id = tf.account_id AND b.account_id = ${post.accountId})
        AND NOT EXISTS (SELECT 1 FROM mutes m WHERE m.account_id = tf.account_id AND m.target_account_id = ${post.accountId}
                        AND (m.expires_at IS NULL OR m.expires_at > now()))`
      : Prisma.empty;
  const query = Prisma.sql`
    WITH excluded AS (
      -- owners of exclusive lists the author is in: the post stays out of their home
      SELECT l.account_id FROM list_accounts la JOIN lists l ON l.id = la.list_id
      WHERE la.account_id = ${post.accountId} AND l.exclusive
    ),
    recipients AS (
      SELECT f.account_id FROM follows f
      JOIN credentials c ON c.account_id = f.account_id
      WHERE f.target_account_id = ${post.accountId}
        AND c.last_active_at > now() - make_interval(days => ${ACTIVE_DAYS})
        AND (${!isReblog} OR f.show_reblogs)
        AND f.account_id NOT IN (SELECT account_id FROM excluded)
        AND (${post.visibility !== "DIRECT"} OR f.account_id = ANY(${bigints(post.mentionedIds)}))
        AND (${replyTo}::bigint IS NULL OR f.account_id = ${replyTo}::bigint OR EXISTS (
              SELECT 1 FROM follows r WHERE r.account_id = f.account_id AND r.target_account_id = ${replyTo}::bigint))
        AND NOT EXISTS (SELECT 1 FROM blocks b WHERE b.account_id = f.account_id AND b.target_account_id = ANY(${bigints(involved)}))
        AND NOT EXISTS (SELECT 1 FROM blocks b WHERE b.target_account_id = f.account_id AND b.account_id = ANY(${bigints(involved)}))
        AND NOT EXISTS (SELECT 1 FROM mutes m WHERE m.account_id = f.account_id AND m.target_account_id = ANY(${bigints(involved)})
                        AND (m.expires_at IS NULL OR m.expires_at > now()))
        AND (${!isReblog} OR NOT EXISTS (
              SELECT 1 FROM home_feed h WHERE h.origin_id = ${origin} AND h.account_id = f.account_id))
      UNION
      SELECT c.account_id FROM credentials c WHERE c.account_id = ${post.accountId}
        AND (${!isReblog} OR NOT EXISTS (
              SELECT 1 FROM home_feed h WHERE h.origin_id = ${origin} AND h.account_id = c.account_id))
      ${tagFollowers}
    )
    INSERT INTO home_feed (account_id, status_id, origin_id)
    SELECT account_id, ${post.statusId}, ${origin} FROM recipients
    ON CONFLICT DO NOTHING
    RETURNING account_id`;
  // Prepared once per process (one text with tag followers, one without): every post runs it.
  const name = tagFollowers === Prisma.empty ? "fan_out" : "fan_out_tags";
  const { rows } = await deps.pool.query<{ account_id: bigint }>({ name, text: query.text, values: query.values });
  return rows.map((row) => BigInt(row.account_id));
}

/** Removes a status or a boost from every feed; returns the feed owners. */
export async function removeFromFeeds(deps: ServiceDeps, statusId: bigint, reblogOfId: bigint | null): Promise<bigint[]> {
  const rows = await deps.db.$queryRaw<{ account_id: bigint }[]>`
    DELETE FROM home_feed WHERE origin_id = ${reblogOfId ?? statusId} AND status_id = ${statusId} RETURNING account_id`;
  return rows.map((row) => BigInt(row.account_id));
}

/** Feed owners holding a status or a boost of it (to tell them about an edit). */
export async function feedOwnersOf(deps: ServiceDeps, statusId: bigint): Promise<bigint[]> {
  const rows = await deps.db.$queryRaw<{ account_id: bigint }[]>`
    SELECT DISTINCT account_id FROM home_feed WHERE origin_id = ${statusId}`;
  return rows.map((row) => BigInt(row.account_id));
}

/** Drops an account's statuses and boosts from one feed (after unfollow, block, mute). */
export async function removeAuthorFromFeed(deps: ServiceDeps, ownerId: bigint, authorId: bigint): Promise<void> {
  await deps.db.$executeRaw`
    DELETE FROM home_feed h
    WHERE h.account_id = ${ownerId}
      AND EXISTS (SELECT 1 FROM statuses s
                  WHERE s.id IN (h.status_id, h.origin_id) AND s.account_id = ${authorId})`;
}

/**
 * After unfollowing a hashtag: drops from one feed the statuses with that tag by people
 * the owner does not follow, unless another hashtag they follow brought them (as Mastodon does).
 */
export async function removeTagFromFeed(deps: ServiceDeps, ownerId: bigint, tagId: bigint): Promise<void> {
  await deps.db.$executeRaw`
    DELETE FROM home_feed h USING statuses s
    WHERE h.account_id = ${ownerId} AND s.id = h.status_id AND s.account_id <> ${ownerId}
      AND EXISTS (SELECT 1 FROM status_tags st WHERE st.status_id = h.status_id AND st.tag_id = ${tagId})
      AND NOT EXISTS (SELECT 1 FROM follows f WHERE f.account_id = ${ownerId} AND f.target_account_id = s.account_id)
      AND NOT EXISTS (SELECT 1 FROM status_tags st JOIN tag_follows tf ON tf.tag_id = st.tag_id AND tf.account_id = ${ownerId}
                      WHERE st.status_id = h.status_id)`;
}

/** Statuses of `authorIds` that `ownerId` may see in home, newest first, inserted into the feed. */
async function fill(deps: ServiceDeps, ownerId: bigint, authorIds: Prisma.Sql, perAuthor: number, total: number) {
  await deps.db.$executeRaw`
    INSERT INTO home_feed (account_id, status_id, origin_id)
    SELECT ${ownerId}, picked.id, COALESCE(picked.reblog_of_id, picked.id) FROM (
      SELECT s.id, s.reblog_of_id FROM (${authorIds}) AS a(id)
      CROSS JOIN LATERAL (
        SELECT s.id, s.reblog_of_id FROM statuses s
        WHERE s.account_id = a.id AND s.deleted_at IS NULL
          AND (s.visibility <> 'DIRECT' OR s.account_id = ${ownerId}
               OR EXISTS (SELECT 1 FROM mentions m WHERE m.status_id = s.id AND m.account_id = ${ownerId}))
        ORDER BY s.id DESC LIMIT ${perAuthor}
      ) s
      -- members of the owner's exclusive lists stay out of home
      WHERE a.id = ${ownerId} OR a.id NOT IN (
        SELECT la.account_id FROM list_accounts la JOIN lists l ON l.id = la.list_id
        WHERE l.account_id = ${ownerId} AND l.exclusive)
      ORDER BY s.id DESC LIMIT ${total}
    ) picked
    ON CONFLICT DO NOTHING`;
}

/** Rebuilds the feed of someone returning after ACTIVE_DAYS or more. */
export async function rebuildFeed(deps: ServiceDeps, ownerId: bigint): Promise<void> {
  await fill(
    deps,
    ownerId,
    Prisma.sql`SELECT target_account_id FROM follows WHERE account_id = ${ownerId} UNION SELECT ${ownerId}::bigint`,
    REBUILD_SIZE / 4,
    REBUILD_SIZE,
  );
}

/** Brings a newly followed account's recent statuses into the follower's feed. */
export async function mergeIntoFeed(deps: ServiceDeps, ownerId: bigint, authorId: bigint): Promise<void> {
  await fill(deps, ownerId, Prisma.sql`SELECT ${authorId}::bigint`, MERGE_ON_FOLLOW, MERGE_ON_FOLLOW);
}

/**
 * Keeps someone's home feed warm: marks them active and, when they had been away long
 * enough for fan-out to skip them, rebuilds their feed. Marking comes first so that no
 * status posted during the rebuild is missed.
 */
export async function keepFeedWarm(deps: ServiceDeps, accountId: bigint, lastActiveAt: Date | null): Promise<void> {
  const now = Date.now();
  const stale = !lastActiveAt || now - lastActiveAt.getTime() > ACTIVE_DAYS * 86_400_000;
  if (!stale && now - lastActiveAt.getTime() < 3_600_000) return;
  await deps.db.credential.update({ where: { accountId }, data: { lastActiveAt: new Date(now) } });
  if (!stale) return;
  try {
    await rebuildFeed(deps, accountId);
  } catch {
    // Leave them marked inactive so the next request tries again; the request goes on.
    await deps.db.credential
      .update({ where: { accountId }, data: { lastActiveAt: lastActiveAt } })
      .catch(() => undefined);
  }
}

export async function isFeedWarm(deps: ServiceDeps, accountId: bigint): Promise<boolean> {
  const credential = await deps.db.credential.findUnique({ where: { accountId }, select: { lastActiveAt: true } });
  return !!credential?.lastActiveAt && Date.now() - credential.lastActiveAt.getTime() <= ACTIVE_DAYS * 86_400_000;
}

/** Home feeds keep this many newest entries (Mastodon keeps 400). */
export const FEED_SIZE = 400;

/**
 * Cuts every feed down to its FEED_SIZE newest entries. Fan-out only appends, so this
 * runs now and then (src/jobs/). One instance at a time: the advisory lock makes the
 * others skip their turn. Returns the number of entries removed.
 */
export async function trimHomeFeeds(deps: ServiceDeps): Promise<number> {
  return deps.db.$transaction(async (tx) => {
    const [lock] = await tx.$queryRaw<{ ok: boolean }[]>`SELECT pg_try_advisory_xact_lock(${0x74726d}) AS ok`;
    if (!lock?.ok) return 0;
    return tx.$executeRaw`
      DELETE FROM home_feed h
      USING (
        SELECT owners.account_id,
               (SELECT x.status_id FROM home_feed x WHERE x.account_id = owners.account_id
                ORDER BY x.status_id DESC OFFSET ${FEED_SIZE} LIMIT 1) AS cutoff
        FROM (SELECT DISTINCT account_id FROM home_feed) owners
      ) t
      WHERE t.cutoff IS NOT NULL AND h.account_id = t.account_id AND h.status_id <= t.cutoff`;
  });
}
