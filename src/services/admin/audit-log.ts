// Reading the audit log: admins only (Mastodon's "View Audit Log"), newest first, optionally
// for one action or one target.
import type { PageQuery } from "../../core/paging.js";
import type { AuditLogEntry, Prisma } from "../../generated/prisma/client.js";
import type { Actor, ServiceDeps } from "../context.js";
import { requireStaff } from "./guards.js";

export interface AuditLogFilter {
  /** e.g. "account.suspend" */
  action?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  /** entries by this moderator */
  accountId?: bigint | null;
}

/** A page of entries by id (see listAdminAccounts for the page's order and size). */
export async function listAuditLog(deps: ServiceDeps, actor: Actor | null, filter: AuditLogFilter, page: PageQuery): Promise<AuditLogEntry[]> {
  requireStaff(actor, "admin", "admin:read");
  const where: Prisma.AuditLogEntryWhereInput = {
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.targetType ? { targetType: filter.targetType } : {}),
    ...(filter.targetId ? { targetId: filter.targetId } : {}),
    ...(filter.accountId != null ? { accountId: filter.accountId } : {}),
    ...(page.maxId !== null || page.minId !== null
      ? { id: { ...(page.maxId !== null ? { lt: page.maxId } : {}), ...(page.minId !== null ? { gt: page.minId } : {}) } }
      : {}),
  };
  return deps.db.auditLogEntry.findMany({ where, orderBy: { id: page.ascending ? "asc" : "desc" }, take: page.limit });
}
