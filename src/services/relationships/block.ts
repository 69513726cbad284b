import { ValidationError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import type { Actor, ServiceDeps } from "../context.js";
import { removeFollow } from "../follows/unfollow.js";
import { findActiveAccount, freshAccount, requireActor } from "../guards.js";

/** Blocking severs follows and follow requests in both directions. */
export async function block(deps: ServiceDeps, actor: Actor | null, accountId: bigint) {
  const who = requireActor(actor, "follow", "write:blocks");
  if (accountId === who.accountId) throw new ValidationError("You can't block yourself", "accountId");
  const target = await findActiveAccount(deps, accountId);
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
    return { a, b };
  });
  const ids = { accountId: String(who.accountId), targetAccountId: String(target.id) };
  if (severed.a) deps.events.publish({ type: "follow.removed", ...ids });
  if (severed.b) deps.events.publish({ type: "follow.removed", accountId: ids.targetAccountId, targetAccountId: ids.accountId });
  deps.events.publish({ type: "block.created", ...ids });
  deps.events.publish({ type: "relationship.changed", ...ids });
  return freshAccount(deps, target.id);
}

export async function unblock(deps: ServiceDeps, actor: Actor | null, accountId: bigint) {
  const who = requireActor(actor, "follow", "write:blocks");
  const target = await findActiveAccount(deps, accountId);
  const { count } = await deps.db.block.deleteMany({ where: { accountId: who.accountId, targetAccountId: target.id } });
  if (count) {
    const ids = { accountId: String(who.accountId), targetAccountId: String(target.id) };
    deps.events.publish({ type: "block.removed", ...ids });
    deps.events.publish({ type: "relationship.changed", ...ids });
  }
  return freshAccount(deps, target.id);
}
