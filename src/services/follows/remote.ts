// Follows that other servers tell us about (their Follow, Accept, Reject and Undo). Like the
// local verbs, these publish events after commit; the ActivityPub outbox answers them
// (Accept for a follow of ours, and so on).
import { newId } from "../../core/ids.js";
import type { ServiceDeps } from "../context.js";
import { createFollow } from "./follow.js";
import { removeFollow } from "./unfollow.js";
import { keepForOutbox } from "../outbox-events.js";

export type FollowOutcome = "followed" | "requested" | "already" | "blocked";

/**
 * A remote account follows a local one: a follow at once, or a request when the local account
 * is locked. `uri` is the id of their Follow activity (our Accept names it).
 */
export async function receiveFollow(deps: ServiceDeps, followerId: bigint, targetId: bigint, uri: string): Promise<FollowOutcome> {
  const pair = { accountId: followerId, targetAccountId: targetId };
  const blocked = await deps.db.block.findFirst({
    where: { OR: [pair, { accountId: targetId, targetAccountId: followerId }] },
  });
  if (blocked) return "blocked";
  // Someone who blocked the follower's server is not followed from there (Reject), as on Mastodon.
  const follower = await deps.db.account.findUnique({ where: { id: followerId }, select: { domain: true } });
  if (follower?.domain && (await deps.db.accountDomainBlock.count({ where: { accountId: targetId, domain: follower.domain } }))) return "blocked";
  const existing = await deps.db.follow.findUnique({ where: { accountId_targetAccountId: pair } });
  if (existing) {
    await deps.db.follow.update({ where: { id: existing.id }, data: { uri } });
    return "already";
  }
  const target = await deps.db.account.findUniqueOrThrow({ where: { id: targetId } });
  if (target.locked) {
    const requested = { type: "follow.requested", accountId: String(followerId), targetAccountId: String(targetId) } as const;
    const count = await deps.db.$transaction(async (tx) => {
      const { count } = await tx.followRequest.createMany({ data: [{ id: newId(), ...pair, uri }], skipDuplicates: true });
      if (count) await keepForOutbox(tx, requested);
      return count;
    });
    if (count) {
      deps.events.publish(requested);
    } else {
      await deps.db.followRequest.updateMany({ where: pair, data: { uri } });
    }
    return "requested";
  }
  await createFollow(deps, pair, { uri });
  return "followed";
}

/** The remote account accepted a local account's follow request: it becomes a follow. */
export async function followAccepted(deps: ServiceDeps, followerId: bigint, targetId: bigint): Promise<void> {
  const pair = { accountId: followerId, targetAccountId: targetId };
  const request = await deps.db.followRequest.findUnique({ where: { accountId_targetAccountId: pair } });
  if (!request) return; // already a follow (an unlocked account's, made when we sent the Follow), or withdrawn
  await createFollow(deps, pair, { showReblogs: request.showReblogs, notify: request.notify, uri: request.uri }, async (tx) => {
    await tx.followRequest.deleteMany({ where: { id: request.id } });
  });
}

/**
 * The follow between the two ends, or the request for it, is gone: the remote account
 * rejected a local follower, or a remote follower unfollowed (Undo Follow).
 */
export async function followEnded(deps: ServiceDeps, followerId: bigint, targetId: bigint): Promise<void> {
  const removed = await deps.db.$transaction(async (tx) => {
    const requests = await tx.followRequest.deleteMany({ where: { accountId: followerId, targetAccountId: targetId } });
    const removed = (await removeFollow(tx, followerId, targetId)) || requests.count > 0;
    if (removed) await keepForOutbox(tx, { type: "follow.removed", accountId: String(followerId), targetAccountId: String(targetId) });
    return removed;
  });
  if (!removed) return;
  const ids = { accountId: String(followerId), targetAccountId: String(targetId) };
  deps.events.publish({ type: "follow.removed", ...ids });
  deps.events.publish({ type: "relationship.changed", ...ids });
}
