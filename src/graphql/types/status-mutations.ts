import type { Status } from "../../generated/prisma/client.js";
import { bookmark, unbookmark } from "../../services/statuses/bookmark.js";
import { createStatus } from "../../services/statuses/create.js";
import { deleteStatus } from "../../services/statuses/delete.js";
import { editStatus } from "../../services/statuses/edit.js";
import { favourite, unfavourite } from "../../services/statuses/favourite.js";
import { pin, unpin } from "../../services/statuses/pin.js";
import { reblog, unreblog } from "../../services/statuses/reblog.js";
import { builder } from "../builder.js";
import type { Context } from "../context.js";
import { idArg } from "../ids.js";
import { MUTATION_ERRORS } from "./errors.js";
import { VisibilityEnum } from "./scalars.js";
import { StatusRef } from "./status.js";

const PollInputRef = builder.inputType("PollInput", {
  fields: (t) => ({
    options: t.stringList({ required: true, description: "2 to 4 choices" }),
    expiresIn: t.int({ required: true, description: "Seconds until the poll ends (300 to 2629746)" }),
    multiple: t.boolean({ description: "Allow choosing several options" }),
    hideTotals: t.boolean({ description: "Hide the counts until the poll ends" }),
  }),
});

const MediaAttributesInputRef = builder.inputType("MediaAttributesInput", {
  fields: (t) => ({
    id: t.id({ required: true }),
    description: t.string(),
    focus: t.string({ description: '"x,y", each from -1 to 1' }),
  }),
});

type FieldBuilder = Parameters<Parameters<typeof builder.mutationFields>[0]>[0];

function statusVerb(t: FieldBuilder, description: string, run: (ctx: Context, id: bigint) => Promise<Status>) {
  return t.field({
    type: StatusRef,
    errors: MUTATION_ERRORS,
    description,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => run(ctx, idArg(String(args.id), "Status")),
  });
}

builder.mutationFields((t) => ({
  createStatus: t.field({
    type: StatusRef,
    errors: MUTATION_ERRORS,
    description: "Posts a status. Mentions, hashtags and links in `text` are found and linked",
    args: {
      text: t.arg.string({ required: true }),
      spoilerText: t.arg.string({ description: "A content warning shown before the text" }),
      visibility: t.arg({ type: VisibilityEnum }),
      sensitive: t.arg.boolean(),
      language: t.arg.string({ description: "ISO 639 code" }),
      inReplyToId: t.arg.id(),
      mediaIds: t.arg.idList({ description: "Uploads to attach (uploadMedia), in order; at most 4" }),
      poll: t.arg({ type: PollInputRef }),
    },
    resolve: (_root, args, ctx) =>
      createStatus(ctx.deps, ctx.actor, {
        ...args,
        inReplyToId: args.inReplyToId != null ? idArg(String(args.inReplyToId), "Status", "inReplyToId") : null,
        mediaIds: args.mediaIds?.map((id) => idArg(String(id), "MediaAttachment", "mediaIds")),
        poll: args.poll ?? null,
      }),
  }),
  editStatus: t.field({
    type: StatusRef,
    errors: MUTATION_ERRORS,
    description: "Edits your status; earlier versions stay in `edits`",
    args: {
      id: t.arg.id({ required: true }),
      text: t.arg.string({ required: true }),
      spoilerText: t.arg.string(),
      sensitive: t.arg.boolean(),
      language: t.arg.string(),
      mediaIds: t.arg.idList({ description: "The new set of media, in order; leave out to keep the current one" }),
      mediaAttributes: t.arg({ type: [MediaAttributesInputRef], description: "Alt text and focus of attached media" }),
    },
    resolve: (_root, args, ctx) =>
      editStatus(ctx.deps, ctx.actor, {
        ...args,
        id: idArg(String(args.id), "Status"),
        mediaIds: args.mediaIds?.map((id) => idArg(String(id), "MediaAttachment", "mediaIds")),
        mediaAttributes: args.mediaAttributes?.map((attr) => ({ ...attr, id: idArg(String(attr.id), "MediaAttachment", "mediaAttributes") })),
      }),
  }),
  deleteStatus: statusVerb(t, "Deletes your status; returns it, source text included, for redrafting", (ctx, id) =>
    deleteStatus(ctx.deps, ctx.actor, id),
  ),
  reblog: statusVerb(t, "Boosts a status; returns the boost", (ctx, id) => reblog(ctx.deps, ctx.actor, id)),
  unreblog: statusVerb(t, "Undoes a boost; returns the original", (ctx, id) => unreblog(ctx.deps, ctx.actor, id)),
  favourite: statusVerb(t, "Favourites a status", (ctx, id) => favourite(ctx.deps, ctx.actor, id)),
  unfavourite: statusVerb(t, "Removes a favourite", (ctx, id) => unfavourite(ctx.deps, ctx.actor, id)),
  bookmark: statusVerb(t, "Bookmarks a status (only you see your bookmarks)", (ctx, id) => bookmark(ctx.deps, ctx.actor, id)),
  unbookmark: statusVerb(t, "Removes a bookmark", (ctx, id) => unbookmark(ctx.deps, ctx.actor, id)),
  pin: statusVerb(t, "Pins your status to your profile", (ctx, id) => pin(ctx.deps, ctx.actor, id)),
  unpin: statusVerb(t, "Unpins your status", (ctx, id) => unpin(ctx.deps, ctx.actor, id)),
}));
