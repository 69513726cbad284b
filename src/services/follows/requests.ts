import { NotFoundError } from "../../core/errors.js";
import type { Actor, ServiceDeps } from "../context.js";
import { requireActor } from "../guards.js";
import { createFollow } from "./follow.js";

async function takeRequest(deps: ServiceDeps, who: Actor, requesterId: bigint) {
  const request = await deps.db.followRequest.findUnique({
    where: { accountId_targetAccountId: { accountId: requesterId, targetAccountId: who.accountId } },
  });
  if (!request) throw new NotFoundError("Follow request");
  await deps.db.followRequest.delete({ where: { id: request.id } });
  return request;
}

/** The locked account accepts: the request becomes a follow. Returns the requester. */
export async function authorizeFollowRequest(deps: ServiceDeps, actor: Actor | null, requesterId: bigint) {
  const who = requireActor(actor, "follow");
  const request = await takeRequest(deps, who, requesterId);
  await createFollow(
    deps,
    { accountId: request.accountId, targetAccountId: who.accountId },
    { showReblogs: request.showReblogs, notify: request.notify },
  );
  return deps.db.account.findUniqueOrThrow({ where: { id: requesterId } });
}

export async function rejectFollowRequest(deps: ServiceDeps, actor: Actor | null, requesterId: bigint) {
  const who = requireActor(actor, "follow");
  await takeRequest(deps, who, requesterId);
  deps.events.publish({ type: "relationship.changed", accountId: String(requesterId), targetAccountId: String(who.accountId) });
  return deps.db.account.findUniqueOrThrow({ where: { id: requesterId } });
}
