import { ValidationError } from "../../core/errors.js";
import { showNotification } from "../../core/visibility.js";
import {
  accountStatusesPage,
  hashtagPage,
  homePage,
  markedIds,
  notificationIds,
  publicPage,
} from "../../db/timelines.js";
import { toPage, toPageQuery } from "../../core/paging.js";
import { unreadNotifications } from "../../db/notifications.js";
import { builder } from "../builder.js";
import { connection, markedConnection, nodeQuery, statusConnection } from "../connections.js";
import { AccountRef } from "./account.js";
import { idArg, tagArg } from "../ids.js";
import { loadVisibleStatus } from "../statuses.js";
import { NotificationRef } from "./notification.js";
import { NotificationTypeEnum } from "./scalars.js";
import { StatusRef } from "./status.js";

export const StatusConnection = builder.connectionObject({ type: StatusRef, name: "StatusConnection" });
const NotificationConnection = builder.connectionObject({ type: NotificationRef, name: "NotificationConnection" });

function parseHandle(handle: string, localDomain: string): string {
  const match = /^@?([a-z0-9_]+)(?:@([a-z0-9.-]+(?::\d+)?))?$/i.exec(handle.trim());
  if (!match) throw new ValidationError("A handle looks like @name or @name@example.org", "handle");
  const domain = match[2]?.toLowerCase();
  return `${match[1]!.toLowerCase()}@${domain && domain !== localDomain.toLowerCase() ? domain : ""}`;
}

builder.queryType({
  fields: (t) => ({
    viewer: t.field({
      type: AccountRef,
      nullable: true,
      description: "The signed-in account; null when signed out",
      resolve: async (_root, _args, ctx) => (ctx.actor ? ((await ctx.loaders.accounts.load(ctx.actor.accountId)) ?? null) : null),
    }),
    account: t.field({
      type: AccountRef,
      nullable: true,
      description: "An account by id (global or numeric) or by handle (@name or @name@domain)",
      args: { id: t.arg.id(), handle: t.arg.string() },
      resolve: async (_root, args, ctx) => {
        if ((args.id == null) === (args.handle == null)) throw new ValidationError('Pass exactly one of "id" and "handle"', "id");
        const account =
          args.id != null
            ? await ctx.loaders.accounts.load(idArg(String(args.id), "Account"))
            : await ctx.deps.db.account.findUnique({ where: { handleKey: parseHandle(args.handle!, ctx.deps.config.domain) } });
        return account && !account.suspendedAt ? account : null;
      },
    }),
    status: t.field({
      type: StatusRef,
      nullable: true,
      description: "A status by id; null when it does not exist or you may not see it",
      args: { id: t.arg.id({ required: true }) },
      resolve: (_root, args, ctx) => loadVisibleStatus(ctx, idArg(String(args.id), "Status")),
    }),
    homeTimeline: t.connection(
      {
        type: StatusRef,
        description: "Statuses and boosts from the people you follow, and your own; newest first",
        authScopes: { read: true },
        resolve: (_root, args, ctx) =>
          statusConnection(ctx, args, (page) => homePage(ctx.actor!.accountId, page)),
      },
      StatusConnection,
    ),
    publicTimeline: t.connection(
      {
        type: StatusRef,
        description: "Public statuses: from this server only when `local`, from other servers only when `remote`",
        args: {
          local: t.arg.boolean({ defaultValue: false }),
          remote: t.arg.boolean({ defaultValue: false }),
          onlyMedia: t.arg.boolean({ defaultValue: false, description: "Only statuses with media attached" }),
        },
        resolve: (_root, args, ctx) =>
          statusConnection(ctx, args, (page) =>
            publicPage({ origin: args.local ? "local" : args.remote ? "remote" : null, onlyMedia: !!args.onlyMedia }, page),
          ),
      },
      StatusConnection,
    ),
    hashtagTimeline: t.connection(
      {
        type: StatusRef,
        description: "Public statuses with a hashtag",
        args: {
          tag: t.arg.string({ required: true }),
          local: t.arg.boolean({ defaultValue: false, description: "From this server only" }),
          onlyMedia: t.arg.boolean({ defaultValue: false }),
        },
        resolve: (_root, args, ctx) => {
          const tag = tagArg(args.tag);
          return statusConnection(ctx, args, (page) => hashtagPage(tag, page, { origin: args.local ? "local" : null, onlyMedia: !!args.onlyMedia }));
        },
      },
      StatusConnection,
    ),
    accountStatuses: t.connection(
      {
        type: StatusRef,
        description: "An account's statuses that you may see",
        args: {
          accountId: t.arg.id({ required: true }),
          excludeReplies: t.arg.boolean({ defaultValue: false }),
          excludeReblogs: t.arg.boolean({ defaultValue: false }),
          pinned: t.arg.boolean({ defaultValue: false, description: "Only pinned statuses" }),
        },
        resolve: (_root, args, ctx) => {
          const accountId = idArg(String(args.accountId), "Account", "accountId");
          const filter = {
            excludeReplies: !!args.excludeReplies,
            excludeReblogs: !!args.excludeReblogs,
            pinnedOnly: !!args.pinned,
          };
          return statusConnection(
            ctx,
            args,
            (page) => accountStatusesPage(accountId, ctx.actor?.accountId ?? null, filter, page),
            "single",
          );
        },
      },
      StatusConnection,
    ),
    notifications: t.connection(
      {
        type: NotificationRef,
        description: "Your notifications, newest first",
        authScopes: { read: true },
        args: { types: t.arg({ type: [NotificationTypeEnum], required: false }) },
        resolve: async (_root, args, ctx, info) => {
          const page = toPageQuery(args);
          const ids = await notificationIds(ctx.deps.db, ctx.actor!.accountId, args.types ?? null, page);
          const { items, ...flags } = toPage(ids, page, { after: args.after != null, before: args.before != null });
          const rows = await ctx.deps.db.notification.findMany({
            ...(nodeQuery(ctx, info) as object),
            where: { id: { in: items } },
          });
          const viewer = (await ctx.viewer())!;
          const byKey = new Map(rows.map((row) => [row.id, row]));
          return connection(
            items.flatMap((id) => {
              const node = byKey.get(id);
              return node && showNotification(node.fromAccountId, viewer) ? [{ cursor: id, node }] : [];
            }),
            flags,
          );
        },
      },
      NotificationConnection,
    ),
    unreadNotificationsCount: t.int({
      authScopes: { read: true },
      description: "Unread notifications you would see (not from people you block or mute)",
      resolve: async (_root, _args, ctx) => unreadNotifications(ctx.deps.pool, ctx.actor!.accountId),
    }),
  }),
});

/** Favourites and bookmarks: the viewer's marked statuses, paged by when they were marked. */
function markedField(table: "favourites" | "bookmarks", description: string) {
  builder.queryField(table, (t) =>
    t.connection(
      {
        type: StatusRef,
        description,
        authScopes: { read: true },
        resolve: (_root, args, ctx) => markedConnection(ctx, args, (page) => markedIds(ctx.deps.db, table, ctx.actor!.accountId, page)),
      },
      StatusConnection,
    ),
  );
}

markedField("favourites", "Statuses you favourited, most recent first");
markedField("bookmarks", "Statuses you bookmarked, most recent first");
