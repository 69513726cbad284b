// A person of another server deleted their account (Delete of their actor): as Mastodon
// does, what we keep of them goes — posts, boosts, favourites, follows both ways, requests,
// notifications they caused — and their account stays only as a suspended placeholder, so
// the handle cannot come back under the same actor and a late activity finds nothing to add to.
import type { ServiceDeps } from "../context.js";
import { followEnded } from "../follows/remote.js";
import { softDelete, statusDeletedEvent } from "../statuses/delete.js";

const BATCH = 200;

async function deleteStatuses(deps: ServiceDeps, accountId: bigint): Promise<void> {
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
    for (const status of gone) deps.events.publish(statusDeletedEvent(status, status.tags.map((t) => t.tag.name)));
    if (batch.length < BATCH) return;
  }
}

async function deleteFavourites(deps: ServiceDeps, accountId: bigint): Promise<void> {
  const favourites = await deps.db.favourite.findMany({ where: { accountId }, select: { statusId: true } });
  await deps.db.$transaction(async (tx) => {
    const { count } = await tx.favourite.deleteMany({ where: { accountId } });
    if (count === 0) return;
    for (const { statusId } of favourites) {
      await tx.status.updateMany({ where: { id: statusId, favouritesCount: { gt: 0 } }, data: { favouritesCount: { decrement: 1 } } });
    }
  });
}

/** Removes a remote account's content and relationships; false when it is not a remote account or was gone already. */
export async function removeRemoteAccount(deps: ServiceDeps, accountId: bigint): Promise<boolean> {
  const { count } = await deps.db.account.updateMany({
    where: { id: accountId, domain: { not: null }, suspendedAt: null },
    data: { suspendedAt: new Date(), displayName: "", noteHtml: "", fields: [], avatarUrl: null, headerUrl: null },
  });
  if (count === 0) return false;
  const [following, followers] = await Promise.all([
    deps.db.follow.findMany({ where: { accountId }, select: { targetAccountId: true } }),
    deps.db.follow.findMany({ where: { targetAccountId: accountId }, select: { accountId: true } }),
  ]);
  for (const { targetAccountId } of following) await followEnded(deps, accountId, targetAccountId);
  for (const follower of followers) await followEnded(deps, follower.accountId, accountId);
  await deps.db.followRequest.deleteMany({ where: { OR: [{ accountId }, { targetAccountId: accountId }] } });
  await deleteStatuses(deps, accountId);
  await deleteFavourites(deps, accountId);
  await deps.db.notification.deleteMany({ where: { fromAccountId: accountId } });
  return true;
}
