// Lists: the List type, your lists, one list with its members and timeline, the lists an
// account is in, and a list's live timeline. Only a list's owner ever sees it.
import DataLoader from "dataloader";
import { GraphQLError } from "graphql";
import { toPage, toPageQuery } from "../../core/paging.js";
import { hasScope } from "../../core/scopes.js";
import { listMembers, listPage, ownList } from "../../db/lists.js";
import type { List } from "../../generated/prisma/client.js";
import { builder } from "../builder.js";
import { connection, statusConnection } from "../connections.js";
import type { Context } from "../context.js";
import { idArg } from "../ids.js";
import { AccountRef } from "./account.js";
import { StatusConnection } from "./queries.js";
import { StatusRef } from "./status.js";
import { timeline, TimelineUpdate } from "./subscriptions.js";

export const ListRepliesPolicyEnum = builder.enumType("ListRepliesPolicy", {
  description: "Which replies a list shows (its members' replies to each other and to you always show)",
  values: {
    FOLLOWED: { description: "Replies to anyone you follow" },
    LIST: { description: "Replies to members of the list" },
    NONE: { description: "No replies to others" },
  } as const,
});

const ListMemberConnection = builder.connectionObject({ type: AccountRef, name: "ListMemberConnection" });

export const ListRef = builder.objectRef<List>("List");

builder.node(ListRef, {
  description: "A list of accounts you follow, with its own timeline",
  id: { resolve: (list) => String(list.id) },
  fields: (t) => ({
    snowflake: t.string({ description: "The numeric id, as the Mastodon API shows it", resolve: (list) => String(list.id) }),
    title: t.exposeString("title"),
    repliesPolicy: t.field({ type: ListRepliesPolicyEnum, resolve: (list) => list.repliesPolicy }),
    exclusive: t.exposeBoolean("exclusive", { description: "Members' posts are kept out of your home timeline" }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    accounts: t.connection(
      {
        type: AccountRef,
        description: "The members, most recently created accounts first",
        resolve: async (list, args, ctx) => {
          const page = toPageQuery(args);
          const rows = await listMembers(ctx.deps.db, list.id, page);
          const { items, ...flags } = toPage(rows, page, { after: args.after != null, before: args.before != null });
          return connection(items.map((row) => ({ cursor: row.cursor, node: row.account })), flags);
        },
      },
      ListMemberConnection,
    ),
    timeline: t.connection(
      {
        type: StatusRef,
        description: "The members' statuses and boosts you may see, newest first, replies as the policy says",
        resolve: (list, args, ctx) => statusConnection(ctx, args, (page) => listPage(list, page)),
      },
      StatusConnection,
    ),
  }),
});

/** The signed-in reader (checked when subscribing; field auth only runs per event). */
function reader(ctx: Context) {
  if (!ctx.actor) throw new GraphQLError("You need to be signed in to do this", { extensions: { code: "UNAUTHENTICATED" } });
  if (!hasScope(ctx.actor.scopes, "read")) {
    throw new GraphQLError("This token lacks the scope this needs", { extensions: { code: "FORBIDDEN" } });
  }
  return ctx.actor;
}

builder.queryFields((t) => ({
  lists: t.field({
    type: [ListRef],
    description: "Your lists, oldest first",
    authScopes: { read: true },
    resolve: (_root, _args, ctx) =>
      ctx.deps.db.list.findMany({ where: { accountId: ctx.actor!.accountId }, orderBy: { id: "asc" } }),
  }),
  list: t.field({
    type: ListRef,
    nullable: true,
    description: "One of your lists; null when it does not exist or is someone else's",
    authScopes: { read: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => ownList(ctx.deps.db, ctx.actor!.accountId, idArg(String(args.id), "List")),
  }),
}));

/** One query per request (and per live event) for "your lists this account is in", for every account shown. */
const listsOfLoaders = new WeakMap<object, DataLoader<bigint, List[], string>>();
function listsOfLoader(ctx: Context, ownerId: bigint) {
  let loader = listsOfLoaders.get(ctx.loaders);
  if (!loader) {
    loader = new DataLoader(
      async (ids) => {
        const rows = await ctx.deps.db.listAccount.findMany({
          where: { accountId: { in: [...ids] }, list: { accountId: ownerId } },
          include: { list: true },
          orderBy: { listId: "asc" },
        });
        return ids.map((id) => rows.filter((row) => row.accountId === id).map((row) => row.list));
      },
      { cacheKeyFn: String },
    );
    listsOfLoaders.set(ctx.loaders, loader);
  }
  return loader;
}

builder.objectField(AccountRef, "lists", (t) =>
  t.field({
    type: [ListRef],
    description: "Your lists this account is in (empty when signed out)",
    resolve: (account, _args, ctx) => {
      if (!ctx.actor || !hasScope(ctx.actor.scopes, "read")) return [];
      return listsOfLoader(ctx, ctx.actor.accountId).load(account.id);
    },
  }),
);

builder.subscriptionField("listTimeline", (t) =>
  t.field({
    type: TimelineUpdate,
    description: "New statuses and boosts in one of your lists, with edits and deletions",
    authScopes: { read: true },
    args: { id: t.arg.id({ required: true }) },
    subscribe: async (_root, args, ctx) => {
      const actor = reader(ctx);
      const list = await ownList(ctx.deps.db, actor.accountId, idArg(String(args.id), "List"));
      if (!list) throw new GraphQLError("List not found", { extensions: { code: "NOT_FOUND" } });
      return timeline(ctx, ctx.realtime.subscribe("list", String(list.id)));
    },
    resolve: (event) => event,
  }),
);
