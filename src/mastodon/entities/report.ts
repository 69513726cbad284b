// The Mastodon Report entity (docs.joinmastodon.org/entities/Report), as its reporter sees it;
// the fields it shares with Admin::Report (entities/admin.ts).
import type { Account, Report } from "../../generated/prisma/client.js";
import { toMastodonAccount } from "./account.js";

export function reportFields(report: Report) {
  return {
    id: String(report.id),
    action_taken: report.actionTakenAt !== null,
    action_taken_at: report.actionTakenAt?.toISOString() ?? null,
    category: report.category.toLowerCase(),
    comment: report.comment,
    forwarded: report.forwarded,
    created_at: report.createdAt.toISOString(),
  };
}

export function toMastodonReport(report: Report & { targetAccount: Account }, origin: string, domain: string) {
  return {
    ...reportFields(report),
    status_ids: report.statusIds.length ? report.statusIds.map(String) : null,
    rule_ids: report.ruleIds.length ? report.ruleIds : null,
    target_account: toMastodonAccount(report.targetAccount, origin, domain),
  };
}
