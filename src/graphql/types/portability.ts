// Taking one's data along: exports in Mastodon's CSV formats and importing a following list.
import { exportCsv } from "../../services/accounts/export.js";
import { importFollowing, type ImportResult } from "../../services/accounts/import.js";
import { builder } from "../builder.js";
import { MUTATION_ERRORS } from "./errors.js";

const ExportKind = builder.enumType("ExportKind", {
  values: ["following", "followers", "blocks", "mutes", "bookmarks", "domain_blocks", "lists"] as const,
});

const ImportMode = builder.enumType("ImportMode", {
  values: { MERGE: { value: "merge" }, OVERWRITE: { value: "overwrite", description: "also unfollow everyone not in the file" } } as const,
});

const ImportFailure = builder.objectRef<ImportResult["failed"][number]>("ImportFailure").implement({
  fields: (t) => ({ address: t.exposeString("address"), reason: t.exposeString("reason") }),
});

const ImportResultType = builder.objectRef<ImportResult>("ImportResult").implement({
  fields: (t) => ({
    followed: t.exposeInt("followed"),
    unfollowed: t.exposeInt("unfollowed"),
    failed: t.field({ type: [ImportFailure], resolve: (r) => r.failed }),
  }),
});

builder.queryFields((t) => ({
  exportData: t.string({
    description: "Your data as Mastodon exports it (CSV), to import here or on another server",
    args: { kind: t.arg({ type: ExportKind, required: true }) },
    resolve: (_root, args, ctx) => exportCsv(ctx.deps, ctx.actor, args.kind),
  }),
}));

builder.mutationFields((t) => ({
  importFollowing: t.field({
    type: ImportResultType,
    errors: MUTATION_ERRORS,
    description: "Follows the accounts of a following list in Mastodon's CSV format (as exportData(kind: following) gives it)",
    args: { csv: t.arg.string({ required: true }), mode: t.arg({ type: ImportMode }) },
    resolve: (_root, args, ctx) => importFollowing(ctx.deps, ctx.actor, args.csv, args.mode ?? "merge"),
  }),
}));
