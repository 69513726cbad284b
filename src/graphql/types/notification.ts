import { builder } from "../builder.js";
import { loadVisibleStatus } from "../statuses.js";
import { NotificationTypeEnum } from "./scalars.js";

export const NotificationRef = builder.prismaNode("Notification", {
  id: { field: "id" },
  fields: (t) => ({
    snowflake: t.string({ resolve: (n) => String(n.id) }),
    type: t.expose("type", { type: NotificationTypeEnum }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    read: t.boolean({ resolve: (n) => n.readAt !== null }),
    account: t.relation("fromAccount", { description: "Who caused it" }),
    status: t.prismaField({
      type: "Status",
      nullable: true,
      resolve: (query, n, _args, ctx) => loadVisibleStatus(ctx, n.statusId, query),
    }),
  }),
});
