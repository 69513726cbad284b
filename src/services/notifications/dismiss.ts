import { NotFoundError } from "../../core/errors.js";
import type { Actor, ServiceDeps } from "../context.js";
import { requireActor } from "../guards.js";

/** Removes one of the actor's notifications. */
export async function dismissNotification(deps: ServiceDeps, actor: Actor | null, id: bigint) {
  const who = requireActor(actor, "write");
  const { count } = await deps.db.notification.deleteMany({ where: { id, accountId: who.accountId } });
  if (count === 0) throw new NotFoundError("Notification");
}

/** Removes all of the actor's notifications. */
export async function clearNotifications(deps: ServiceDeps, actor: Actor | null) {
  const who = requireActor(actor, "write");
  const { count } = await deps.db.notification.deleteMany({ where: { accountId: who.accountId } });
  return count;
}
