// Confirming an e-mail address through the mailed link (servers with SMTP settings), sending
// the link again, and why a token whose person may not use it yet is refused (Mastodon's words).
import { ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from "../../core/errors.js";
import type { ServiceDeps } from "../context.js";
import { CONFIRMATION_DAYS, confirmationMail } from "../mail/messages.js";
import { queueMail } from "../mail/outbox.js";
import { announceUsableTokens, hashToken, newSecret } from "./tokens.js";

const DAY_MS = 86_400_000;

/** Confirms the address the link was sent to; returns the account's id. */
export async function confirmEmail(deps: ServiceDeps, token: string): Promise<bigint> {
  const trimmed = token.trim();
  if (!trimmed || trimmed.length > 200) throw new ValidationError("The confirmation link is not valid", "token");
  const credential = await deps.db.credential.findUnique({ where: { confirmationTokenHash: hashToken(trimmed) } });
  const fresh = credential?.confirmationSentAt && Date.now() - credential.confirmationSentAt.getTime() < CONFIRMATION_DAYS * DAY_MS;
  if (!credential || !fresh) throw new NotFoundError("This confirmation link is not valid, was used already or has expired");
  const { count } = await deps.db.credential.updateMany({
    where: { accountId: credential.accountId, confirmationTokenHash: credential.confirmationTokenHash },
    data: { confirmedAt: new Date(), confirmationTokenHash: null },
  });
  if (count === 0) throw new NotFoundError("This confirmation link is not valid, was used already or has expired");
  await announceUsableTokens(deps, credential.accountId);
  return credential.accountId;
}

/**
 * Mails a new link to an address that waits for confirmation. Answers the same whether or
 * not there is such an address (no one learns who is signed up).
 */
export async function resendConfirmation(deps: ServiceDeps, email: string): Promise<void> {
  const address = email.trim().toLowerCase();
  if (!address || address.length > 254) throw new ValidationError("E-mail can't be blank", "email");
  if (!deps.config.smtpUrl) return;
  const credential = await deps.db.credential.findUnique({ where: { email: address }, include: { account: { select: { username: true } } } });
  if (!credential || credential.confirmedAt) return;
  const token = newSecret();
  await deps.db.$transaction(async (tx) => {
    await tx.credential.update({ where: { accountId: credential.accountId }, data: { confirmationTokenHash: hashToken(token), confirmationSentAt: new Date() } });
    await queueMail(tx, deps.config, confirmationMail(deps.config, address, credential.account.username, token));
  });
}

/**
 * Mails a new link to the person a token from sign-up belongs to (Mastodon's
 * POST /api/v1/emails/confirmations), while their address waits for confirmation.
 */
export async function resendConfirmationForToken(deps: ServiceDeps, token: string | null, email?: string | null): Promise<void> {
  const found = token && token.length <= 200
    ? await deps.db.accessToken.findUnique({ where: { tokenHash: hashToken(token) }, select: { account: { select: { credential: true } } } })
    : null;
  const credential = found?.account?.credential;
  if (!credential) throw new UnauthenticatedError("The access token is invalid");
  if (credential.confirmedAt) throw new ForbiddenError("This method is only available while the e-mail is awaiting confirmation");
  if (email != null && email.trim().toLowerCase() !== credential.email) {
    throw new ValidationError("Changing the address here is not supported: sign up again with the right one", "email");
  }
  await resendConfirmation(deps, credential.email);
}

export type TokenRefusal = "unconfirmed" | "pending" | "disabled";

/**
 * Why a valid token of a person who may not use the API (yet) is refused; null when the token
 * is unknown or its account suspended (then it is simply not valid).
 */
export async function tokenRefusal(deps: ServiceDeps, token: string): Promise<TokenRefusal | null> {
  if (!token || token.length > 200) return null;
  const { rows } = await deps.pool.query<{ confirmed: boolean; approved: boolean; disabled: boolean }>(
    `SELECT c.confirmed_at IS NOT NULL AS confirmed, c.approved, c.disabled_at IS NOT NULL AS disabled
       FROM access_tokens t
       JOIN accounts a ON a.id = t.account_id AND a.suspended_at IS NULL
       JOIN credentials c ON c.account_id = t.account_id
      WHERE t.token_hash = $1`,
    [hashToken(token)],
  );
  const found = rows[0];
  if (!found) return null;
  if (!found.confirmed) return "unconfirmed";
  if (!found.approved) return "pending";
  if (found.disabled) return "disabled";
  return null;
}
