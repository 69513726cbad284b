// Accounts as moderators see them: any account (suspended ones too) with its credential,
// listed with Mastodon's admin filters, and the checks every account action shares.
import { ForbiddenError, NotFoundError } from "../../core/errors.js";
import type { PageQuery } from "../../core/paging.js";
import type { Account, Credential, Prisma } from "../../generated/prisma/client.js";
import type { Role } from "../../generated/prisma/enums.js";
import type { Tx } from "../../db/client.js";
import type { Actor, ServiceDeps } from "../context.js";
import { isSystem, requireStaff } from "./guards.js";

/** An account with its sign-in record (null for accounts of other servers). */
export type AdminAccount = Account & { credential: Credential | null };

export const READ_ACCOUNTS = "admin:read:accounts";
export const WRITE_ACCOUNTS = "admin:write:accounts";

export type AccountStatusFilter = "active" | "pending" | "disabled" | "silenced" | "suspended";

export interface AdminAccountFilter {
  origin?: "local" | "remote" | null;
  status?: AccountStatusFilter | null;
  /** only accounts force-marked sensitive */
  sensitized?: boolean | null;
  /** only moderators and admins */
  staff?: boolean | null;
  /** only these roles (an empty list: nobody) */
  roles?: Role[] | null;
  /** usernames starting with this (any case) */
  username?: string | null;
  /** display names containing this (any case) */
  displayName?: string | null;
  /** domains containing this (any case) */
  byDomain?: string | null;
  /** e-mail addresses containing this (any case) */
  email?: string | null;
}

const STAFF: Role[] = ["MODERATOR", "ADMIN"];

function statusWhere(status: AccountStatusFilter): Prisma.AccountWhereInput {
  switch (status) {
    case "active":
      return { suspendedAt: null };
    case "pending":
      return { credential: { approved: false, rejectedAt: null } };
    case "disabled":
      return { credential: { disabledAt: { not: null } } };
    case "silenced":
      return { silencedAt: { not: null } };
    case "suspended":
      return { suspendedAt: { not: null } };
  }
}

function filterWhere(filter: AdminAccountFilter): Prisma.AccountWhereInput[] {
  const where: Prisma.AccountWhereInput[] = [];
  if (filter.origin === "local") where.push({ domain: null });
  if (filter.origin === "remote") where.push({ domain: { not: null } });
  if (filter.status) where.push(statusWhere(filter.status));
  if (filter.sensitized) where.push({ sensitizedAt: { not: null } });
  if (filter.staff) where.push({ credential: { role: { in: STAFF } } });
  if (filter.roles) where.push({ credential: { role: { in: filter.roles } } });
  const text = (value: string | null | undefined) => value?.trim() || null;
  const username = text(filter.username);
  if (username) where.push({ username: { startsWith: username, mode: "insensitive" } });
  const displayName = text(filter.displayName);
  if (displayName) where.push({ displayName: { contains: displayName, mode: "insensitive" } });
  const domain = text(filter.byDomain);
  if (domain) where.push({ domain: { contains: domain, mode: "insensitive" } });
  const email = text(filter.email);
  if (email) where.push({ credential: { email: { contains: email, mode: "insensitive" } } });
  return where;
}

/**
 * A page of accounts matching `filter`, by id (newest first, or oldest first for a page
 * above `page.minId`): `page.limit` rows at most, so the caller can tell if there is more.
 */
export async function listAdminAccounts(deps: ServiceDeps, actor: Actor | null, filter: AdminAccountFilter, page: PageQuery): Promise<AdminAccount[]> {
  requireStaff(actor, "moderator", READ_ACCOUNTS);
  const range = {
    ...(page.maxId !== null ? { lt: page.maxId } : {}),
    ...(page.minId !== null ? { gt: page.minId } : {}),
  };
  return deps.db.account.findMany({
    where: { AND: [...filterWhere(filter), ...(page.maxId !== null || page.minId !== null ? [{ id: range }] : [])] },
    include: { credential: true },
    orderBy: { id: page.ascending ? "asc" : "desc" },
    take: page.limit,
  });
}

export async function getAdminAccount(deps: ServiceDeps, actor: Actor | null, id: bigint): Promise<AdminAccount> {
  requireStaff(actor, "moderator", READ_ACCOUNTS);
  return loadAdminAccount(deps, id);
}

export async function loadAdminAccount(deps: ServiceDeps, id: bigint): Promise<AdminAccount> {
  const account = await deps.db.account.findUnique({ where: { id }, include: { credential: true } });
  if (!account) throw new NotFoundError("Account");
  return account;
}

/** Several accounts at once (for reports), by id. */
export async function loadAdminAccounts(deps: ServiceDeps, ids: bigint[]): Promise<Map<bigint, AdminAccount>> {
  const rows = ids.length ? await deps.db.account.findMany({ where: { id: { in: [...new Set(ids)] } }, include: { credential: true } }) : [];
  return new Map(rows.map((row) => [row.id, row]));
}

/**
 * The account a moderator acts on, when they may: never their own, and a moderator's or an
 * admin's only by an admin (as Mastodon, where a role acts only on roles below it).
 */
export async function actionTarget(deps: ServiceDeps, actor: Actor | null, id: bigint, level: "moderator" | "admin" = "moderator"): Promise<{ who: Actor; target: AdminAccount }> {
  const who = requireStaff(actor, level, WRITE_ACCOUNTS);
  const target = await loadAdminAccount(deps, id);
  if (!isSystem(who) && target.id === who.accountId) throw new ForbiddenError("You cannot moderate your own account");
  if (target.credential && STAFF.includes(target.credential.role)) requireStaff(who, "admin", WRITE_ACCOUNTS);
  return { who, target };
}

/** Whether the account's data was deleted (DELETE /api/v1/admin/accounts/:id): it cannot come back. */
export async function isDeleted(deps: ServiceDeps, accountId: bigint): Promise<boolean> {
  const entry = await deps.db.auditLogEntry.findFirst({ where: { action: "account.delete", targetType: "account", targetId: String(accountId) }, select: { id: true } });
  return entry !== null;
}

/** Deletes every token of the account (inside `tx`); their hashes, to tell live connections. */
export async function deleteTokens(tx: Tx, accountId: bigint): Promise<string[]> {
  const tokens = await tx.accessToken.findMany({ where: { accountId }, select: { tokenHash: true } });
  if (tokens.length) await tx.accessToken.deleteMany({ where: { accountId } });
  return tokens.map((token) => token.tokenHash);
}

/** After commit: the deleted tokens stop working everywhere, their sockets close. */
export function publishRevoked(deps: ServiceDeps, accountId: bigint, hashes: string[]): void {
  for (const tokenHash of hashes) deps.events.publish({ type: "token.revoked", accountId: String(accountId), tokenHash });
}
