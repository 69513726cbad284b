// Reports as moderators see them: listed (open ones by default, as Mastodon lists them),
// one by one, with the reported statuses (deleted ones too: they are the evidence) and rules.
import { NotFoundError } from "../../core/errors.js";
import type { PageQuery } from "../../core/paging.js";
import type { Prisma, Report, Rule, Status } from "../../generated/prisma/client.js";
import type { Actor, ServiceDeps } from "../context.js";
import { loadAdminAccounts, type AdminAccount } from "./accounts.js";
import { requireStaff } from "./guards.js";

export const READ_REPORTS = "admin:read:reports";
export const WRITE_REPORTS = "admin:write:reports";

export interface ReportFilter {
  /** true: resolved ones only; otherwise open ones only (Mastodon's default) */
  resolved?: boolean | null;
  /** filed by this account */
  accountId?: bigint | null;
  /** about this account */
  targetAccountId?: bigint | null;
}

/** A page of reports by id (see listAdminAccounts for the page's order and size). */
export async function listReports(deps: ServiceDeps, actor: Actor | null, filter: ReportFilter, page: PageQuery): Promise<Report[]> {
  requireStaff(actor, "moderator", READ_REPORTS);
  const where: Prisma.ReportWhereInput = {
    actionTakenAt: filter.resolved ? { not: null } : null,
    ...(filter.accountId != null ? { accountId: filter.accountId } : {}),
    ...(filter.targetAccountId != null ? { targetAccountId: filter.targetAccountId } : {}),
    ...(page.maxId !== null || page.minId !== null
      ? { id: { ...(page.maxId !== null ? { lt: page.maxId } : {}), ...(page.minId !== null ? { gt: page.minId } : {}) } }
      : {}),
  };
  return deps.db.report.findMany({ where, orderBy: { id: page.ascending ? "asc" : "desc" }, take: page.limit });
}

export async function getReport(deps: ServiceDeps, actor: Actor | null, id: bigint): Promise<Report> {
  requireStaff(actor, "moderator", READ_REPORTS);
  return findReport(deps, id);
}

export async function findReport(deps: ServiceDeps, id: bigint): Promise<Report> {
  const report = await deps.db.report.findUnique({ where: { id } });
  if (!report) throw new NotFoundError("Report");
  return report;
}

/** The reported statuses that still exist as rows (deleted ones included), in the report's order. */
export async function reportStatuses(deps: ServiceDeps, report: Pick<Report, "statusIds">): Promise<Status[]> {
  if (report.statusIds.length === 0) return [];
  const rows = await deps.db.status.findMany({ where: { id: { in: report.statusIds } } });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return report.statusIds.flatMap((id) => byId.get(id) ?? []);
}

/** The server rules the report names (those that still exist). */
export async function reportRules(deps: ServiceDeps, report: Pick<Report, "ruleIds">): Promise<Rule[]> {
  const ids = report.ruleIds.flatMap((raw) => (/^\d{1,20}$/.test(raw) ? [BigInt(raw)] : []));
  if (ids.length === 0) return [];
  return deps.db.rule.findMany({ where: { id: { in: ids } }, orderBy: [{ position: "asc" }, { id: "asc" }] });
}

/** A report with everything a moderator sees on it. */
export interface ReportDetails {
  report: Report;
  account: AdminAccount | null;
  targetAccount: AdminAccount | null;
  assignedAccount: AdminAccount | null;
  actionTakenBy: AdminAccount | null;
  statuses: Status[];
  rules: Rule[];
}

/** The accounts, statuses and rules of these reports, in a few queries for the lot. */
export async function reportDetails(deps: ServiceDeps, reports: Report[]): Promise<ReportDetails[]> {
  const accountIds = reports.flatMap((r) => [r.accountId, r.targetAccountId, r.assignedAccountId, r.actionTakenByAccountId].filter((id): id is bigint => id !== null));
  const [accounts, statuses, rules] = await Promise.all([
    loadAdminAccounts(deps, accountIds),
    reportStatuses(deps, { statusIds: reports.flatMap((r) => r.statusIds) }),
    reportRules(deps, { ruleIds: reports.flatMap((r) => r.ruleIds) }),
  ]);
  const statusById = new Map(statuses.map((s) => [s.id, s]));
  const account = (id: bigint | null) => (id === null ? null : (accounts.get(id) ?? null));
  return reports.map((report) => ({
    report,
    account: account(report.accountId),
    targetAccount: account(report.targetAccountId),
    assignedAccount: account(report.assignedAccountId),
    actionTakenBy: account(report.actionTakenByAccountId),
    statuses: report.statusIds.flatMap((id) => statusById.get(id) ?? []),
    rules: rules.filter((rule) => report.ruleIds.includes(String(rule.id))),
  }));
}
