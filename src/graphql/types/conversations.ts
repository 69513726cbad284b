// Direct conversations, trends and familiar followers: what the Mastodon API has, here too.
import DataLoader from "dataloader";
import { NotFoundError, ValidationError } from "../../core/errors.js";
import { parseId } from "../../core/ids.js";
import { conversationOf, conversationsOf, type ConversationRow } from "../../db/conversations.js";
import { familiarFollowers } from "../../db/search.js";
import { trendingStatusIds, trendingTags } from "../../db/trends.js";
import type { Account } from "../../generated/prisma/client.js";
import { hideConversation, markConversationRead } from "../../services/conversations/thread-state.js";
import { builder } from "../builder.js";
import type { Context } from "../context.js";
import { idArg } from "../ids.js";
import { loadStatuses, loadVisibleStatus, visibleIds } from "../statuses.js";
import { AccountRef } from "./account.js";
import { MUTATION_ERRORS } from "./errors.js";
import { StatusRef, TagRef } from "./status.js";

/** One query per request (and per live event) for the familiar followers of every account shown. */
const familiarLoaders = new WeakMap<object, DataLoader<bigint, bigint[], string>>();
function familiarLoader(ctx: Context, viewerId: bigint) {
  let loader = familiarLoaders.get(ctx.loaders);
  if (!loader) {
    loader = new DataLoader(
      async (ids) => {
        const found = await familiarFollowers(ctx.deps.pool, viewerId, [...ids]);
        return ids.map((id) => found.get(id) ?? []);
      },
      { cacheKeyFn: String },
    );
    familiarLoaders.set(ctx.loaders, loader);
  }
  return loader;
}

const present = (rows: (Account | Error | undefined)[]) => rows.filter((a): a is Account => !!a && !(a instanceof Error) && !a.suspendedAt);

const ConversationRef = builder.objectRef<ConversationRow & { viewerId: bigint }>("Conversation").implement({
  description: "Direct statuses between you and others, grouped by thread",
  fields: (t) => ({
    id: t.string({ description: "The thread's id", resolve: (c) => String(c.threadId) }),
    unread: t.exposeBoolean("unread", { description: "Someone wrote since you last read it" }),
    lastStatus: t.field({ type: StatusRef, nullable: true, resolve: (c, _args, ctx) => loadVisibleStatus(ctx, c.lastStatusId) }),
    accounts: t.field({
      type: [AccountRef],
      description: "The other people in it",
      resolve: async (c, _args, ctx) => {
        const mentioned = (await ctx.loaders.mentions.load(c.lastStatusId)) ?? [];
        const last = await ctx.loaders.statuses.load(c.lastStatusId);
        const ids = [...new Set([...(last ? [last.accountId] : []), ...mentioned])].filter((id) => id !== c.viewerId);
        return present(await ctx.loaders.accounts.loadMany(ids));
      },
    }),
  }),
});

builder.queryFields((t) => ({
  conversations: t.field({
    type: [ConversationRef],
    authScopes: { read: true },
    description: "Your direct conversations, newest activity first; page with `before` (a lastStatus snowflake)",
    args: { first: t.arg.int({ defaultValue: 20 }), before: t.arg.string() },
    resolve: async (_root, args, ctx) => {
      const actor = ctx.actor!; // the read scope above means someone is signed in
      const limit = args.first ?? 20;
      if (limit < 1 || limit > 40) throw new ValidationError("first must be between 1 and 40", "first");
      const maxId = args.before ? parseId(args.before) : null;
      if (args.before && maxId === undefined) throw new ValidationError("before is not a status id", "before");
      const rows = await conversationsOf(ctx.deps.pool, actor.accountId, { maxId: maxId ?? null, minId: null, limit, size: limit, ascending: false });
      const visible = new Set(await visibleIds(ctx, rows.map((r) => r.lastStatusId), "single"));
      return rows.filter((r) => visible.has(r.lastStatusId)).map((r) => ({ ...r, viewerId: actor.accountId }));
    },
  }),
  trendingTags: t.field({
    type: [TagRef],
    description: "Hashtags used by the most people in the last 7 days",
    args: { first: t.arg.int({ defaultValue: 10 }) },
    resolve: async (_root, args, ctx) => {
      const limit = Math.min(Math.max(args.first ?? 10, 1), 20);
      const found = await trendingTags(ctx.deps.pool, limit, 0);
      return found.map(({ id, name, display }) => ({ id, name, display }));
    },
  }),
  trendingStatuses: t.field({
    type: [StatusRef],
    description: "Public statuses of the last 2 days with the most boosts and favourites",
    args: { first: t.arg.int({ defaultValue: 20 }) },
    resolve: async (_root, args, ctx) => {
      const limit = Math.min(Math.max(args.first ?? 20, 1), 40);
      const ids = await trendingStatusIds(ctx.deps.pool, limit, 0);
      await ctx.loaders.prime(ids);
      return loadStatuses(ctx, await visibleIds(ctx, ids, "timeline"));
    },
  }),
}));

builder.objectFields(AccountRef, (t) => ({
  familiarFollowers: t.field({
    type: [AccountRef],
    description: "People you follow who follow this account (empty when signed out)",
    resolve: async (account, _args, ctx) => {
      if (!ctx.actor) return [];
      return present(await ctx.loaders.accounts.loadMany(await familiarLoader(ctx, ctx.actor.accountId).load(account.id)));
    },
  }),
}));

builder.mutationFields((t) => ({
  markConversationRead: t.field({
    type: ConversationRef,
    errors: MUTATION_ERRORS,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const threadId = idArg(String(args.id), "Conversation");
      await markConversationRead(ctx.deps, ctx.actor, threadId);
      const row = await conversationOf(ctx.deps.pool, ctx.actor!.accountId, threadId);
      if (!row) throw new NotFoundError("Conversation");
      return { ...row, viewerId: ctx.actor!.accountId };
    },
  }),
  hideConversation: t.field({
    type: "Boolean",
    errors: MUTATION_ERRORS,
    description: "Hides a conversation until someone writes in it again",
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      await hideConversation(ctx.deps, ctx.actor, idArg(String(args.id), "Conversation"));
      return true;
    },
  }),
}));
