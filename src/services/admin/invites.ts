// Invitation links: `${PUBLIC_URL}/invite/<code>`, with an optional number of uses and
// expiry. Who may make them is a setting (invitesBy); a sign-up takes one use, atomically,
// so two people racing for the last use cannot both get in.
import { randomBytes } from "node:crypto";
import { ForbiddenError, NotFoundError, ValidationError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import type { Tx } from "../../db/client.js";
import type { Invite } from "../../generated/prisma/client.js";
import type { Actor, ServiceDeps } from "../context.js";
import { requireActor } from "../guards.js";
import { getSettings, type Settings } from "../settings.js";
import { audit } from "./audit.js";

export interface CreateInviteInput {
  /** null or absent: any number of times */
  maxUses?: number | null;
  /** seconds from now; null or absent: never expires */
  expiresIn?: number | null;
  /** new people follow the inviter */
  autofollow?: boolean | null;
  comment?: string | null;
}

const MAX_USES = 10_000;
const MIN_EXPIRES_IN = 60;
const MAX_EXPIRES_IN = 366 * 24 * 3600;
const MAX_COMMENT = 420;

const isStaff = (actor: Actor) => actor.role === "ADMIN" || actor.role === "MODERATOR";

function mayInvite(actor: Actor, invitesBy: Settings["invitesBy"]): boolean {
  if (invitesBy === "users") return true;
  if (invitesBy === "moderators") return isStaff(actor);
  return actor.role === "ADMIN";
}

export const inviteUrl = (publicUrl: string, code: string) => `${publicUrl}/invite/${code}`;

/** Uses left; null when unlimited. */
export const remainingUses = (invite: Invite) => (invite.maxUses == null ? null : Math.max(0, invite.maxUses - invite.uses));

/** Whether a sign-up could use it now. */
export function isUsable(invite: Invite, now = new Date()): boolean {
  return !invite.revokedAt && (!invite.expiresAt || invite.expiresAt > now) && (invite.maxUses == null || invite.uses < invite.maxUses);
}

export async function createInvite(deps: ServiceDeps, actor: Actor | null, input: CreateInviteInput): Promise<Invite> {
  const who = requireActor(actor, "write", "write:invites");
  const settings = await getSettings(deps);
  if (!mayInvite(who, settings.invitesBy)) {
    throw new ForbiddenError(`Only ${settings.invitesBy === "admins" ? "admins" : "moderators and admins"} may create invitations on this server`);
  }
  const { maxUses, expiresIn } = input;
  if (maxUses != null && (!Number.isInteger(maxUses) || maxUses < 1 || maxUses > MAX_USES)) {
    throw new ValidationError(`maxUses must be between 1 and ${MAX_USES}, or empty for no limit`, "maxUses");
  }
  if (expiresIn != null && (!Number.isInteger(expiresIn) || expiresIn < MIN_EXPIRES_IN || expiresIn > MAX_EXPIRES_IN)) {
    throw new ValidationError(`expiresIn must be between ${MIN_EXPIRES_IN} seconds and a year, or empty for never`, "expiresIn");
  }
  const comment = (input.comment ?? "").trim();
  if ([...comment].length > MAX_COMMENT) throw new ValidationError(`The comment is too long (at most ${MAX_COMMENT} characters)`, "comment");
  return deps.db.invite.create({
    data: {
      id: newId(),
      code: randomBytes(9).toString("base64url"),
      accountId: who.accountId,
      maxUses: maxUses ?? null,
      expiresAt: expiresIn != null ? new Date(Date.now() + expiresIn * 1000) : null,
      autofollow: input.autofollow ?? false,
      comment,
    },
  });
}

/** The actor's own invitations, newest first. */
export async function listInvites(deps: ServiceDeps, actor: Actor | null): Promise<Invite[]> {
  const who = requireActor(actor, "read", "read:invites");
  return deps.db.invite.findMany({ where: { accountId: who.accountId }, orderBy: { id: "desc" } });
}

/** Revokes an invitation: one's own, or (moderators) anyone's, which is audited. */
export async function revokeInvite(deps: ServiceDeps, actor: Actor | null, id: bigint): Promise<Invite> {
  const who = requireActor(actor, "write", "write:invites");
  const invite = await deps.db.invite.findUnique({ where: { id } });
  const own = invite?.accountId === who.accountId;
  if (!invite || (!own && !isStaff(who))) throw new NotFoundError("Invite");
  if (invite.revokedAt) return invite;
  return deps.db.$transaction(async (tx) => {
    const revoked = await tx.invite.update({ where: { id }, data: { revokedAt: new Date() } });
    if (!own) await audit(tx, who, { action: "invite.revoke", targetType: "invite", targetId: id, data: { code: invite.code } });
    return revoked;
  });
}

const INVALID = "This invitation is not valid";

/** The invitation a sign-up names, when it can still be used; ValidationError otherwise. */
export async function findUsableInvite(deps: ServiceDeps, code: string): Promise<Invite> {
  const invite = code.length <= 64 ? await deps.db.invite.findUnique({ where: { code } }) : null;
  if (!invite) throw new ValidationError(INVALID, "inviteCode");
  if (invite.revokedAt) throw new ValidationError(`${INVALID}: it was revoked`, "inviteCode");
  if (invite.expiresAt && invite.expiresAt <= new Date()) throw new ValidationError(`${INVALID}: it has expired`, "inviteCode");
  if (invite.maxUses != null && invite.uses >= invite.maxUses) throw new ValidationError(`${INVALID}: it has been used up`, "inviteCode");
  return invite;
}

/**
 * Takes one use inside the sign-up's transaction. The row lock makes a racing sign-up wait
 * and re-check the limit after this one commits; the loser is refused.
 */
export async function useInvite(tx: Tx, invite: Invite): Promise<void> {
  const now = new Date();
  const { count } = await tx.invite.updateMany({
    where: {
      id: invite.id,
      revokedAt: null,
      OR: [{ expiresAt: null }, { expiresAt: { gt: now } }],
      ...(invite.maxUses != null ? { uses: { lt: invite.maxUses } } : {}),
    },
    data: { uses: { increment: 1 } },
  });
  if (count === 0) throw new ValidationError(`${INVALID}: it has been used up`, "inviteCode");
}
