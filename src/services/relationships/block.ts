import { ValidationError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import type { Actor, ServiceDeps } from "../context.js";
import { removeFollow } from "../follows/unfollow.js";
import { keepAllForOutbox, keepForOutbox } from "../outbox-events.js";
import { findActiveAccount, freshAccount, requireActor } from "../guards.js";

/** Blocking severs follows and follow requests in both directions. */
export async function block(deps: ServiceDeps, actor: Actor | null, accountId: bigint) {
  const who = requireActor(actor, "follow", "write:blocks");
  if (accountId === who.accountId) throw new ValidationError("You can't block yourself", "accountId");
  const target = await findActiveAccount(deps, accountId);
  const ids = { accountId: String(who.accountId), targetAccountId: String(target.id) };
  const unfollowed = { type: "follow.removed", ...ids } as const;
  const unfollowedBack = { type: "follow.removed", accountId: ids.targetAccountId, targetAccountId: ids.accountId } as const;
  const blocked = { type: "block.created", ...ids } as const;
  const severed = await deps.db.$transaction(async (tx) => {
    await tx.block.createMany({
      data: [{ id: newId(), accountId: who.accountId, targetAccountId: target.id }],
      skipDuplicates: true,
    });
    await tx.followRequest.deleteMany({
      where: {
        OR: [
          { accountId: who.accountId, targetAccountId: target.id },
          { accountId: target.id, targetAccountId: who.accountId },
        ],
      },
    });
    const a = await removeFollow(tx, who.accountId, target.id);
    const b = await removeFollow(tx, target.id, who.accountId);
    await keepAllForOutbox(tx, [...(a ? [unfollowed] : []), ...(b ? [unfollowedBack] : []), blocked]);
    return { a, b };
  });
  if (severed.a) deps.events.publish(unfollowed);
  if (severed.b) deps.events.publish(unfollowedBack);
  deps.events.publish(blocked);
  deps.events.publish({ type: "relationship.changed", ...ids });
  return freshAccount(deps, target.id);
}

export async function unblock(deps: ServiceDeps, actor: Actor | null, accountId: bigint) {
  const who = requireActor(actor, "follow", "write:blocks");
  const target = await findActiveAccount(deps, accountId);
  const ids = { accountId: String(who.accountId), targetAccountId: String(target.id) };
  const unblocked = { type: "block.removed", ...ids } as const;
  const count = await deps.db.$transaction(async (tx) => {
    const { count } = await tx.block.deleteMany({ where: { accountId: who.accountId, targetAccountId: target.id } });
    if (count) await keepForOutbox(tx, unblocked);
    return count;
  });
  if (count) {
    deps.events.publish(unblocked);
    deps.events.publish({ type: "relationship.changed", ...ids });
  }
  return freshAccount(deps, target.id);
}
