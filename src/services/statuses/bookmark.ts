import { newId } from "../../core/ids.js";
import type { Actor, ServiceDeps } from "../context.js";
import { requireActor } from "../guards.js";
import { findOriginal } from "./favourite.js";

/** Bookmarks are private to their owner: no event, no notification. */
export async function bookmark(deps: ServiceDeps, actor: Actor | null, statusId: bigint) {
  const who = requireActor(actor, "write");
  const status = await findOriginal(deps, who, statusId);
  await deps.db.bookmark.createMany({
    data: [{ id: newId(), accountId: who.accountId, statusId: status.id }],
    skipDuplicates: true,
  });
  return status;
}

export async function unbookmark(deps: ServiceDeps, actor: Actor | null, statusId: bigint) {
  const who = requireActor(actor, "write");
  const status = await findOriginal(deps, who, statusId);
  await deps.db.bookmark.deleteMany({ where: { accountId: who.accountId, statusId: status.id } });
  return status;
}
