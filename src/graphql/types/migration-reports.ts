// Moving an account (aliases, then the move) and reporting accounts to the moderators.
import type { Report } from "../../generated/prisma/client.js";
import { addAlias, moveAccount, removeAlias } from "../../services/accounts/move.js";
import { createReport } from "../../services/reports/create.js";
import { builder } from "../builder.js";
import { idArg } from "../ids.js";
import { AccountRef } from "./account.js";
import { MUTATION_ERRORS } from "./errors.js";

const ReportType = builder.objectRef<Report>("Report").implement({
  description: "A report sent to this server's moderators",
  fields: (t) => ({
    id: t.string({ resolve: (r) => String(r.id) }),
    category: t.string({ description: "spam, legal, violation or other", resolve: (r) => r.category.toLowerCase() }),
    comment: t.exposeString("comment"),
    forwarded: t.exposeBoolean("forwarded", { description: "Also sent to the reported person's server" }),
    statusIds: t.stringList({ resolve: (r) => r.statusIds.map(String) }),
    ruleIds: t.exposeStringList("ruleIds"),
    actionTaken: t.boolean({ resolve: (r) => r.actionTakenAt !== null }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    targetAccount: t.field({ type: AccountRef, resolve: async (r, _args, ctx) => (await ctx.loaders.accounts.load(r.targetAccountId))! }),
  }),
});

builder.mutationFields((t) => ({
  addAccountAlias: t.field({
    type: AccountRef,
    errors: MUTATION_ERRORS,
    description: "Names another account (user@domain) as also yours, so that it may move here; returns your account",
    args: { handle: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => addAlias(ctx.deps, ctx.remote, ctx.actor, args.handle),
  }),
  removeAccountAlias: t.field({
    type: AccountRef,
    errors: MUTATION_ERRORS,
    args: { uri: t.arg.string({ required: true, description: "As listed in alsoKnownAs" }) },
    resolve: (_root, args, ctx) => removeAlias(ctx.deps, ctx.actor, args.uri),
  }),
  moveAccount: t.field({
    type: AccountRef,
    errors: MUTATION_ERRORS,
    description:
      "Moves your account to another one (user@domain), which must list yours in alsoKnownAs: your followers follow it instead. Returns your account",
    args: { handle: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => moveAccount(ctx.deps, ctx.remote, ctx.actor, args.handle),
  }),
  createReport: t.field({
    type: ReportType,
    errors: MUTATION_ERRORS,
    description: "Reports an account (and some of its statuses) to the moderators",
    args: {
      accountId: t.arg.id({ required: true }),
      statusIds: t.arg.idList(),
      comment: t.arg.string(),
      category: t.arg.string({ description: "spam, legal, violation or other (default)" }),
      ruleIds: t.arg.stringList(),
      forward: t.arg.boolean({ description: "Also send it, without your name, to their server" }),
    },
    resolve: (_root, args, ctx) =>
      createReport(ctx.deps, ctx.actor, {
        accountId: idArg(String(args.accountId), "Account", "accountId"),
        statusIds: (args.statusIds ?? []).map((id) => idArg(String(id), "Status", "statusIds")),
        comment: args.comment ?? undefined,
        category: args.category ?? undefined,
        ruleIds: args.ruleIds ?? undefined,
        forward: args.forward ?? undefined,
      }),
  }),
}));
