// Favourites by people of other servers (their Like and Undo Like) of statuses here they may
// see. Like the local verbs, they publish events (the author is notified).
import { newId } from "../../core/ids.js";
import { canView } from "../../core/visibility.js";
import { loadViewer } from "../../db/viewer.js";
import type { ServiceDeps } from "../context.js";

async function visibleLocal(deps: ServiceDeps, accountId: bigint, statusUri: string) {
  const status = await deps.db.status.findUnique({
    where: { uri: statusUri },
    include: { mentions: { select: { accountId: true } }, account: { select: { suspendedAt: true } } },
  });
  if (!status || !status.local || status.reblogOfId !== null) return null;
  const facts = {
    accountId: status.accountId,
    visibility: status.visibility,
    deletedAt: status.deletedAt,
    authorSuspended: status.account.suspendedAt !== null,
    mentionedIds: new Set(status.mentions.map((mention) => mention.accountId)),
  };
  return canView(facts, await loadViewer(deps.pool, accountId)) ? status : null;
}

/** A remote account favourites a local status; false when it is unknown or not theirs to see. */
export async function remoteFavourite(deps: ServiceDeps, accountId: bigint, statusUri: string): Promise<boolean> {
  const status = await visibleLocal(deps, accountId, statusUri);
  if (!status) return false;
  const created = await deps.db.$transaction(async (tx) => {
    const { count } = await tx.favourite.createMany({ data: [{ id: newId(), accountId, statusId: status.id }], skipDuplicates: true });
    if (count) await tx.status.update({ where: { id: status.id }, data: { favouritesCount: { increment: 1 } } });
    return count > 0;
  });
  if (created) {
    deps.events.publish({ type: "favourite.created", accountId: String(accountId), statusId: String(status.id), statusAccountId: String(status.accountId) });
  }
  return created;
}

/** A remote account takes its favourite back. */
export async function remoteUnfavourite(deps: ServiceDeps, accountId: bigint, statusUri: string): Promise<void> {
  const status = await deps.db.status.findUnique({ where: { uri: statusUri }, select: { id: true, local: true } });
  if (!status?.local) return;
  await deps.db.$transaction(async (tx) => {
    const { count } = await tx.favourite.deleteMany({ where: { accountId, statusId: status.id } });
    if (count) await tx.status.update({ where: { id: status.id }, data: { favouritesCount: { decrement: 1 } } });
  });
}
