// Live subscriptions (graphql-ws). Each pushed status passes the same visibility rules
// as queries, with the subscriber's relationships reloaded whenever they change.
import { GraphQLError } from "graphql";
import { hasScope } from "../../core/scopes.js";
import { isListedPublicly, showInTimeline, showNotification } from "../../core/visibility.js";
import type { TimelineEvent } from "../../realtime/topics.js";
import { builder } from "../builder.js";
import type { Context } from "../context.js";
import { tagArg } from "../ids.js";
import { NotificationRef } from "./notification.js";
import { StatusRef } from "./status.js";

const TimelineEventKind = builder.enumType("TimelineEventKind", {
  values: {
    UPDATE: { description: "A new status or boost" },
    EDIT: { description: "A status was edited" },
    DELETE: { description: "A status was deleted: remove it" },
  } as const,
});

export interface Pushed {
  kind: "UPDATE" | "EDIT" | "DELETE";
  statusId: bigint;
}

export const TimelineUpdate = builder.objectRef<Pushed>("TimelineUpdate").implement({
  fields: (t) => ({
    kind: t.field({ type: TimelineEventKind, resolve: (e) => e.kind }),
    statusId: t.string({ description: "The status' snowflake id", resolve: (e) => String(e.statusId) }),
    status: t.field({
      type: StatusRef,
      nullable: true,
      description: "Null for DELETE",
      resolve: async (e, _args, ctx) => (e.kind === "DELETE" ? null : ((await ctx.loaders.statuses.load(e.statusId)) ?? null)),
    }),
  }),
});

/** Edit events already handled: every subscriber gets the same event object. */
const evicted = new WeakSet<object>();

/** `listed`: a public or hashtag timeline (limited authors stay off them). */
export async function* timeline(ctx: Context, source: AsyncIterable<TimelineEvent>, listed = false): AsyncGenerator<Pushed> {
  for await (const event of source) {
    const statusId = BigInt(event.statusId);
    if (event.kind === "delete") {
      yield { kind: "DELETE", statusId };
      continue;
    }
    // Rows are shared for a moment by every subscriber; an edit changed them: reload once.
    if (event.kind === "edit" && !evicted.has(event)) {
      evicted.add(event);
      ctx.shared.forget(statusId);
    }
    ctx.fresh();
    const [facts, viewer] = await Promise.all([ctx.shared.liveFacts(statusId), ctx.viewer()]);
    if (facts && showInTimeline(facts, viewer) && (!listed || isListedPublicly(facts))) yield { kind: event.kind === "edit" ? "EDIT" : "UPDATE", statusId };
  }
}

/** The signed-in reader, checked when subscribing (field auth only runs per event). */
function reader(ctx: Context) {
  if (!ctx.actor) throw new GraphQLError("You need to be signed in to do this", { extensions: { code: "UNAUTHENTICATED" } });
  if (!hasScope(ctx.actor.scopes, "read")) {
    throw new GraphQLError("This token lacks the scope this needs", { extensions: { code: "FORBIDDEN" } });
  }
  return ctx.actor;
}


builder.subscriptionType({
  fields: (t) => ({
    homeTimeline: t.field({
      type: TimelineUpdate,
      description: "New statuses and boosts for your home timeline, with edits and deletions",
      authScopes: { read: true },
      subscribe: (_root, _args, ctx) => timeline(ctx, ctx.realtime.subscribe("home", String(reader(ctx).accountId))),
      resolve: (event) => event,
    }),
    publicTimeline: t.field({
      type: TimelineUpdate,
      args: { local: t.arg.boolean({ defaultValue: false }) },
      subscribe: (_root, args, ctx) => timeline(ctx, ctx.realtime.subscribe(args.local ? "local" : "public"), true),
      resolve: (event) => event,
    }),
    hashtagTimeline: t.field({
      type: TimelineUpdate,
      args: { tag: t.arg.string({ required: true }) },
      subscribe: (_root, args, ctx) => timeline(ctx, ctx.realtime.subscribe("hashtag", tagArg(args.tag)), true),
      resolve: (event) => event,
    }),
    notifications: t.prismaField({
      type: NotificationRef,
      description: "Your new notifications",
      authScopes: { read: true },
      subscribe: (_root, _args, ctx) => {
        reader(ctx);
        return notifications(ctx);
      },
      resolve: (query, id, _args, ctx) =>
        ctx.deps.db.notification.findUniqueOrThrow({ ...query, where: { id: id as unknown as bigint } }),
    }),
  }),
});

async function* notifications(ctx: Context): AsyncGenerator<bigint> {
  const accountId = ctx.actor!.accountId;
  for await (const event of ctx.realtime.subscribe("notifications", String(accountId))) {
    const id = BigInt(event.notificationId);
    const found = await ctx.deps.db.notification.findFirst({ where: { id, accountId }, select: { fromAccountId: true } });
    const viewer = await ctx.viewer();
    if (found && viewer && showNotification(found.fromAccountId, viewer)) yield id;
  }
}
