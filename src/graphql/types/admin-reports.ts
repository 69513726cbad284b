// Reports in GraphQL for moderators: listed (open ones unless `resolved`), one by one with
// the reporter, the reported account and statuses, the rules, who handles it and who closed
// it; taken on, given back, resolved, reopened, recategorised. The services guard each.
import { NotFoundError } from "../../core/errors.js";
import { toPage, toPageQuery } from "../../core/paging.js";
import type { Report } from "../../generated/prisma/client.js";
import { assignReportToSelf, reopenReport, resolveReport, unassignReport, updateReport } from "../../services/admin/report-actions.js";
import { getReport, listReports, reportDetails, type ReportDetails } from "../../services/admin/reports.js";
import { builder } from "../builder.js";
import { connection } from "../connections.js";
import type { Context } from "../context.js";
import { idArg } from "../ids.js";
import { AdminAccountRef } from "./admin-accounts.js";
import { MUTATION_ERRORS } from "./errors.js";
import { RuleRef } from "./signup.js";
import { StatusRef } from "./status.js";

const AdminReportRef = builder.objectRef<ReportDetails>("AdminReport").implement({
  description: "A report as moderators see it",
  fields: (t) => ({
    id: t.id({ description: "The report's numeric id", resolve: ({ report }) => String(report.id) }),
    category: t.string({ description: "spam, legal, violation or other", resolve: ({ report }) => report.category.toLowerCase() }),
    comment: t.string({ resolve: ({ report }) => report.comment }),
    forwarded: t.boolean({ description: "Also sent to the reported person's server", resolve: ({ report }) => report.forwarded }),
    fromOtherServer: t.boolean({ description: "Sent by another server (a Flag)", resolve: ({ report }) => report.uri !== null }),
    actionTaken: t.boolean({ description: "Resolved", resolve: ({ report }) => report.actionTakenAt !== null }),
    actionTakenAt: t.field({ type: "DateTime", nullable: true, resolve: ({ report }) => report.actionTakenAt }),
    createdAt: t.field({ type: "DateTime", resolve: ({ report }) => report.createdAt }),
    updatedAt: t.field({ type: "DateTime", resolve: ({ report }) => report.updatedAt }),
    account: t.field({ type: AdminAccountRef, nullable: true, description: "Who reported it", resolve: (d) => d.account }),
    targetAccount: t.field({ type: AdminAccountRef, nullable: true, description: "Who is reported", resolve: (d) => d.targetAccount }),
    assignedAccount: t.field({ type: AdminAccountRef, nullable: true, description: "The moderator handling it", resolve: (d) => d.assignedAccount }),
    actionTakenByAccount: t.field({ type: AdminAccountRef, nullable: true, description: "The moderator who resolved it", resolve: (d) => d.actionTakenBy }),
    statuses: t.field({ type: [StatusRef], description: "The reported statuses (deleted ones too)", resolve: (d) => d.statuses }),
    rules: t.field({ type: [RuleRef], description: "The rules it says were broken", resolve: (d) => d.rules }),
  }),
});

const AdminReportConnection = builder.connectionObject({ type: AdminReportRef, name: "AdminReportConnection" });

const reportId = (raw: string | number) => idArg(String(raw), "Report", "reportId");
const detailed = async (ctx: Context, report: Report) => (await reportDetails(ctx.deps, [report]))[0]!;

builder.queryFields((t) => ({
  adminReports: t.connection(
    {
      type: AdminReportRef,
      description: "Reports, newest first: open ones, or resolved ones with `resolved: true` (moderators)",
      args: {
        resolved: t.arg.boolean({ defaultValue: false }),
        accountId: t.arg.id({ description: "Filed by this account" }),
        targetAccountId: t.arg.id({ description: "About this account" }),
      },
      resolve: async (_root, args, ctx) => {
        const page = toPageQuery(args);
        const filter = {
          resolved: args.resolved,
          accountId: args.accountId != null ? idArg(String(args.accountId), "Account", "accountId") : null,
          targetAccountId: args.targetAccountId != null ? idArg(String(args.targetAccountId), "Account", "targetAccountId") : null,
        };
        const rows = await listReports(ctx.deps, ctx.actor, filter, page);
        const { items, ...flags } = toPage(rows, page, { after: args.after != null, before: args.before != null });
        const details = await reportDetails(ctx.deps, items);
        return connection(details.map((d) => ({ cursor: d.report.id, node: d })), flags);
      },
    },
    AdminReportConnection,
  ),
  adminReport: t.field({
    type: AdminReportRef,
    nullable: true,
    description: "One report (moderators); null when there is none",
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      try {
        return await detailed(ctx, await getReport(ctx.deps, ctx.actor, reportId(args.id)));
      } catch (error) {
        if (error instanceof NotFoundError) return null;
        throw error;
      }
    },
  }),
}));

type Verb = (deps: Context["deps"], actor: Context["actor"], id: bigint) => Promise<Report>;

builder.mutationFields((t) => {
  const verb = (description: string, run: Verb) =>
    t.field({
      type: AdminReportRef,
      errors: MUTATION_ERRORS,
      description,
      args: { reportId: t.arg.id({ required: true }) },
      resolve: async (_root, args, ctx) => detailed(ctx, await run(ctx.deps, ctx.actor, reportId(args.reportId))),
    });
  return {
    assignReport: verb("Takes the report on (assigns it to you)", assignReportToSelf),
    unassignReport: verb("Gives the report back: nobody handles it", unassignReport),
    resolveReport: verb("Closes the report", resolveReport),
    reopenReport: verb("Opens a closed report again", reopenReport),
    updateReport: t.field({
      type: AdminReportRef,
      errors: MUTATION_ERRORS,
      description: "Corrects a report's category and the rules it names (rules only for violation)",
      args: { reportId: t.arg.id({ required: true }), category: t.arg.string(), ruleIds: t.arg.idList() },
      resolve: async (_root, args, ctx) =>
        detailed(ctx, await updateReport(ctx.deps, ctx.actor, reportId(args.reportId), { category: args.category, ruleIds: args.ruleIds?.map(String) ?? null })),
    }),
  };
});
