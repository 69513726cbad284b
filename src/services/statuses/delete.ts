import { NotFoundError } from "../../core/errors.js";
import type { Tx } from "../../db/client.js";
import type { Status } from "../../generated/prisma/client.js";
import type { Actor, ServiceDeps } from "../context.js";
import { findOwnStatus, requireActor } from "../guards.js";
import { keepForOutbox } from "../outbox-events.js";

/**
 * Soft-deletes a status (or boost) and keeps the counters right; false when it was
 * already deleted (two deletes racing count once). Runs inside a transaction.
 */
export async function softDelete(tx: Tx, status: Status): Promise<boolean> {
  const { count } = await tx.status.updateMany({ where: { id: status.id, deletedAt: null }, data: { deletedAt: new Date() } });
  if (count === 0) return false;
  await tx.account.update({ where: { id: status.accountId }, data: { statusesCount: { decrement: 1 } } });
  if (status.reblogOfId) {
    await tx.status.update({ where: { id: status.reblogOfId }, data: { reblogsCount: { decrement: 1 } } });
  }
  if (status.inReplyToId) {
    await tx.status.updateMany({ where: { id: status.inReplyToId }, data: { repliesCount: { decrement: 1 } } });
  }
  await tx.pin.deleteMany({ where: { statusId: status.id } });
  // Uploads go free, so "delete and redraft" can post them again; unused ones are removed after a day.
  await tx.mediaAttachment.updateMany({ where: { statusId: status.id }, data: { statusId: null } });
  return true;
}

export function statusDeletedEvent(status: Status, tags: string[]) {
  return {
    type: "status.deleted" as const,
    statusId: String(status.id),
    accountId: String(status.accountId),
    reblogOfId: status.reblogOfId ? String(status.reblogOfId) : null,
    visibility: status.visibility,
    tags,
  };
}

/** Deletes one's own status (moderators may delete anyone's). Returns it, text included, for redrafting. */
export async function deleteStatus(deps: ServiceDeps, actor: Actor | null, id: bigint) {
  const who = requireActor(actor, "write");
  await findOwnStatus(deps, who, id, { staff: true });
  const status = await deps.db.status.findUniqueOrThrow({ where: { id }, include: { tags: { include: { tag: true } } } });
  const boosts = await deps.db.status.findMany({ where: { reblogOfId: id, deletedAt: null } });
  const tags = status.tags.map((t) => t.tag.name);
  const { deleted, boostsDeleted } = await deps.db.$transaction(async (tx) => {
    const gone = [];
    for (const boost of boosts) {
      if (!(await softDelete(tx, boost))) continue;
      gone.push(boost);
      if (boost.local) await keepForOutbox(tx, statusDeletedEvent(boost, []));
    }
    const deleted = await softDelete(tx, status);
    if (deleted && status.local) await keepForOutbox(tx, statusDeletedEvent(status, tags));
    return { deleted, boostsDeleted: gone };
  });
  if (!deleted) throw new NotFoundError("Status");
  for (const boost of boostsDeleted) deps.events.publish(statusDeletedEvent(boost, []));
  deps.events.publish(statusDeletedEvent(status, tags));
  return deps.db.status.findUniqueOrThrow({ where: { id } });
}
