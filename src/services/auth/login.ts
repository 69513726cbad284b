import { ForbiddenError, UnauthenticatedError, ValidationError } from "../../core/errors.js";
import type { Role } from "../../generated/prisma/enums.js";
import type { ServiceDeps } from "../context.js";
import { keepFeedWarm } from "../timelines/home-feed.js";
import { burnPasswordCheck, verifyPassword } from "./passwords.js";
import { DEFAULT_SCOPES, issueToken } from "./tokens.js";

export interface LoginInput {
  email: string;
  password: string;
  scopes?: readonly string[];
}

/** Checks an e-mail and password; returns the credential (with its account). No token. */
export async function checkPassword(deps: ServiceDeps, input: LoginInput) {
  const email = input.email.trim().toLowerCase();
  if (!email) throw new ValidationError("E-mail can't be blank", "email");
  if (!input.password) throw new ValidationError("Password can't be blank", "password");
  if (input.password.length > 1024) throw new UnauthenticatedError("Invalid e-mail address or password");
  const credential = await deps.db.credential.findUnique({ where: { email }, include: { account: true } });
  if (!credential) {
    await burnPasswordCheck(input.password);
    throw new UnauthenticatedError("Invalid e-mail address or password");
  }
  if (!(await verifyPassword(credential.passwordHash, input.password))) {
    throw new UnauthenticatedError("Invalid e-mail address or password");
  }
  if (credential.account.suspendedAt) throw new UnauthenticatedError("This account is suspended");
  if (credential.disabledAt) throw new ForbiddenError("Your login is currently disabled");
  // An applicant whose sign-up a moderator refused, or has yet to look at (approval mode).
  if (credential.rejectedAt) {
    throw new ForbiddenError(`Your application was refused${credential.rejectionReason ? `: ${credential.rejectionReason}` : ""}`);
  }
  if (!credential.confirmedAt) throw new ForbiddenError("Confirm your e-mail address first: open the link we mailed to you");
  if (!credential.approved) throw new ForbiddenError("Your account is pending approval");
  return credential;
}

/**
 * A sign-in that names no scopes (GraphQL's login) gets the usual ones, and staff also the
 * admin scopes their role allows: an OAuth app must ask for those.
 */
function defaultScopes(role: Role): readonly string[] {
  return role === "USER" ? DEFAULT_SCOPES : [...DEFAULT_SCOPES, "admin:read", "admin:write"];
}

/** Signs in: a new token (for `appId`'s app when given), and a warm home feed. */
export async function login(deps: ServiceDeps, input: LoginInput, appId: bigint | null = null) {
  const credential = await checkPassword(deps, input);
  const token = await issueToken(deps, credential.accountId, input.scopes ?? defaultScopes(credential.role), appId);
  await keepFeedWarm(deps, credential.accountId, credential.lastActiveAt);
  return { token, account: credential.account };
}
