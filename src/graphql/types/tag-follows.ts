// Followed hashtags: Tag.following for the viewer, the tags you follow, a tag by name,
// and followTag / unfollowTag.
import DataLoader from "dataloader";
import { toPage, toPageQuery } from "../../core/paging.js";
import { hasScope } from "../../core/scopes.js";
import { followedTagIds, followedTags } from "../../db/lists.js";
import { followTag } from "../../services/tags/follow.js";
import { unfollowTag } from "../../services/tags/unfollow.js";
import { builder } from "../builder.js";
import { connection } from "../connections.js";
import type { Context } from "../context.js";
import { tagArg } from "../ids.js";
import { MUTATION_ERRORS } from "./errors.js";
import { TagRef } from "./status.js";

/** One query per request (and per live event) for the `following` flags of all tags shown. */
const loaders = new WeakMap<object, DataLoader<bigint, boolean, string>>();
function following(ctx: Context, tagId: bigint): boolean | Promise<boolean> {
  const actor = ctx.actor;
  if (!actor || !hasScope(actor.scopes, "read")) return false;
  let loader = loaders.get(ctx.loaders);
  if (!loader) {
    loader = new DataLoader(
      async (ids) => {
        const followed = await followedTagIds(ctx.deps.db, actor.accountId, ids);
        return ids.map((id) => followed.has(id));
      },
      { cacheKeyFn: String },
    );
    loaders.set(ctx.loaders, loader);
  }
  return loader.load(tagId);
}

builder.objectField(TagRef, "following", (t) =>
  t.boolean({ description: "Do you follow this hashtag? False when signed out", resolve: (tag, _args, ctx) => following(ctx, tag.id) }),
);

const TagConnection = builder.connectionObject({ type: TagRef, name: "TagConnection" });

builder.queryFields((t) => ({
  followedTags: t.connection(
    {
      type: TagRef,
      description: "The hashtags you follow, most recently followed first",
      authScopes: { read: true },
      resolve: async (_root, args, ctx) => {
        const page = toPageQuery(args);
        const rows = await followedTags(ctx.deps.db, ctx.actor!.accountId, page);
        const { items, ...flags } = toPage(rows, page, { after: args.after != null, before: args.before != null });
        return connection(items.map((row) => ({ cursor: row.cursor, node: row.tag })), flags);
      },
    },
    TagConnection,
  ),
  tag: t.prismaField({
    type: "Tag",
    nullable: true,
    description: "A hashtag by name (with or without #); null when nobody used or followed it yet",
    args: { name: t.arg.string({ required: true }) },
    resolve: (query, _root, args, ctx) => ctx.deps.db.tag.findUnique({ ...query, where: { name: tagArg(args.name) } }),
  }),
}));

builder.mutationFields((t) => ({
  followTag: t.field({
    type: TagRef,
    errors: MUTATION_ERRORS,
    description: "Follows a hashtag: its public posts come to your home timeline",
    args: { name: t.arg.string({ required: true, description: "With or without #" }) },
    resolve: (_root, args, ctx) => followTag(ctx.deps, ctx.actor, args.name),
  }),
  unfollowTag: t.field({
    type: TagRef,
    errors: MUTATION_ERRORS,
    description: "Stops following a hashtag",
    args: { name: t.arg.string({ required: true, description: "With or without #" }) },
    resolve: (_root, args, ctx) => unfollowTag(ctx.deps, ctx.actor, args.name),
  }),
}));
