// Reports to this server's moderators: by a signed-in person (optionally forwarded to the
// reported person's server as a Flag, by the outbox), or a Flag from another server.
import { ValidationError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import type { ReportCategory } from "../../generated/prisma/enums.js";
import type { Actor, ServiceDeps } from "../context.js";
import { domainSeverity } from "../domains/policy.js";
import { findActiveAccount, requireActor } from "../guards.js";
import { keepForOutbox } from "../outbox-events.js";

const CATEGORIES = new Set(["spam", "legal", "violation", "other"]);
const MAX_COMMENT = 1000;
const MAX_STATUSES = 50;

export interface ReportInput {
  accountId: bigint;
  statusIds?: bigint[];
  comment?: string;
  /** spam, legal, violation or other (Mastodon's names) */
  category?: string;
  ruleIds?: string[];
  /** also send it to the reported person's server */
  forward?: boolean;
}

export async function createReport(deps: ServiceDeps, actor: Actor | null, input: ReportInput) {
  const who = requireActor(actor, "write:reports", "write");
  if (input.accountId === who.accountId) throw new ValidationError("You can't report yourself", "accountId");
  const target = await findActiveAccount(deps, input.accountId);
  const comment = (input.comment ?? "").trim();
  if ([...comment].length > MAX_COMMENT) throw new ValidationError(`The comment is too long (at most ${MAX_COMMENT} characters)`, "comment");
  const category = (input.category ?? "other").toLowerCase();
  if (!CATEGORIES.has(category)) throw new ValidationError("The category must be spam, legal, violation or other", "category");
  const statusIds = [...new Set(input.statusIds ?? [])];
  if (statusIds.length > MAX_STATUSES) throw new ValidationError(`At most ${MAX_STATUSES} statuses per report`, "statusIds");
  if (statusIds.length > 0) {
    const theirs = await deps.db.status.count({ where: { id: { in: statusIds }, accountId: target.id, deletedAt: null } });
    if (theirs !== statusIds.length) throw new ValidationError("The statuses must be the reported account's", "statusIds");
  }
  const ruleIds = (input.ruleIds ?? []).map(String).slice(0, 50);
  const forward = Boolean(input.forward) && target.domain !== null;
  const id = newId();
  const data = {
    id,
    accountId: who.accountId,
    targetAccountId: target.id,
    statusIds,
    comment,
    category: category.toUpperCase() as ReportCategory,
    ruleIds: category === "violation" ? ruleIds : [],
    forwarded: forward,
  };
  const [report] = await deps.db.$transaction([
    deps.db.report.create({ data, include: { targetAccount: true } }),
    // Only a forwarded report has anything to tell another server.
    ...(forward ? [keepForOutbox(deps.db, { type: "report.created", reportId: String(id), targetAccountId: String(target.id), forward })] : []),
  ]);
  deps.events.publish({ type: "report.created", reportId: String(report.id), targetAccountId: String(target.id), forward });
  return report;
}

export interface FlagInput {
  /** the Flag's id */
  uri: string;
  /** the sending server's actor, as our account */
  reporterId: bigint;
  reporterDomain: string;
  targetAccountId: bigint;
  statusUris: string[];
  comment: string;
}

/** A Flag from another server about a local account; null when ignored (reports from that server are refused, or a repeat). */
export async function receiveFlag(deps: ServiceDeps, input: FlagInput) {
  const block = await deps.db.domainBlock.findFirst({ where: { domain: input.reporterDomain.toLowerCase(), rejectReports: true } });
  if (block || (await domainSeverity(deps, input.reporterDomain)) === "SUSPEND") return null;
  const target = await deps.db.account.findUnique({ where: { id: input.targetAccountId } });
  if (!target || target.domain !== null) return null;
  const statuses = input.statusUris.length
    ? await deps.db.status.findMany({ where: { uri: { in: input.statusUris.slice(0, MAX_STATUSES) }, accountId: target.id }, select: { id: true } })
    : [];
  const report = await deps.db.report.upsert({
    where: { uri: input.uri },
    create: {
      id: newId(),
      uri: input.uri,
      accountId: input.reporterId,
      targetAccountId: target.id,
      statusIds: statuses.map((s) => s.id),
      comment: input.comment.slice(0, MAX_COMMENT * 5),
    },
    update: {},
  });
  deps.events.publish({ type: "report.created", reportId: String(report.id), targetAccountId: String(target.id), forward: false });
  return report;
}
