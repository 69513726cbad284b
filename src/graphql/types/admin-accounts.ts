// Moderation of accounts in GraphQL: accounts as moderators see them, the actions against
// them, approval of applicants, and the audit log for admins. The services decide who may
// (moderators, admins for staff accounts); these resolvers only call them.
import type { AuditLogEntry } from "../../generated/prisma/client.js";
import { takeAccountAction } from "../../services/admin/account-actions.js";
import { approveAccount, enableAccount, rejectAccount, unsensitizeAccount, unsilenceAccount, unsuspendAccount } from "../../services/admin/account-changes.js";
import { deleteAccountData } from "../../services/admin/account-delete.js";
import { getAdminAccount, listAdminAccounts, type AdminAccount, type AdminAccountFilter } from "../../services/admin/accounts.js";
import { listAuditLog } from "../../services/admin/audit-log.js";
import { builder } from "../builder.js";
import { pagedConnection } from "../connections.js";
import type { Context } from "../context.js";
import { idArg } from "../ids.js";
import { AccountRef } from "./account.js";
import { MUTATION_ERRORS, orNull } from "./errors.js";

export const AccountRoleEnum = builder.enumType("AccountRole", {
  values: { USER: {}, MODERATOR: { description: "Handles reports and acts on accounts" }, ADMIN: { description: "Everything moderators do, and the server's settings" } } as const,
});

const AdminAccountOriginEnum = builder.enumType("AdminAccountOrigin", { values: { LOCAL: {}, REMOTE: {} } as const });

const AdminAccountStatusEnum = builder.enumType("AdminAccountStatus", {
  values: {
    ACTIVE: { description: "Not suspended" },
    PENDING: { description: "Waiting for a moderator's approval" },
    DISABLED: { description: "Login disabled" },
    SILENCED: { description: "Limited: off public timelines" },
    SUSPENDED: {},
  } as const,
});

export const ModerationActionEnum = builder.enumType("ModerationAction", {
  description: "What a moderator does to an account (each leaves a warning for the person and an audit log entry)",
  values: {
    NONE: { description: "A warning only (with the text)" },
    SENSITIVE: { description: "Everything they post shows as sensitive" },
    DISABLE: { description: "Their login stops working (accounts of this server)" },
    SILENCE: { description: "Limited: off public timelines and out of search for people not following them" },
    SUSPEND: { description: "Their content disappears and they cannot sign in; undone with unsuspendAccount" },
    DELETE_STATUSES: { description: "Deletes the named statuses (default: the report's)" },
    MARK_STATUSES_AS_SENSITIVE: { description: "Marks the named statuses (default: the report's) sensitive" },
  } as const,
});

export const AdminAccountRef = builder.objectRef<AdminAccount>("AdminAccount").implement({
  description: "An account as moderators see it (suspended ones too)",
  fields: (t) => ({
    id: t.id({ description: "The account's numeric id", resolve: (a) => String(a.id) }),
    account: t.field({ type: AccountRef, description: "The public profile", resolve: (a) => a }),
    username: t.exposeString("username"),
    domain: t.exposeString("domain", { nullable: true, description: "Null for accounts of this server" }),
    email: t.string({ nullable: true, resolve: (a) => a.credential?.email ?? null }),
    role: t.field({ type: AccountRoleEnum, resolve: (a) => a.credential?.role ?? "USER" }),
    createdAt: t.field({ type: "DateTime", resolve: (a) => a.credential?.createdAt ?? a.createdAt }),
    confirmed: t.boolean({ description: "The e-mail address was confirmed", resolve: (a) => !!a.credential?.confirmedAt }),
    approved: t.boolean({ resolve: (a) => !!a.credential?.approved }),
    pending: t.boolean({ description: "Waiting for approval", resolve: (a) => !!a.credential && !a.credential.approved && !a.credential.rejectedAt }),
    rejected: t.boolean({ description: "The application was refused", resolve: (a) => !!a.credential?.rejectedAt }),
    rejectionReason: t.string({ nullable: true, resolve: (a) => a.credential?.rejectionReason ?? null }),
    inviteRequest: t.string({ nullable: true, description: "Why they want to join (approval mode)", resolve: (a) => a.credential?.signUpReason || null }),
    disabled: t.boolean({ resolve: (a) => !!a.credential?.disabledAt }),
    silenced: t.boolean({ resolve: (a) => a.silencedAt !== null }),
    suspended: t.boolean({ resolve: (a) => a.suspendedAt !== null }),
    sensitized: t.boolean({ resolve: (a) => a.sensitizedAt !== null }),
    suspendedAt: t.expose("suspendedAt", { type: "DateTime", nullable: true }),
    silencedAt: t.expose("silencedAt", { type: "DateTime", nullable: true }),
  }),
});

const AdminAccountConnection = builder.connectionObject({ type: AdminAccountRef, name: "AdminAccountConnection" });

const AuditLogEntryRef = builder.objectRef<AuditLogEntry>("AuditLogEntry").implement({
  description: "Something a moderator or admin did",
  fields: (t) => ({
    id: t.id({ resolve: (e) => String(e.id) }),
    action: t.exposeString("action", { description: 'e.g. "account.suspend", "report.resolve"' }),
    targetType: t.exposeString("targetType", { description: "account, report, domain_block, status, setting ..." }),
    targetId: t.exposeString("targetId"),
    reason: t.exposeString("reason"),
    data: t.string({ description: "Details, as JSON", resolve: (e) => JSON.stringify(e.data) }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    account: t.field({
      type: AccountRef,
      nullable: true,
      description: "Who did it; null for the server itself (the admin command line)",
      resolve: async (e, _args, ctx) => (e.accountId ? ((await ctx.loaders.accounts.load(e.accountId)) ?? null) : null),
    }),
  }),
});

const AuditLogConnection = builder.connectionObject({ type: AuditLogEntryRef, name: "AuditLogConnection" });

const accountId = (raw: string | number) => idArg(String(raw), "Account", "accountId");

builder.queryFields((t) => ({
  adminAccounts: t.connection(
    {
      type: AdminAccountRef,
      description: "Accounts matching the filters, newest first (moderators)",
      args: {
        origin: t.arg({ type: AdminAccountOriginEnum }),
        status: t.arg({ type: AdminAccountStatusEnum }),
        staff: t.arg.boolean({ description: "Moderators and admins only" }),
        role: t.arg({ type: AccountRoleEnum }),
        sensitized: t.arg.boolean(),
        username: t.arg.string({ description: "Usernames starting with this" }),
        displayName: t.arg.string({ description: "Display names containing this" }),
        byDomain: t.arg.string({ description: "Domains containing this" }),
        email: t.arg.string({ description: "E-mail addresses containing this" }),
      },
      resolve: (_root, args, ctx) => {
        const filter: AdminAccountFilter = {
          origin: args.origin === "LOCAL" ? "local" : args.origin === "REMOTE" ? "remote" : null,
          status: args.status ? (args.status.toLowerCase() as Lowercase<typeof args.status>) : null,
          staff: args.staff,
          roles: args.role ? [args.role] : null,
          sensitized: args.sensitized,
          username: args.username,
          displayName: args.displayName,
          byDomain: args.byDomain,
          email: args.email,
        };
        return pagedConnection(args, (page) => listAdminAccounts(ctx.deps, ctx.actor, filter, page), (row) => ({ cursor: row.id, node: row }));
      },
    },
    AdminAccountConnection,
  ),
  adminAccount: t.field({
    type: AdminAccountRef,
    nullable: true,
    description: "One account as moderators see it; null when there is none",
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => orNull(() => getAdminAccount(ctx.deps, ctx.actor, accountId(args.id))),
  }),
  auditLog: t.connection(
    {
      type: AuditLogEntryRef,
      description: "What moderators and admins did, newest first (admins)",
      args: {
        action: t.arg.string(),
        targetType: t.arg.string(),
        targetId: t.arg.string(),
        accountId: t.arg.id({ description: "Entries by this moderator" }),
      },
      resolve: (_root, args, ctx) => {
        const filter = { action: args.action, targetType: args.targetType, targetId: args.targetId, accountId: args.accountId != null ? accountId(args.accountId) : null };
        return pagedConnection(args, (page) => listAuditLog(ctx.deps, ctx.actor, filter, page), (row) => ({ cursor: row.id, node: row }));
      },
    },
    AuditLogConnection,
  ),
}));

type Verb = (deps: Context["deps"], actor: Context["actor"], id: bigint) => Promise<AdminAccount>;

builder.mutationFields((t) => {
  const verb = (description: string, run: Verb) =>
    t.field({
      type: AdminAccountRef,
      errors: MUTATION_ERRORS,
      description,
      args: { accountId: t.arg.id({ required: true }) },
      resolve: (_root, args, ctx) => run(ctx.deps, ctx.actor, accountId(args.accountId)),
    });
  return {
    approveAccount: verb("Lets an applicant in (approval mode)", approveAccount),
    enableAccount: verb("Gives back a disabled login", enableAccount),
    unsilenceAccount: verb("Lifts a limit", unsilenceAccount),
    unsensitizeAccount: verb("Stops showing everything they post as sensitive", unsensitizeAccount),
    unsuspendAccount: verb("Lifts a suspension: everything they had shows again (they sign in anew)", unsuspendAccount),
    deleteAccountData: verb("Deletes a suspended account's data for good (admins)", deleteAccountData),
    moderateAccount: t.field({
      type: AdminAccountRef,
      errors: MUTATION_ERRORS,
      description: "Acts against an account (moderators; admins for moderators' and admins' accounts); with a report, closes it (and, for an action other than NONE, every open report about the account)",
      args: {
        accountId: t.arg.id({ required: true }),
        action: t.arg({ type: ModerationActionEnum, required: true }),
        text: t.arg.string({ description: "Why: shown to the person with the warning, and kept in the audit log" }),
        reportId: t.arg.id(),
        statusIds: t.arg.idList({ description: "For DELETE_STATUSES and MARK_STATUSES_AS_SENSITIVE (default: the report's statuses)" }),
      },
      resolve: (_root, args, ctx) =>
        takeAccountAction(ctx.deps, ctx.actor, accountId(args.accountId), {
          type: args.action.toLowerCase(),
          text: args.text,
          reportId: args.reportId != null ? idArg(String(args.reportId), "Report", "reportId") : null,
          statusIds: args.statusIds?.map((id) => idArg(String(id), "Status", "statusIds")) ?? null,
        }),
    }),
    rejectAccount: t.field({
      type: AdminAccountRef,
      errors: MUTATION_ERRORS,
      description: "Refuses an applicant: they can never sign in, and are told the reason when they try",
      args: { accountId: t.arg.id({ required: true }), reason: t.arg.string() },
      resolve: (_root, args, ctx) => rejectAccount(ctx.deps, ctx.actor, accountId(args.accountId), args.reason),
    }),
  };
});
