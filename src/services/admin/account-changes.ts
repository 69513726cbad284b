// The other account verbs of moderators: approve or reject an applicant, and undo an action
// (enable, unsilence, unsensitive, unsuspend). Each is in the audit log. Undoing what is not
// in force changes nothing (Mastodon answers the account as it is), except unsuspend, which
// Mastodon refuses for an account that is not suspended, as approve and reject for one that
// is not waiting.
import { ForbiddenError, ValidationError } from "../../core/errors.js";
import type { Prisma } from "../../generated/prisma/client.js";
import type { Actor, ServiceDeps } from "../context.js";
import { actionTarget, deleteTokens, isDeleted, loadAdminAccount, publishRevoked, type AdminAccount } from "./accounts.js";
import { audit } from "./audit.js";
import { announceUsableTokens } from "../auth/tokens.js";
import type { Mail } from "../../mail/smtp.js";
import { approvedMail, refusedMail } from "../mail/messages.js";
import { queueMail } from "../mail/outbox.js";
import { keepForOutbox, type FederatingEvent } from "../outbox-events.js";

interface Change {
  account?: Prisma.AccountUpdateInput;
  credential?: Prisma.CredentialUpdateInput;
  /** the applicant's tokens go (a refused application) */
  revokeTokens?: boolean;
  /** what the person is told (with SMTP settings) */
  mail?: Mail;
  /** what other servers are told */
  outbox?: FederatingEvent;
}

async function change(
  deps: ServiceDeps,
  actor: Actor | null,
  id: bigint,
  action: string,
  decide: (target: AdminAccount) => Change | null | Promise<Change | null>,
  reason = "",
): Promise<AdminAccount> {
  const { who, target } = await actionTarget(deps, actor, id);
  const wanted = await decide(target);
  if (!wanted) return target;
  const revoked = await deps.db.$transaction(async (tx) => {
    if (wanted.account) await tx.account.update({ where: { id }, data: wanted.account });
    if (wanted.credential) await tx.credential.update({ where: { accountId: id }, data: wanted.credential });
    const revoked = wanted.revokeTokens ? await deleteTokens(tx, id) : [];
    if (wanted.mail) await queueMail(tx, deps.config, wanted.mail);
    if (wanted.outbox) await keepForOutbox(tx, wanted.outbox);
    await audit(tx, who, { action, targetType: "account", targetId: id, reason });
    return revoked;
  });
  publishRevoked(deps, id, revoked);
  return loadAdminAccount(deps, id);
}

const pending = (target: AdminAccount) => !!target.credential && !target.credential.approved && !target.credential.rejectedAt;

/** Lets an applicant in (also one refused before: a moderator may change their mind). */
export async function approveAccount(deps: ServiceDeps, actor: Actor | null, id: bigint) {
  const approved = await change(deps, actor, id, "account.approve", (target) => {
    if (!target.credential || target.credential.approved) throw new ForbiddenError("This account is not waiting for approval");
    return {
      credential: { approved: true, rejectedAt: null, rejectionReason: null },
      mail: approvedMail(deps.config, target.credential.email, target.username),
    };
  });
  await announceUsableTokens(deps, id);
  return approved;
}

/** Refuses an applicant: they can never sign in, and are told why when they try. */
export function rejectAccount(deps: ServiceDeps, actor: Actor | null, id: bigint, reason?: string | null) {
  const text = (reason ?? "").trim();
  return change(
    deps,
    actor,
    id,
    "account.reject",
    (target) => {
      if (!pending(target)) throw new ForbiddenError("This account is not waiting for approval");
      if (text.length > 1000) throw new ValidationError("The reason is too long (at most 1000 characters)", "reason");
      return {
        credential: { rejectedAt: new Date(), rejectionReason: text || null },
        revokeTokens: true,
        mail: refusedMail(deps.config, target.credential!.email, text || null),
      };
    },
    text,
  );
}

/** Gives back a disabled login. */
export function enableAccount(deps: ServiceDeps, actor: Actor | null, id: bigint) {
  return change(deps, actor, id, "account.enable", (target) => (target.credential?.disabledAt ? { credential: { disabledAt: null } } : null));
}

export function unsilenceAccount(deps: ServiceDeps, actor: Actor | null, id: bigint) {
  return change(deps, actor, id, "account.unsilence", (target) => (target.silencedAt ? { account: { silencedAt: null } } : null));
}

export function unsensitizeAccount(deps: ServiceDeps, actor: Actor | null, id: bigint) {
  return change(deps, actor, id, "account.unsensitive", (target) => (target.sensitizedAt ? { account: { sensitizedAt: null } } : null));
}

/** Lifts a suspension: nothing was deleted, so everything they had shows again (they sign in anew). */
export async function unsuspendAccount(deps: ServiceDeps, actor: Actor | null, id: bigint) {
  const account = await change(deps, actor, id, "account.unsuspend", async (target) => {
    if (!target.suspendedAt) throw new ForbiddenError("This account is not suspended");
    if (await isDeleted(deps, id)) throw new ForbiddenError("This account's data was deleted: it cannot come back");
    return { account: { suspendedAt: null }, outbox: { type: "account.unsuspended", accountId: String(id) } };
  });
  if (!account.suspendedAt) deps.events.publish({ type: "account.unsuspended", accountId: String(id) });
  return account;
}
