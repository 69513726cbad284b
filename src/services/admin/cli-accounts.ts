// Account verbs only the admin CLI has (as Mastodon's tootctl): create an account with a role,
// change a role, reset a password. Staff-guarded like the rest, so they could serve an API
// too; each is in the audit log.
import { randomBytes } from "node:crypto";
import { NotFoundError, ValidationError } from "../../core/errors.js";
import type { Role } from "../../generated/prisma/enums.js";
import { createLocalAccount } from "../accounts/register.js";
import { hashPassword } from "../auth/passwords.js";
import type { Actor, ServiceDeps } from "../context.js";
import { deleteTokens, publishRevoked } from "./accounts.js";
import { audit } from "./audit.js";
import { requireStaff } from "./guards.js";

export const ROLES: readonly Role[] = ["USER", "MODERATOR", "ADMIN"];

export function parseRole(raw: string): Role {
  const role = raw.toUpperCase() as Role;
  if (!ROLES.includes(role)) throw new ValidationError(`role must be one of ${ROLES.map((r) => r.toLowerCase()).join(", ")}`, "role");
  return role;
}

/** A password to hand out once: 20 random characters. */
export const generatePassword = () => randomBytes(15).toString("base64url");

/** The local account `name` (with or without @) names; NotFound otherwise. */
export async function findLocalAccount(deps: ServiceDeps, name: string) {
  const username = name.trim().replace(/^@/, "");
  const account = username ? await deps.db.account.findUnique({ where: { handleKey: `${username.toLowerCase()}@` }, include: { credential: true } }) : null;
  if (!account?.credential) throw new NotFoundError(`Local account "${username}"`);
  return account;
}

export interface CreateAccountInput {
  username: string;
  email: string;
  role?: Role;
  /** absent: one is generated (and returned) */
  password?: string;
}

/** An approved, confirmed account with a role; staff names such as "admin" are allowed. */
export async function createAccountWithRole(deps: ServiceDeps, actor: Actor | null, input: CreateAccountInput) {
  const who = requireStaff(actor, "admin", "admin:write:accounts");
  const password = input.password ?? generatePassword();
  const role = input.role ?? "USER";
  const account = await createLocalAccount(
    deps,
    { username: input.username, email: input.email, password, role, approved: true, allowReserved: true },
    (tx, accountId) => audit(tx, who, { action: "account.create", targetType: "account", targetId: accountId, data: { role } }),
  );
  return { account, password, generated: input.password === undefined };
}

export async function changeRole(deps: ServiceDeps, actor: Actor | null, accountId: bigint, role: Role) {
  const who = requireStaff(actor, "admin", "admin:write:accounts");
  return deps.db.$transaction(async (tx) => {
    const before = await tx.credential.findUnique({ where: { accountId } });
    if (!before) throw new NotFoundError("Local account");
    if (before.role === role) return before;
    const credential = await tx.credential.update({ where: { accountId }, data: { role } });
    await audit(tx, who, { action: "account.change_role", targetType: "account", targetId: accountId, data: { from: before.role, to: role } });
    return credential;
  });
}

/** A new password; every token of the account stops working. Returns the password. */
export async function resetPassword(deps: ServiceDeps, actor: Actor | null, accountId: bigint): Promise<string> {
  const who = requireStaff(actor, "admin", "admin:write:accounts");
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  const revoked = await deps.db.$transaction(async (tx) => {
    const { count } = await tx.credential.updateMany({ where: { accountId }, data: { passwordHash } });
    if (count === 0) throw new NotFoundError("Local account");
    const revoked = await deleteTokens(tx, accountId);
    await audit(tx, who, { action: "account.reset_password", targetType: "account", targetId: accountId, data: { tokensRevoked: revoked.length } });
    return revoked;
  });
  publishRevoked(deps, accountId, revoked);
  return password;
}
