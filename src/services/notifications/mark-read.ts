import type { Actor, ServiceDeps } from "../context.js";
import { requireActor } from "../guards.js";

/** Marks the actor's notifications read, all of them or up to and including `upToId`. */
export async function markNotificationsRead(deps: ServiceDeps, actor: Actor | null, upToId?: bigint | null) {
  const who = requireActor(actor, "write");
  const { count } = await deps.db.notification.updateMany({
    where: { accountId: who.accountId, readAt: null, ...(upToId != null ? { id: { lte: upToId } } : {}) },
    data: { readAt: new Date() },
  });
  if (count) deps.events.publish({ type: "notifications.read", accountId: String(who.accountId) });
  return count;
}
