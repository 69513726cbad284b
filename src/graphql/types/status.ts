import { threadIds } from "../../db/timelines.js";
import { builder } from "../builder.js";
import { loadStatuses, loadVisibleStatus, visibleIds } from "../statuses.js";
import { VisibilityEnum } from "./scalars.js";

export const TagRef = builder.prismaObject("Tag", {
  fields: (t) => ({
    name: t.exposeString("name", { description: "Lower-cased, without #" }),
    display: t.exposeString("display", { description: "As first written" }),
    url: t.string({ resolve: (tag, _args, ctx) => `${ctx.deps.config.publicUrl}/tags/${encodeURIComponent(tag.name)}` }),
  }),
});

const StatusEditRef = builder.prismaObject("StatusEdit", {
  description: "An earlier version of an edited status",
  fields: (t) => ({
    content: t.exposeString("contentHtml"),
    spoilerText: t.exposeString("spoilerText"),
    sensitive: t.exposeBoolean("sensitive"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

const StatusContext = builder.objectRef<{ ancestors: bigint[]; descendants: bigint[] }>("StatusContext");

export const StatusRef = builder.prismaNode("Status", {
  id: { field: "id" },
  fields: (t) => ({
    snowflake: t.string({ description: "The numeric id, as the Mastodon API shows it", resolve: (s) => String(s.id) }),
    uri: t.exposeString("uri"),
    url: t.exposeString("url", { nullable: true }),
    account: t.relation("account"),
    content: t.exposeString("contentHtml", { description: "Sanitised HTML" }),
    text: t.string({
      nullable: true,
      description: "The source text (only for the author, to edit it)",
      resolve: (s, _args, ctx) => (ctx.actor?.accountId === s.accountId ? s.text : null),
    }),
    spoilerText: t.exposeString("spoilerText", { description: "The content warning; empty when none" }),
    visibility: t.expose("visibility", { type: VisibilityEnum }),
    sensitive: t.exposeBoolean("sensitive"),
    language: t.exposeString("language", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    editedAt: t.expose("editedAt", { type: "DateTime", nullable: true }),
    repliesCount: t.exposeInt("repliesCount"),
    reblogsCount: t.exposeInt("reblogsCount"),
    favouritesCount: t.exposeInt("favouritesCount"),
    inReplyToAccountId: t.string({
      nullable: true,
      resolve: (s) => (s.inReplyToAccountId ? String(s.inReplyToAccountId) : null),
    }),
    inReplyTo: t.prismaField({
      type: "Status",
      nullable: true,
      description: "The status this replies to, when you may see it",
      resolve: (query, s, _args, ctx) => loadVisibleStatus(ctx, s.inReplyToId, query),
    }),
    // Safe as a plain relation: a boost only reaches the API after canView() checked
    // the boosted status too (core/visibility.ts).
    reblog: t.relation("reblogOf", { nullable: true, description: "For a boost: the boosted status" }),
    mentions: t.prismaField({
      type: ["Account"],
      select: (_args, _ctx, nested) => ({ mentions: { select: { account: nested() } } }),
      resolve: (_query, s) => s.mentions.map((m) => m.account),
    }),
    tags: t.prismaField({
      type: [TagRef],
      select: { tags: { select: { tag: true } } },
      resolve: (_query, s) => s.tags.map((st) => st.tag),
    }),
    edits: t.relation("edits", { description: "Earlier versions, oldest first", query: { orderBy: { id: "asc" } } }),
    favourited: t.boolean({
      description: "Did you favourite it? False when signed out",
      resolve: (s, _args, ctx) => ctx.loaders.viewer?.favourited.load(s.reblogOfId ?? s.id) ?? false,
    }),
    reblogged: t.boolean({ resolve: (s, _args, ctx) => ctx.loaders.viewer?.reblogged.load(s.reblogOfId ?? s.id) ?? false }),
    bookmarked: t.boolean({ resolve: (s, _args, ctx) => ctx.loaders.viewer?.bookmarked.load(s.reblogOfId ?? s.id) ?? false }),
    pinned: t.boolean({ resolve: (s, _args, ctx) => ctx.loaders.viewer?.pinned.load(s.id) ?? false }),
    context: t.field({
      type: StatusContext,
      description: "The thread around this status: what it replies to and the replies to it",
      resolve: async (s, _args, ctx) => {
        const thread = await threadIds(ctx.deps.db, s.id);
        return {
          ancestors: await visibleIds(ctx, thread.ancestors, "single"),
          descendants: await visibleIds(ctx, thread.descendants, "timeline"),
        };
      },
    }),
  }),
});

StatusContext.implement({
  fields: (t) => ({
    ancestors: t.prismaField({
      type: ["Status"],
      description: "Oldest first",
      resolve: (query, thread, _args, ctx) => loadStatuses(ctx, thread.ancestors, query),
    }),
    descendants: t.prismaField({
      type: ["Status"],
      description: "In thread order",
      resolve: (query, thread, _args, ctx) => loadStatuses(ctx, thread.descendants, query),
    }),
  }),
});

void StatusEditRef;
