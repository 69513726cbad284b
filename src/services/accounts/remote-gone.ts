// A person of another server deleted their account (Delete of their actor): as Mastodon
// does, what we keep of them goes — posts, boosts, favourites, follows both ways, requests,
// notifications they caused — and their account stays only as a suspended placeholder, so
// the handle cannot come back under the same actor and a late activity finds nothing to add to.
import type { ServiceDeps } from "../context.js";
import { deleteAllFavourites, deleteAllStatuses, endAllFollows } from "./erase.js";


/** Removes a remote account's content and relationships; false when it is not a remote account or was gone already. */
export async function removeRemoteAccount(deps: ServiceDeps, accountId: bigint): Promise<boolean> {
  const { count } = await deps.db.account.updateMany({
    where: { id: accountId, domain: { not: null }, suspendedAt: null },
    data: { suspendedAt: new Date(), displayName: "", noteHtml: "", fields: [], avatarUrl: null, headerUrl: null },
  });
  if (count === 0) return false;
  await endAllFollows(deps, accountId);
  await deps.db.followRequest.deleteMany({ where: { OR: [{ accountId }, { targetAccountId: accountId }] } });
  await deleteAllStatuses(deps, accountId);
  await deleteAllFavourites(deps, accountId);
  await deps.db.notification.deleteMany({ where: { fromAccountId: accountId } });
  return true;
}
