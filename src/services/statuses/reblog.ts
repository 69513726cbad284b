import { ForbiddenError, NotFoundError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import { reblogUri } from "../../core/urls.js";
import { canReblog } from "../../core/visibility.js";
import type { Actor, ServiceDeps } from "../context.js";
import { findVisibleStatus, isUniqueViolation, requireActor } from "../guards.js";
import { softDelete, statusDeletedEvent } from "./delete.js";
import { keepForOutbox } from "../outbox-events.js";
import { statusCreatedEvent } from "./events.js";

/** Boosts a status. Boosting twice returns the existing boost. */
export async function reblog(deps: ServiceDeps, actor: Actor | null, statusId: bigint) {
  const who = requireActor(actor, "write");
  const { status: target, facts, viewer } = await findVisibleStatus(deps, who, statusId);
  // Boosting a boost boosts the original.
  const original = target.reblogOfId
    ? (await findVisibleStatus(deps, who, target.reblogOfId)).status
    : target;
  const originalFacts = target.reblogOfId ? facts.reblog! : facts;
  if (!canReblog(originalFacts, viewer)) throw new ForbiddenError("This status can't be boosted");
  const existing = await deps.db.status.findFirst({
    where: { accountId: who.accountId, reblogOfId: original.id, deletedAt: null },
  });
  if (existing) return existing;
  const author = await deps.db.account.findUniqueOrThrow({ where: { id: who.accountId } });
  const id = newId();
  const boost = await deps.db
    .$transaction(async (tx) => {
    const created = await tx.status.create({
      data: {
        id,
        uri: reblogUri(deps.config.publicUrl, author.username, id),
        accountId: who.accountId,
        visibility: original.visibility,
        reblogOfId: original.id,
      },
    });
    await tx.status.update({ where: { id: original.id }, data: { reblogsCount: { increment: 1 } } });
    await tx.account.update({
      where: { id: who.accountId },
      data: { statusesCount: { increment: 1 }, lastStatusAt: new Date() },
    });
    await keepForOutbox(tx, statusCreatedEvent(created, [], [], original));
    return created;
    })
    .catch(async (error: unknown) => {
      // Another request boosted it first: that boost is the answer.
      if (!isUniqueViolation(error)) throw error;
      return null;
    });
  if (!boost) {
    return deps.db.status.findFirstOrThrow({ where: { accountId: who.accountId, reblogOfId: original.id, deletedAt: null } });
  }
  deps.events.publish(statusCreatedEvent(boost, [], [], original));
  return boost;
}

/** Undoes a boost; returns the original status. */
export async function unreblog(deps: ServiceDeps, actor: Actor | null, statusId: bigint) {
  const who = requireActor(actor, "write");
  const { status } = await findVisibleStatus(deps, who, statusId);
  const originalId = status.reblogOfId ?? status.id;
  const boost = await deps.db.status.findFirst({
    where: { accountId: who.accountId, reblogOfId: originalId, deletedAt: null },
  });
  const undone =
    boost &&
    (await deps.db.$transaction(async (tx) => {
      const deleted = await softDelete(tx, boost);
      if (deleted) await keepForOutbox(tx, statusDeletedEvent(boost, []));
      return deleted;
    }));
  if (boost && undone) {
    deps.events.publish(statusDeletedEvent(boost, []));
  }
  const original = await deps.db.status.findUnique({ where: { id: originalId } });
  if (!original) throw new NotFoundError("Status");
  return original;
}
