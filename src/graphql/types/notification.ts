import { builder } from "../builder.js";
import { loadAccount, loadVisibleStatus } from "../statuses.js";
import { AccountRef } from "./account.js";
import { StatusRef } from "./status.js";
import { NotificationTypeEnum } from "./scalars.js";

export const NotificationRef = builder.prismaNode("Notification", {
  id: { field: "id" },
  fields: (t) => ({
    snowflake: t.string({ resolve: (n) => String(n.id) }),
    type: t.expose("type", { type: NotificationTypeEnum }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    read: t.boolean({ resolve: (n) => n.readAt !== null }),
    account: t.field({ type: AccountRef, description: "Who caused it", resolve: (n, _args, ctx) => loadAccount(ctx, n.fromAccountId) }),
    status: t.field({
      type: StatusRef,
      nullable: true,
      resolve: (n, _args, ctx) => loadVisibleStatus(ctx, n.statusId),
    }),
  }),
});
