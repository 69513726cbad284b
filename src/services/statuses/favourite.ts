import { newId } from "../../core/ids.js";
import type { Actor, ServiceDeps } from "../context.js";
import { findVisibleStatus, requireActor } from "../guards.js";
import { keepForOutbox } from "../outbox-events.js";

async function original(deps: ServiceDeps, who: Actor, statusId: bigint) {
  const { status } = await findVisibleStatus(deps, who, statusId);
  return status.reblogOfId ? (await findVisibleStatus(deps, who, status.reblogOfId)).status : status;
}

/** Favourites a status (a boost's original). Idempotent. */
export async function favourite(deps: ServiceDeps, actor: Actor | null, statusId: bigint) {
  const who = requireActor(actor, "write");
  const status = await original(deps, who, statusId);
  const event = { type: "favourite.created", accountId: String(who.accountId), statusId: String(status.id), statusAccountId: String(status.accountId) } as const;
  const created = await deps.db.$transaction(async (tx) => {
    const { count } = await tx.favourite.createMany({
      data: [{ id: newId(), accountId: who.accountId, statusId: status.id }],
      skipDuplicates: true,
    });
    if (count) {
      await tx.status.update({ where: { id: status.id }, data: { favouritesCount: { increment: 1 } } });
      await keepForOutbox(tx, event);
    }
    return count > 0;
  });
  if (created) deps.events.publish(event);
  return deps.db.status.findUniqueOrThrow({ where: { id: status.id } });
}

export async function unfavourite(deps: ServiceDeps, actor: Actor | null, statusId: bigint) {
  const who = requireActor(actor, "write");
  const status = await original(deps, who, statusId);
  const event = { type: "favourite.removed", accountId: String(who.accountId), statusId: String(status.id), statusAccountId: String(status.accountId) } as const;
  const removed = await deps.db.$transaction(async (tx) => {
    const { count } = await tx.favourite.deleteMany({ where: { accountId: who.accountId, statusId: status.id } });
    if (count) {
      await tx.status.update({ where: { id: status.id }, data: { favouritesCount: { decrement: 1 } } });
      await keepForOutbox(tx, event);
    }
    return count > 0;
  });
  if (removed) deps.events.publish(event);
  return deps.db.status.findUniqueOrThrow({ where: { id: status.id } });
}

export { original as findOriginal };
