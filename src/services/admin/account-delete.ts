// DELETE /api/v1/admin/accounts/:id: a suspended account's data goes for good (admins only,
// as Mastodon's "Delete User Data"): posts (and boosts), favourites, follows both ways,
// follow requests, the notifications it caused, its profile and, for a local account, its
// sign-in (e-mail and tokens). The account row stays as a suspended placeholder so the name
// is never reused; other servers that followed a local account get a Delete of the actor.
// Deletion runs in batches, each committed on its own: a large account takes a while, and a
// second request finishes what an interrupted one left.
import { ForbiddenError } from "../../core/errors.js";
import type { Actor, ServiceDeps } from "../context.js";
import { followEnded } from "../follows/remote.js";
import { softDelete, statusDeletedEvent } from "../statuses/delete.js";
import { actionTarget, deleteTokens, isDeleted, loadAdminAccount, publishRevoked } from "./accounts.js";
import { audit } from "./audit.js";
import { keepForOutbox } from "../outbox-events.js";

const BATCH = 200;

async function deleteStatuses(deps: ServiceDeps, accountId: bigint) {
  for (;;) {
    const batch = await deps.db.status.findMany({
      where: { accountId, deletedAt: null },
      include: { tags: { include: { tag: true } } },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    if (batch.length === 0) return;
    const gone = await deps.db.$transaction(async (tx) => {
      const deleted = [];
      for (const status of batch) if (await softDelete(tx, status)) deleted.push(status);
      return deleted;
    });
    // Timelines and streams drop them; other servers hear of the whole account at once.
    for (const status of gone) deps.events.publish(statusDeletedEvent(status, status.tags.map((t) => t.tag.name)));
  }
}

async function deleteFavourites(deps: ServiceDeps, accountId: bigint) {
  const favourites = await deps.db.favourite.findMany({ where: { accountId }, select: { id: true, statusId: true } });
  for (let i = 0; i < favourites.length; i += BATCH) {
    const batch = favourites.slice(i, i + BATCH);
    await deps.db.$transaction(async (tx) => {
      const { count } = await tx.favourite.deleteMany({ where: { id: { in: batch.map((f) => f.id) } } });
      if (count === 0) return;
      for (const { statusId } of batch) {
        await tx.status.updateMany({ where: { id: statusId, favouritesCount: { gt: 0 } }, data: { favouritesCount: { decrement: 1 } } });
      }
    });
  }
}

export async function deleteAccountData(deps: ServiceDeps, actor: Actor | null, id: bigint) {
  const { who, target } = await actionTarget(deps, actor, id, "admin");
  if (!target.suspendedAt) throw new ForbiddenError("Only a suspended account's data can be deleted");
  if (await isDeleted(deps, id)) throw new ForbiddenError("This account's data was deleted already");
  const remoteFollowerIds =
    target.domain === null
      ? (await deps.db.follow.findMany({ where: { targetAccountId: id, account: { domain: { not: null } } }, select: { accountId: true } })).map((f) => String(f.accountId))
      : [];
  await deleteStatuses(deps, id);
  await deleteFavourites(deps, id);
  const [following, followers] = await Promise.all([
    deps.db.follow.findMany({ where: { accountId: id }, select: { targetAccountId: true } }),
    deps.db.follow.findMany({ where: { targetAccountId: id }, select: { accountId: true } }),
  ]);
  for (const { targetAccountId } of following) await followEnded(deps, id, targetAccountId);
  for (const follower of followers) await followEnded(deps, follower.accountId, id);
  const revoked = await deps.db.$transaction(async (tx) => {
    await tx.followRequest.deleteMany({ where: { OR: [{ accountId: id }, { targetAccountId: id }] } });
    await tx.notification.deleteMany({ where: { fromAccountId: id } });
    await tx.account.update({
      where: { id },
      data: { displayName: "", noteHtml: "", noteSource: "", fields: [], avatarUrl: null, headerUrl: null, alsoKnownAs: [], discoverable: false },
    });
    const revoked = target.credential ? await deleteTokens(tx, id) : [];
    if (target.credential) await tx.credential.delete({ where: { accountId: id } });
    await keepForOutbox(tx, { type: "account.deleted", accountId: String(id), remoteFollowerIds });
    await audit(tx, who, { action: "account.delete", targetType: "account", targetId: id, data: { username: target.username, domain: target.domain } });
    return revoked;
  });
  publishRevoked(deps, id, revoked);
  deps.events.publish({ type: "account.deleted", accountId: String(id), remoteFollowerIds });
  return loadAdminAccount(deps, id);
}
