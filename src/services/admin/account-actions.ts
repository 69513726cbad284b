// A moderator's action against an account (Mastodon's Admin::AccountAction): warn ("none"),
// mark everything they post sensitive, disable their login, limit (silence), suspend, or
// delete / mark sensitive some of their statuses. The person gets a warning (AccountWarning)
// when there is an action or a text; the action and every report it closes are in the audit
// log. With a report: "none" closes that report, any other action every open report about
// the account (the action answered them all).
import { ValidationError } from "../../core/errors.js";
import type { DomainEvent } from "../../core/events.js";
import { newId } from "../../core/ids.js";
import type { Report } from "../../generated/prisma/client.js";
import type { Actor, ServiceDeps } from "../context.js";
import { followEnded } from "../follows/remote.js";
import { actionTarget, deleteTokens, loadAdminAccount, publishRevoked, type AdminAccount } from "./accounts.js";
import { deleteStatusesWithin, markSensitiveWithin } from "./account-statuses.js";
import { moderationMail } from "../mail/messages.js";
import { queueMail } from "../mail/outbox.js";
import { keepAllForOutbox, keepForOutbox } from "../outbox-events.js";
import { audit } from "./audit.js";
import { staffAccountId } from "./guards.js";
import { resolveWithin } from "./report-actions.js";
import { findReport } from "./reports.js";

export const ACCOUNT_ACTIONS = ["none", "sensitive", "disable", "silence", "suspend", "delete_statuses", "mark_statuses_as_sensitive"] as const;
export type AccountActionType = (typeof ACCOUNT_ACTIONS)[number];

export interface AccountActionInput {
  type: string;
  /** why, for the person and the log */
  text?: string | null;
  /** the report that led to it */
  reportId?: bigint | null;
  /** for delete_statuses and mark_statuses_as_sensitive: which (default: the report's) */
  statusIds?: bigint[] | null;
}

const MAX_TEXT = 5000;

function parseType(type: string): AccountActionType {
  const found = ACCOUNT_ACTIONS.find((name) => name === type.toLowerCase());
  if (!found) throw new ValidationError(`type must be one of ${ACCOUNT_ACTIONS.join(", ")}`, "type");
  return found;
}

/** Audit names as Mastodon logs them. */
const AUDIT: Record<AccountActionType, string> = {
  none: "account.warn",
  sensitive: "account.sensitive",
  disable: "account.disable",
  silence: "account.silence",
  suspend: "account.suspend",
  delete_statuses: "account.delete_statuses",
  mark_statuses_as_sensitive: "account.mark_statuses_as_sensitive",
};

const rejectedEvent = (followerId: bigint, follow: { targetAccountId: bigint; uri: string | null }) =>
  ({ type: "follow.rejected", accountId: String(followerId), targetAccountId: String(follow.targetAccountId), uri: follow.uri }) as const;

export async function takeAccountAction(deps: ServiceDeps, actor: Actor | null, targetId: bigint, input: AccountActionInput): Promise<AdminAccount> {
  const { who, target } = await actionTarget(deps, actor, targetId);
  const type = parseType(input.type);
  const text = (input.text ?? "").trim();
  if (text.length > MAX_TEXT) throw new ValidationError(`The text is too long (at most ${MAX_TEXT} characters)`, "text");
  if (type === "disable" && !target.credential) throw new ValidationError("Only accounts of this server can be disabled", "type");
  let report: Report | null = null;
  if (input.reportId != null) {
    report = await findReport(deps, input.reportId);
    if (report.targetAccountId !== target.id) throw new ValidationError("The report is about another account", "report_id");
  }
  const onStatuses = type === "delete_statuses" || type === "mark_statuses_as_sensitive";
  const statusIds = onStatuses ? (input.statusIds?.length ? input.statusIds : (report?.statusIds ?? [])) : [];
  const now = new Date();
  const newlySuspended = type === "suspend" && !target.suspendedAt;

  const { events, revoked, remoteFollows } = await deps.db.$transaction(async (tx) => {
    let events: DomainEvent[] = [];
    let revoked: string[] = [];
    if (type === "sensitive") await tx.account.update({ where: { id: target.id }, data: { sensitizedAt: target.sensitizedAt ?? now } });
    if (type === "silence") await tx.account.update({ where: { id: target.id }, data: { silencedAt: target.silencedAt ?? now } });
    if (type === "disable") {
      await tx.credential.update({ where: { accountId: target.id }, data: { disabledAt: target.credential?.disabledAt ?? now } });
      revoked = await deleteTokens(tx, target.id);
    }
    if (type === "suspend") {
      await tx.account.update({ where: { id: target.id }, data: { suspendedAt: target.suspendedAt ?? now } });
      if (newlySuspended) await keepForOutbox(tx, { type: "account.suspended", accountId: String(target.id) });
      revoked = await deleteTokens(tx, target.id);
    }
    if (type === "delete_statuses") events = await deleteStatusesWithin(tx, target.id, statusIds);
    if (type === "mark_statuses_as_sensitive") events = await markSensitiveWithin(tx, target.id, statusIds);
    // A remote account suspended here stops following people here (Mastodon sends them a Reject: not reversible).
    const remoteFollows =
      newlySuspended && target.domain !== null
        ? await tx.follow.findMany({ where: { accountId: target.id, targetAccount: { domain: null } }, select: { targetAccountId: true, uri: true } })
        : [];
    await keepAllForOutbox(tx, remoteFollows.map((follow) => rejectedEvent(target.id, follow)));
    const warning =
      type !== "none" || text
        ? await tx.accountWarning.create({
            data: {
              id: newId(),
              targetAccountId: target.id,
              accountId: staffAccountId(who),
              action: type,
              text,
              reportId: report?.id ?? null,
              // As Mastodon: the statuses acted on, or else the report's (what the person is told about).
              statusIds: onStatuses ? statusIds : (report?.statusIds ?? []),
            },
          })
        : null;
    // As Mastodon: the person hears of every warning and action (not of actions on statuses alone without a warning text).
    if (warning && target.credential) {
      await queueMail(tx, deps.config, moderationMail(deps.config, target.credential.email, target.username, type, text));
    }
    await audit(tx, who, {
      action: AUDIT[type],
      targetType: "account",
      targetId: target.id,
      reason: text,
      data: { reportId: report ? String(report.id) : null, warningId: warning ? String(warning.id) : null, ...(statusIds.length ? { statusIds: statusIds.map(String) } : {}) },
    });
    const toClose =
      type === "none"
        ? report ? [report.id] : []
        : (await tx.report.findMany({ where: { targetAccountId: target.id, actionTakenAt: null }, select: { id: true } })).map((r) => r.id);
    await resolveWithin(tx, who, toClose);
    return { events, revoked, remoteFollows };
  });

  for (const event of events) deps.events.publish(event);
  publishRevoked(deps, target.id, revoked);
  if (newlySuspended) deps.events.publish({ type: "account.suspended", accountId: String(target.id) });
  for (const follow of remoteFollows) {
    await followEnded(deps, target.id, follow.targetAccountId);
    deps.events.publish(rejectedEvent(target.id, follow));
  }
  return loadAdminAccount(deps, target.id);
}
