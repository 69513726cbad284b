// Erasing what an account did, for an admin deleting an account's data and for a person of
// another server who deleted theirs: posts and boosts (soft-deleted, in batches, each
// announced so that timelines and streams drop it), favourites (with the counts they added),
// and follows both ways.
import type { ServiceDeps } from "../context.js";
import { followEnded } from "../follows/remote.js";
import { softDelete, statusDeletedEvent } from "../statuses/delete.js";

const BATCH = 200;

export async function deleteAllStatuses(deps: ServiceDeps, accountId: bigint): Promise<void> {
  for (;;) {
    const batch = await deps.db.status.findMany({
      where: { accountId, deletedAt: null },
      include: { tags: { include: { tag: true } } },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    if (batch.length === 0) return;
    const gone = await deps.db.$transaction(async (tx) => {
      const deleted = [];
      for (const status of batch) if (await softDelete(tx, status)) deleted.push(status);
      return deleted;
    });
    // Other servers hear of the whole account at once, not of each post.
    for (const status of gone) deps.events.publish(statusDeletedEvent(status, status.tags.map((t) => t.tag.name)));
    if (batch.length < BATCH) return;
  }
}

export async function deleteAllFavourites(deps: ServiceDeps, accountId: bigint): Promise<void> {
  const favourites = await deps.db.favourite.findMany({ where: { accountId }, select: { id: true, statusId: true } });
  for (let i = 0; i < favourites.length; i += BATCH) {
    const batch = favourites.slice(i, i + BATCH);
    await deps.db.$transaction(async (tx) => {
      const { count } = await tx.favourite.deleteMany({ where: { id: { in: batch.map((f) => f.id) } } });
      if (count === 0) return;
      for (const { statusId } of batch) {
        await tx.status.updateMany({ where: { id: statusId, favouritesCount: { gt: 0 } }, data: { favouritesCount: { decrement: 1 } } });
      }
    });
  }
}

export async function endAllFollows(deps: ServiceDeps, accountId: bigint): Promise<void> {
  const [following, followers] = await Promise.all([
    deps.db.follow.findMany({ where: { accountId }, select: { targetAccountId: true } }),
    deps.db.follow.findMany({ where: { targetAccountId: accountId }, select: { accountId: true } }),
  ]);
  for (const { targetAccountId } of following) await followEnded(deps, accountId, targetAccountId);
  for (const follower of followers) await followEnded(deps, follower.accountId, accountId);
}
