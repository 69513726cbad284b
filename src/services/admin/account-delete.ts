// DELETE /api/v1/admin/accounts/:id: a suspended account's data goes for good (admins only,
// as Mastodon's "Delete User Data"): posts (and boosts), favourites, follows both ways,
// follow requests, the notifications it caused, its profile and, for a local account, its
// sign-in (e-mail and tokens). The account row stays as a suspended placeholder so the name
// is never reused; other servers that followed a local account get a Delete of the actor.
// Deletion runs in batches, each committed on its own: a large account takes a while, and a
// second request finishes what an interrupted one left.
import { ForbiddenError } from "../../core/errors.js";
import type { Actor, ServiceDeps } from "../context.js";
import { deleteAllFavourites, deleteAllStatuses, endAllFollows } from "../accounts/erase.js";
import { actionTarget, deleteTokens, isDeleted, loadAdminAccount, publishRevoked } from "./accounts.js";
import { audit } from "./audit.js";
import { keepForOutbox } from "../outbox-events.js";

export async function deleteAccountData(deps: ServiceDeps, actor: Actor | null, id: bigint) {
  const { who, target } = await actionTarget(deps, actor, id, "admin");
  if (!target.suspendedAt) throw new ForbiddenError("Only a suspended account's data can be deleted");
  if (await isDeleted(deps, id)) throw new ForbiddenError("This account's data was deleted already");
  const remoteFollowerIds =
    target.domain === null
      ? (await deps.db.follow.findMany({ where: { targetAccountId: id, account: { domain: { not: null } } }, select: { accountId: true } })).map((f) => String(f.accountId))
      : [];
  await deleteAllStatuses(deps, id);
  await deleteAllFavourites(deps, id);
  await endAllFollows(deps, id);
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
