import { ForbiddenError, ValidationError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import type { Tx } from "../../db/client.js";
import type { Actor, ServiceDeps } from "../context.js";
import { findActiveAccount, freshAccount, requireActor } from "../guards.js";
import { keepForOutbox } from "../outbox-events.js";

export interface FollowInput {
  accountId: bigint;
  showReblogs?: boolean | null;
  notify?: boolean | null;
}

/** Follows an account, or asks to when it is locked. Following again updates the options. */
export async function follow(deps: ServiceDeps, actor: Actor | null, input: FollowInput) {
  const who = requireActor(actor, "follow", "write:follows");
  if (input.accountId === who.accountId) throw new ValidationError("You can't follow yourself", "accountId");
  const target = await findActiveAccount(deps, input.accountId);
  const pair = { accountId: who.accountId, targetAccountId: target.id };
  const blocked = await deps.db.block.findFirst({
    where: { OR: [pair, { accountId: target.id, targetAccountId: who.accountId }] },
  });
  if (blocked) throw new ForbiddenError("You can't follow this account");
  const options = {
    ...(input.showReblogs != null ? { showReblogs: input.showReblogs } : {}),
    ...(input.notify != null ? { notify: input.notify } : {}),
  };
  const existing = await deps.db.follow.findUnique({ where: { accountId_targetAccountId: pair } });
  if (existing) {
    if (Object.keys(options).length) await deps.db.follow.update({ where: { id: existing.id }, data: options });
    return freshAccount(deps, target.id);
  }
  if (target.locked) {
    const requested = { type: "follow.requested", accountId: String(who.accountId), targetAccountId: String(target.id) } as const;
    const count = await deps.db.$transaction(async (tx) => {
      const { count } = await tx.followRequest.createMany({ data: [{ id: newId(), ...pair, ...options }], skipDuplicates: true });
      if (count) await keepForOutbox(tx, requested);
      return count;
    });
    if (count) deps.events.publish(requested);
    return freshAccount(deps, target.id);
  }
  await createFollow(deps, pair, options);
  return freshAccount(deps, target.id);
}

/** Records a follow and its counters, then tells the rest of the system. */
export async function createFollow(
  deps: ServiceDeps,
  pair: { accountId: bigint; targetAccountId: bigint },
  options: { showReblogs?: boolean; notify?: boolean; uri?: string | null },
  /** more work for the same transaction (accepting a follow request consumes it) */
  alongside?: (tx: Tx) => Promise<void>,
) {
  const created = await deps.db.$transaction(async (tx) => {
    await alongside?.(tx);
    const { count } = await tx.follow.createMany({ data: [{ id: newId(), ...pair, ...options }], skipDuplicates: true });
    if (!count) return false;
    await tx.account.update({ where: { id: pair.accountId }, data: { followingCount: { increment: 1 } } });
    await tx.account.update({ where: { id: pair.targetAccountId }, data: { followersCount: { increment: 1 } } });
    await keepForOutbox(tx, { type: "follow.created", accountId: String(pair.accountId), targetAccountId: String(pair.targetAccountId) });
    return true;
  });
  if (created) {
    const ids = { accountId: String(pair.accountId), targetAccountId: String(pair.targetAccountId) };
    deps.events.publish({ type: "follow.created", ...ids });
    deps.events.publish({ type: "relationship.changed", ...ids });
  }
}
