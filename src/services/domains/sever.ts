// Removing many follows at once (a domain suspended, a person blocking a whole server):
// the rows, then both counters of everyone involved, in the caller's transaction; the caller
// publishes follow.removed for each pair after the commit (home feeds and lists drop them);
// other servers hear of them through the transactional outbox.
import type { Tx } from "../../db/client.js";
import { Prisma } from "../../generated/prisma/client.js";
import type { ServiceDeps } from "../context.js";
import { keepAllForOutbox } from "../outbox-events.js";

export interface Pair {
  accountId: bigint;
  targetAccountId: bigint;
  /** the Follow activity, for one that came from another server */
  uri: string | null;
}

function tally(ids: bigint[]) {
  const counts = new Map<bigint, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return { ids: [...counts.keys()], counts: [...counts.values()] };
}

/** Deletes the follows matching `where` and fixes the counters; returns the pairs removed. */
export async function severFollows(tx: Tx, where: Prisma.FollowWhereInput): Promise<Pair[]> {
  const rows = await tx.follow.findMany({ where, select: { id: true, accountId: true, targetAccountId: true, uri: true } });
  if (rows.length === 0) return [];
  await tx.follow.deleteMany({ where: { id: { in: rows.map((row) => row.id) } } });
  const following = tally(rows.map((row) => row.accountId));
  const followers = tally(rows.map((row) => row.targetAccountId));
  await tx.$executeRaw(Prisma.sql`
    UPDATE accounts a SET following_count = GREATEST(a.following_count - c.n, 0)
    FROM (SELECT unnest(${following.ids}::bigint[]) AS id, unnest(${following.counts}::int[]) AS n) c WHERE a.id = c.id`);
  await tx.$executeRaw(Prisma.sql`
    UPDATE accounts a SET followers_count = GREATEST(a.followers_count - c.n, 0)
    FROM (SELECT unnest(${followers.ids}::bigint[]) AS id, unnest(${followers.counts}::int[]) AS n) c WHERE a.id = c.id`);
  await keepAllForOutbox(tx, rows.map((row) => ({ type: "follow.removed", accountId: String(row.accountId), targetAccountId: String(row.targetAccountId) }) as const));
  return rows.map((row) => ({ accountId: row.accountId, targetAccountId: row.targetAccountId, uri: row.uri }));
}

/** After the commit: each removed follow as follow.removed, and both sides' cached relationships. */
export function publishSevered(deps: ServiceDeps, pairs: Pair[]): void {
  for (const pair of pairs) {
    const ids = { accountId: String(pair.accountId), targetAccountId: String(pair.targetAccountId) };
    deps.events.publish({ type: "follow.removed", ...ids });
    deps.events.publish({ type: "relationship.changed", ...ids });
  }
}
