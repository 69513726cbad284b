// What moderators do with a report: take it (assign to self), give it back, resolve it,
// reopen it, or correct its category and rules. Each change is in the audit log; asking for
// what is already so changes nothing and answers the report as it is (as Mastodon does).
import { ValidationError } from "../../core/errors.js";
import type { Tx } from "../../db/client.js";
import type { Report } from "../../generated/prisma/client.js";
import type { ReportCategory } from "../../generated/prisma/enums.js";
import type { Actor, ServiceDeps } from "../context.js";
import { audit } from "./audit.js";
import { requireStaff, staffAccountId } from "./guards.js";
import { findReport, WRITE_REPORTS } from "./reports.js";

type Change = Partial<Pick<Report, "assignedAccountId" | "actionTakenAt" | "actionTakenByAccountId" | "category" | "ruleIds">>;

async function changeReport(
  deps: ServiceDeps,
  actor: Actor | null,
  id: bigint,
  action: string,
  change: (report: Report, who: Actor) => Change | null,
): Promise<Report> {
  const who = requireStaff(actor, "moderator", WRITE_REPORTS);
  const report = await findReport(deps, id);
  const data = change(report, who);
  if (!data) return report;
  return deps.db.$transaction(async (tx) => {
    const updated = await tx.report.update({ where: { id }, data });
    await audit(tx, who, { action, targetType: "report", targetId: id, data: jsonable(data) });
    return updated;
  });
}

const jsonable = (data: Change) =>
  Object.fromEntries(Object.entries(data).map(([key, value]) => [key, typeof value === "bigint" ? String(value) : value instanceof Date ? value.toISOString() : value]));

/** The moderator takes the report on. */
export function assignReportToSelf(deps: ServiceDeps, actor: Actor | null, id: bigint) {
  return changeReport(deps, actor, id, "report.assigned_to_self", (report, who) => {
    const me = staffAccountId(who);
    return report.assignedAccountId === me ? null : { assignedAccountId: me };
  });
}

/** Nobody handles the report any more. */
export function unassignReport(deps: ServiceDeps, actor: Actor | null, id: bigint) {
  return changeReport(deps, actor, id, "report.unassigned", (report) => (report.assignedAccountId === null ? null : { assignedAccountId: null }));
}

/** Closes the report (with no further action, or after one). */
export function resolveReport(deps: ServiceDeps, actor: Actor | null, id: bigint) {
  return changeReport(deps, actor, id, "report.resolve", (report, who) =>
    report.actionTakenAt ? null : { actionTakenAt: new Date(), actionTakenByAccountId: staffAccountId(who) },
  );
}

export function reopenReport(deps: ServiceDeps, actor: Actor | null, id: bigint) {
  return changeReport(deps, actor, id, "report.reopen", (report) =>
    report.actionTakenAt ? { actionTakenAt: null, actionTakenByAccountId: null } : null,
  );
}

const CATEGORIES = new Set(["spam", "legal", "violation", "other"]);

export interface ReportUpdate {
  /** spam, legal, violation or other */
  category?: string | null;
  /** the rules broken (violation reports only) */
  ruleIds?: string[] | null;
}

/** Corrects a report's category and rules (PUT /api/v1/admin/reports/:id). */
export async function updateReport(deps: ServiceDeps, actor: Actor | null, id: bigint, input: ReportUpdate) {
  requireStaff(actor, "moderator", WRITE_REPORTS);
  const category = input.category?.toLowerCase() ?? null;
  if (category !== null && !CATEGORIES.has(category)) throw new ValidationError("The category must be spam, legal, violation or other", "category");
  const ruleIds = input.ruleIds ? [...new Set(input.ruleIds.map(String))] : null;
  if (ruleIds?.length) {
    const valid = ruleIds.every((raw) => /^\d{1,19}$/.test(raw));
    const found = valid ? await deps.db.rule.count({ where: { id: { in: ruleIds.map(BigInt) } } }) : -1;
    if (found !== ruleIds.length) throw new ValidationError("rule_ids must name rules of this server", "rule_ids");
  }
  return changeReport(deps, actor, id, "report.update", (report) => {
    const nextCategory = (category?.toUpperCase() as ReportCategory | undefined) ?? report.category;
    const nextRules = nextCategory === "VIOLATION" ? (ruleIds ?? report.ruleIds) : [];
    const same = nextCategory === report.category && nextRules.join() === report.ruleIds.join();
    return same ? null : { category: nextCategory, ruleIds: nextRules };
  });
}

/**
 * Inside an account action's transaction: marks these open reports resolved by the moderator
 * and logs each. Returns how many it closed.
 */
export async function resolveWithin(tx: Tx, who: Actor, reportIds: bigint[]): Promise<number> {
  let closed = 0;
  for (const id of reportIds) {
    const { count } = await tx.report.updateMany({
      where: { id, actionTakenAt: null },
      data: { actionTakenAt: new Date(), actionTakenByAccountId: staffAccountId(who) },
    });
    if (count === 0) continue;
    closed++;
    await audit(tx, who, { action: "report.resolve", targetType: "report", targetId: id });
  }
  return closed;
}
