// Sign-up, as the registrations mode says: open to anyone; with a moderator's approval (the
// applicant says why; an invitation skips the wait); with an invitation only; or closed.
// The server's rules must be accepted when it has any. With SMTP settings the address must be
// confirmed through a mailed link before signing in; without them it counts as confirmed.
import { ConflictError, ForbiddenError, ValidationError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import { accountUrls } from "../../core/urls.js";
import type { Tx } from "../../db/client.js";
import type { Role } from "../../generated/prisma/enums.js";
import { findUsableInvite, useInvite } from "../admin/invites.js";
import { hashPassword } from "../auth/passwords.js";
import { DEFAULT_SCOPES, hashToken, issueToken, newSecret } from "../auth/tokens.js";
import { confirmationMail } from "../mail/messages.js";
import { queueMail } from "../mail/outbox.js";
import type { ServiceDeps } from "../context.js";
import { follow } from "../follows/follow.js";
import { isUniqueViolation } from "../guards.js";
import { getSettings } from "../settings.js";

export interface RegisterInput {
  username: string;
  email: string;
  password: string;
  displayName?: string;
  /** why the applicant wants to join: required when a moderator approves sign-ups */
  reason?: string | null;
  /** an invitation's code: needed in invite-only mode, skips the approval */
  inviteCode?: string | null;
  /** the applicant accepts the server's rules: required when there are rules */
  agreement?: boolean | null;
}

const USERNAME_RE = /^[a-z0-9_]+$/i;
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_REASON = 1000;
/** Names that would impersonate staff or collide with routes. */
const RESERVED = new Set([
  "admin", "administrator", "root", "support", "help", "webmaster", "hostmaster", "postmaster",
  "mod", "moderator", "moderators", "staff", "security", "abuse", "noreply", "no_reply",
  "api", "about", "auth", "oauth", "settings", "users", "tags", "inbox", "outbox", "nodeinfo",
  "instance", "actor", "system", "everyone", "here", "all", "graphql", "explore", "public", "home",
]);

/** `allowReserved`: the admin CLI may give staff names such as "admin". */
export function validateUsername(username: string, allowReserved = false): string {
  if (!username) throw new ValidationError("Username can't be blank", "username");
  if (username.length > 30) throw new ValidationError("Username is too long (at most 30 characters)", "username");
  if (!USERNAME_RE.test(username)) {
    throw new ValidationError("Username may only contain letters, numbers and underscores", "username");
  }
  if (!allowReserved && RESERVED.has(username.toLowerCase())) throw new ValidationError("This username is reserved", "username");
  return username;
}

export interface NewAccount {
  username: string;
  email: string;
  password: string;
  displayName?: string;
  role?: Role;
  approved?: boolean;
  signUpReason?: string;
  inviteId?: bigint | null;
  allowReserved?: boolean;
  /** the address waits for confirmation through a mailed link with this token (its hash kept) */
  confirmationToken?: string;
}

function validate(input: NewAccount) {
  const username = validateUsername(input.username.trim(), input.allowReserved);
  const email = input.email.trim().toLowerCase();
  if (!EMAIL_RE.test(email) || email.length > 254) throw new ValidationError("E-mail address is not valid", "email");
  if (input.password.length < 8) throw new ValidationError("Password is too short (at least 8 characters)", "password");
  if (input.password.length > 1024) throw new ValidationError("Password is too long", "password");
  const displayName = (input.displayName ?? "").trim();
  if ([...displayName].length > 30) throw new ValidationError("Display name is too long (at most 30 characters)", "displayName");
  return { username, email, displayName };
}

/**
 * Writes a local account and its credential. `alongside` runs in the same transaction (taking
 * an invitation's use, writing the audit entry), so a refused sign-up takes nothing.
 */
export async function createLocalAccount(deps: ServiceDeps, input: NewAccount, alongside?: (tx: Tx, accountId: bigint) => Promise<void>) {
  const { username, email, displayName } = validate(input);
  const handleKey = `${username.toLowerCase()}@`;
  const [taken, emailTaken] = await Promise.all([
    deps.db.account.findUnique({ where: { handleKey }, select: { id: true } }),
    deps.db.credential.findUnique({ where: { email }, select: { accountId: true } }),
  ]);
  if (taken) throw new ConflictError("This username is taken", "username");
  if (emailTaken) throw new ConflictError("This e-mail address is already in use", "email");
  const passwordHash = await hashPassword(input.password);
  const id = newId();
  const now = new Date();
  try {
    return await deps.db.$transaction(async (tx) => {
      const account = await tx.account.create({
        data: {
          id,
          username,
          handleKey,
          displayName,
          ...accountUrls(deps.config.publicUrl, username),
          credential: {
            create: {
              email,
              passwordHash,
              role: input.role ?? "USER",
              approved: input.approved ?? true,
              signUpReason: input.signUpReason ?? "",
              inviteId: input.inviteId ?? null,
              ...(input.confirmationToken
                ? { confirmedAt: null, confirmationTokenHash: hashToken(input.confirmationToken), confirmationSentAt: now }
                : { confirmedAt: now }),
              lastActiveAt: now,
            },
          },
        },
      });
      await alongside?.(tx, id);
      return account;
    });
  } catch (error) {
    // Two sign-ups raced for the same name or e-mail.
    if (isUniqueViolation(error)) throw new ConflictError("This username or e-mail address is taken");
    throw error;
  }
}

/**
 * Signs someone up; returns the account, a token and whether it waits for a moderator
 * (the token works once they approve, as on Mastodon).
 */
export async function register(deps: ServiceDeps, input: RegisterInput) {
  const settings = await getSettings(deps);
  const mode = settings.registrationsMode;
  if (mode === "closed") throw new ForbiddenError("Sign-ups are closed on this server");
  const code = input.inviteCode?.trim();
  if (mode === "invite" && !code) throw new ForbiddenError("Sign-ups on this server need an invitation");
  // Everything about the person first: a bad field must not be reported as a bad invitation.
  validate(input);
  const invite = code ? await findUsableInvite(deps, code) : null;
  const reason = (input.reason ?? "").trim();
  const pending = mode === "approval" && !invite;
  if (pending && !reason) throw new ValidationError("Tell the moderators why you want to join", "reason");
  if ([...reason].length > MAX_REASON) throw new ValidationError(`The reason is too long (at most ${MAX_REASON} characters)`, "reason");
  if (input.agreement !== true && (await deps.db.rule.count()) > 0) {
    throw new ValidationError("You must accept the server's rules", "agreement");
  }
  const confirmationToken = deps.config.smtpUrl ? newSecret() : undefined;
  const account = await createLocalAccount(
    deps,
    { ...input, approved: !pending, signUpReason: reason, inviteId: invite?.id ?? null, confirmationToken },
    async (tx) => {
      if (invite) await useInvite(tx, invite);
      if (confirmationToken) {
        await queueMail(tx, deps.config, confirmationMail(deps.config, input.email.trim().toLowerCase(), input.username.trim(), confirmationToken));
      }
    },
  );
  const token = await issueToken(deps, account.id, DEFAULT_SCOPES);
  if (invite?.autofollow) {
    // As Mastodon does: the newcomer follows whoever invited them (a request when locked).
    // A suspended or blocking inviter is simply not followed.
    await follow(deps, { accountId: account.id, role: "USER", scopes: ["follow"] }, { accountId: invite.accountId }).catch(() => undefined);
  }
  return { account, token, pending, unconfirmed: !!confirmationToken };
}
