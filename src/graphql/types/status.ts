import type { Account, Status } from "../../generated/prisma/client.js";
import { threadIds } from "../../db/timelines.js";
import { builder } from "../builder.js";
import type { Context } from "../context.js";
import type { ViewerFlags } from "../../db/records.js";
import { loadAccount, loadStatuses, loadVisibleStatus, visibleIds } from "../statuses.js";
import { AccountRef } from "./account.js";
import { VisibilityEnum } from "./scalars.js";
import { CustomEmojiRef } from "./emoji.js";
import { storedEmojis } from "../../core/emojis.js";

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

/** The viewer's flags for a status (a boost's are its original's); sync when the page brought them. */
function flags(id: bigint, ctx: Context): ViewerFlags | Promise<ViewerFlags> | null {
  if (!ctx.loaders.viewer) return null;
  return ctx.loaders.known.flags.get(id) ?? ctx.loaders.viewer.flags.load(id);
}

/** Reads one flag without a promise when it can. */
function flag(id: bigint, ctx: Context, name: keyof ViewerFlags): boolean | Promise<boolean> {
  const found = flags(id, ctx);
  if (found === null) return false;
  return found instanceof Promise ? found.then((f) => f[name]) : found[name];
}

// Statuses reach the API only after canView()/showInTimeline() (core/visibility.ts)
// accepted them, boosted original included; they are loaded by batched SQL.
export const StatusRef = builder.objectRef<Status>("Status");

builder.node(StatusRef, {
  id: { resolve: (s) => String(s.id) },
  fields: (t) => ({
    snowflake: t.string({ description: "The numeric id, as the Mastodon API shows it", resolve: (s) => String(s.id) }),
    uri: t.exposeString("uri"),
    url: t.exposeString("url", { nullable: true }),
    account: t.field({
      type: AccountRef,
      resolve: (s, _args, ctx) => ctx.loaders.known.accounts.get(s.accountId) ?? loadAccount(ctx, s.accountId),
    }),
    content: t.exposeString("contentHtml", { description: "Sanitised HTML" }),
    text: t.string({
      nullable: true,
      description: "The source text (only for the author, to edit it)",
      resolve: (s, _args, ctx) => (ctx.actor?.accountId === s.accountId ? s.text : null),
    }),
    spoilerText: t.exposeString("spoilerText", { description: "The content warning; empty when none" }),
    emojis: t.field({ type: [CustomEmojiRef], description: "Custom emoji of the author's server used in the text or content warning", resolve: (parent) => storedEmojis(parent.emojis) }),
    visibility: t.expose("visibility", { type: VisibilityEnum }),
    sensitive: t.boolean({
      description: "Show the media (and content warning) as sensitive: set by the author, or by moderators for everything someone posts (the same for every viewer)",
      resolve: (s, _args, ctx) => {
        // The same for everyone (live timelines render once for all viewers); the page brought
        // its authors along, so no promise on the hot path.
        if (s.sensitive) return true;
        const known = ctx.loaders.known.accounts.get(s.accountId);
        return known ? !!known.sensitizedAt : ctx.loaders.accounts.load(s.accountId).then((author) => !!author?.sensitizedAt);
      },
    }),
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
    inReplyTo: t.field({
      type: StatusRef,
      nullable: true,
      description: "The status this replies to, when you may see it",
      resolve: (s, _args, ctx) => loadVisibleStatus(ctx, s.inReplyToId),
    }),
    reblog: t.field({
      type: StatusRef,
      nullable: true,
      description: "For a boost: the boosted status",
      resolve: (s, _args, ctx) =>
        s.reblogOfId
          ? (ctx.loaders.known.statuses.get(s.reblogOfId) ?? ctx.loaders.statuses.load(s.reblogOfId).then((r) => r ?? null))
          : null,
    }),
    mentions: t.field({
      type: [AccountRef],
      resolve: async (s, _args, ctx) => {
        const ids = ctx.loaders.known.mentions.get(s.id) ?? (await ctx.loaders.mentions.load(s.id)) ?? [];
        const accounts = await ctx.loaders.accounts.loadMany(ids);
        return accounts.filter((a): a is Account => !!a && !(a instanceof Error));
      },
    }),
    tags: t.field({
      type: [TagRef],
      resolve: (s, _args, ctx) => ctx.loaders.known.tags.get(s.id) ?? ctx.loaders.tags.load(s.id).then((tags) => tags ?? []),
    }),
    edits: t.field({
      type: [StatusEditRef],
      description: "Earlier versions, oldest first",
      resolve: (s, _args, ctx) => ctx.deps.db.statusEdit.findMany({ where: { statusId: s.id }, orderBy: { id: "asc" } }),
    }),
    favourited: t.boolean({
      description: "Did you favourite it? False when signed out",
      resolve: (s, _args, ctx) => flag(s.reblogOfId ?? s.id, ctx, "favourited"),
    }),
    reblogged: t.boolean({ resolve: (s, _args, ctx) => flag(s.reblogOfId ?? s.id, ctx, "reblogged") }),
    bookmarked: t.boolean({ resolve: (s, _args, ctx) => flag(s.reblogOfId ?? s.id, ctx, "bookmarked") }),
    pinned: t.boolean({ resolve: (s, _args, ctx) => flag(s.id, ctx, "pinned") }),
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
    ancestors: t.field({
      type: [StatusRef],
      description: "Oldest first",
      resolve: (thread, _args, ctx) => loadStatuses(ctx, thread.ancestors),
    }),
    descendants: t.field({
      type: [StatusRef],
      description: "In thread order",
      resolve: (thread, _args, ctx) => loadStatuses(ctx, thread.descendants),
    }),
  }),
});
