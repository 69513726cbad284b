// Relay's node(id): every lookup goes through the same visibility rules as the
// typed root fields (Pothos' automatic node lookups are switched off in builder.ts).
import { decodeGlobalID } from "@pothos/plugin-relay";
import { parseId } from "../../core/ids.js";
import { hasScope } from "../../core/scopes.js";
import { builder } from "../builder.js";
import { branded, loadVisibleStatus } from "../statuses.js";
import { AccountRef } from "./account.js";
import { ListRef } from "./list.js";
import { NotificationRef } from "./notification.js";
import { StatusRef } from "./status.js";

builder.queryField("node", (t) =>
  t.field({
    type: builder.nodeInterfaceRef(),
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      let decoded: { typename: string; id: string };
      try {
        decoded = decodeGlobalID(String(args.id));
      } catch {
        return null;
      }
      const id = parseId(decoded.id);
      if (id === undefined) return null;
      switch (decoded.typename) {
        case "Account": {
          const account = await ctx.loaders.accounts.load(id);
          return account && !account.suspendedAt ? branded({ ...account }, AccountRef) : null;
        }
        case "Status": {
          const status = await loadVisibleStatus(ctx, id);
          return status ? branded({ ...status }, StatusRef) : null;
        }
        case "Notification": {
          if (!ctx.actor || !hasScope(ctx.actor.scopes, "read")) return null;
          const notification = await ctx.deps.db.notification.findFirst({ where: { id, accountId: ctx.actor.accountId } });
          return notification ? branded(notification, NotificationRef) : null;
        }
        case "List": {
          if (!ctx.actor || !hasScope(ctx.actor.scopes, "read")) return null;
          const list = await ctx.deps.db.list.findFirst({ where: { id, accountId: ctx.actor.accountId } });
          return list ? branded(list, ListRef) : null;
        }
        default:
          return null;
      }
    },
  }),
);
