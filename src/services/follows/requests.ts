import { NotFoundError } from "../../core/errors.js";
import type { Tx } from "../../db/client.js";
import type { Actor, ServiceDeps } from "../context.js";
import { requireActor } from "../guards.js";
import { createFollow } from "./follow.js";
import { keepForOutbox } from "../outbox-events.js";

async function findRequest(deps: ServiceDeps, who: Actor, requesterId: bigint) {
  const request = await deps.db.followRequest.findUnique({
    where: { accountId_targetAccountId: { accountId: requesterId, targetAccountId: who.accountId } },
  });
  if (!request) throw new NotFoundError("Follow request");
  return request;
}

/** Deletes the request inside the caller's transaction; NotFound when another answer took it. */
async function consume(tx: Tx, id: bigint) {
  const { count } = await tx.followRequest.deleteMany({ where: { id } });
  if (count === 0) throw new NotFoundError("Follow request");
}

/** The locked account accepts: the request becomes a follow. Returns the requester. */
export async function authorizeFollowRequest(deps: ServiceDeps, actor: Actor | null, requesterId: bigint) {
  const who = requireActor(actor, "follow", "write:follows");
  const request = await findRequest(deps, who, requesterId);
  await createFollow(
    deps,
    { accountId: request.accountId, targetAccountId: who.accountId },
    { showReblogs: request.showReblogs, notify: request.notify, uri: request.uri },
    (tx) => consume(tx, request.id),
  );
  return deps.db.account.findUniqueOrThrow({ where: { id: requesterId } });
}

export async function rejectFollowRequest(deps: ServiceDeps, actor: Actor | null, requesterId: bigint) {
  const who = requireActor(actor, "follow", "write:follows");
  const request = await findRequest(deps, who, requesterId);
  const ids = { accountId: String(requesterId), targetAccountId: String(who.accountId) };
  const rejected = { type: "follow.rejected", ...ids, uri: request.uri } as const;
  await deps.db.$transaction(async (tx) => {
    await consume(tx, request.id);
    await keepForOutbox(tx, rejected);
  });
  deps.events.publish(rejected);
  deps.events.publish({ type: "relationship.changed", ...ids });
  return deps.db.account.findUniqueOrThrow({ where: { id: requesterId } });
}
