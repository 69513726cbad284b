// Moving an account, as Mastodon does it: the new account first names the old one as an
// alias (alsoKnownAs), then the old one moves. Its followers here follow the new account
// (a request when it is locked) and leave the old one; its followers on other servers are
// told with a Move (outbox), and their servers do the same. A Move from another server is
// honoured only when the new account's current actor document names the old one.
import { ForbiddenError, NotFoundError, ValidationError } from "../../core/errors.js";
import type { Actor, ServiceDeps } from "../context.js";
import { follow } from "../follows/follow.js";
import { unfollow } from "../follows/unfollow.js";
import { requireActor } from "../guards.js";
import { HANDLE_RE, type RemoteResolver } from "../search/resolve.js";
import { keepForOutbox } from "../outbox-events.js";

const MAX_ALIASES = 20;

/** The account a handle (user@domain or a local username) names, fetched when remote; NotFound otherwise. */
async function accountForHandle(deps: ServiceDeps, remote: RemoteResolver, handle: string) {
  const trimmed = handle.trim().replace(/^@/, "");
  const match = HANDLE_RE.exec(trimmed.includes("@") ? trimmed : `${trimmed}@${deps.config.domain}`);
  if (!match) throw new ValidationError("Give an account as user@domain", "handle");
  const [, username, domain] = match;
  const local = domain!.toLowerCase() === deps.config.domain.toLowerCase();
  const id = local
    ? (await deps.db.account.findUnique({ where: { handleKey: `${username!.toLowerCase()}@` }, select: { id: true } }))?.id
    : await remote.account(username!, domain!.toLowerCase());
  const account = id ? await deps.db.account.findUnique({ where: { id } }) : null;
  if (!account || account.suspendedAt) throw new NotFoundError("Account");
  return account;
}

/** Changes the actor's aliases, telling other servers (an Update of the actor). */
async function updateKept(deps: ServiceDeps, id: bigint, data: { alsoKnownAs: string[] }) {
  const event = { type: "account.updated", accountId: String(id) } as const;
  const [updated] = await deps.db.$transaction([deps.db.account.update({ where: { id }, data }), keepForOutbox(deps.db, event)]);
  deps.events.publish(event);
  return updated;
}

/** Names another account as also being the actor's (so that it may move here). */
export async function addAlias(deps: ServiceDeps, remote: RemoteResolver, actor: Actor | null, handle: string) {
  const who = requireActor(actor, "write:accounts");
  const alias = await accountForHandle(deps, remote, handle);
  if (alias.id === who.accountId) throw new ValidationError("An account can't be its own alias", "handle");
  const me = await deps.db.account.findUniqueOrThrow({ where: { id: who.accountId } });
  if (me.alsoKnownAs.includes(alias.uri)) return me;
  if (me.alsoKnownAs.length >= MAX_ALIASES) throw new ValidationError(`At most ${MAX_ALIASES} aliases`, "handle");
  const updated = await updateKept(deps, me.id, { alsoKnownAs: [...me.alsoKnownAs, alias.uri] });
  return updated;
}

export async function removeAlias(deps: ServiceDeps, actor: Actor | null, uri: string) {
  const who = requireActor(actor, "write:accounts");
  const me = await deps.db.account.findUniqueOrThrow({ where: { id: who.accountId } });
  if (!me.alsoKnownAs.includes(uri)) throw new NotFoundError("Alias");
  const updated = await updateKept(deps, me.id, { alsoKnownAs: me.alsoKnownAs.filter((u) => u !== uri) });
  return updated;
}

/** Moves the actor's account to the one `handle` names, which must list it as an alias. */
export async function moveAccount(deps: ServiceDeps, remote: RemoteResolver, actor: Actor | null, handle: string) {
  const who = requireActor(actor, "write:accounts");
  const me = await deps.db.account.findUniqueOrThrow({ where: { id: who.accountId } });
  if (me.movedToAccountId) throw new ForbiddenError("This account has moved already");
  const target = await accountForHandle(deps, remote, handle);
  if (target.id === me.id) throw new ValidationError("An account can't move to itself", "handle");
  if (target.movedToAccountId) throw new ValidationError("That account has moved itself", "handle");
  if (target.domain !== null) await remote.refresh(target.id);
  const current = await deps.db.account.findUniqueOrThrow({ where: { id: target.id } });
  if (!current.alsoKnownAs.includes(me.uri)) {
    throw new ValidationError(`${handle} must first name this account as an alias (also known as)`, "handle");
  }
  await moveFollowers(deps, me.id, target.id);
  return deps.db.account.findUniqueOrThrow({ where: { id: me.id } });
}

/**
 * Records that `fromId` moved to `toId` and moves its local followers: each follows the new
 * account (unless blocks stand between them) and leaves the old one. False when it had moved already.
 */
export async function moveFollowers(deps: ServiceDeps, fromId: bigint, toId: bigint): Promise<boolean> {
  const moved = { type: "account.moved", accountId: String(fromId), targetAccountId: String(toId) } as const;
  const count = await deps.db.$transaction(async (tx) => {
    const { count } = await tx.account.updateMany({ where: { id: fromId, movedToAccountId: null }, data: { movedToAccountId: toId } });
    if (count > 0) await keepForOutbox(tx, moved);
    return count;
  });
  if (count === 0) return false;
  deps.events.publish(moved);
  const followers = await deps.db.follow.findMany({ where: { targetAccountId: fromId, account: { domain: null } }, select: { accountId: true } });
  for (const { accountId } of followers) {
    const acting: Actor = { accountId, role: "USER", scopes: ["follow"] };
    if (accountId !== toId) {
      await follow(deps, acting, { accountId: toId }).catch((error: unknown) => {
        // Blocked either way, or the new account is gone: they simply stop following.
        if (!(error instanceof ForbiddenError || error instanceof NotFoundError)) throw error;
      });
    }
    await unfollow(deps, acting, fromId);
  }
  return true;
}
