import type { Tx } from "../../db/client.js";
import type { Actor, ServiceDeps } from "../context.js";
import { findActiveAccount, freshAccount, requireActor } from "../guards.js";
import { keepForOutbox } from "../outbox-events.js";

/** Removes a follow (and its counters) inside a transaction; true when there was one. */
export async function removeFollow(tx: Tx, accountId: bigint, targetAccountId: bigint): Promise<boolean> {
  const { count } = await tx.follow.deleteMany({ where: { accountId, targetAccountId } });
  if (count) {
    await tx.account.update({ where: { id: accountId }, data: { followingCount: { decrement: 1 } } });
    await tx.account.update({ where: { id: targetAccountId }, data: { followersCount: { decrement: 1 } } });
  }
  return count > 0;
}

/** Unfollows, or withdraws a pending follow request. */
export async function unfollow(deps: ServiceDeps, actor: Actor | null, accountId: bigint) {
  const who = requireActor(actor, "follow", "write:follows");
  const target = await findActiveAccount(deps, accountId);
  const removed = await deps.db.$transaction(async (tx) => {
    await tx.followRequest.deleteMany({ where: { accountId: who.accountId, targetAccountId: target.id } });
    const removed = await removeFollow(tx, who.accountId, target.id);
    if (removed) await keepForOutbox(tx, { type: "follow.removed", accountId: String(who.accountId), targetAccountId: String(target.id) });
    return removed;
  });
  if (removed) {
    const ids = { accountId: String(who.accountId), targetAccountId: String(target.id) };
    deps.events.publish({ type: "follow.removed", ...ids });
    deps.events.publish({ type: "relationship.changed", ...ids });
  }
  return freshAccount(deps, target.id);
}
