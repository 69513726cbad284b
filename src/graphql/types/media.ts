// Media attachments: the type, uploads (GraphQL multipart request) and alt-text edits.
import type { MediaAttachment } from "../../generated/prisma/client.js";
import { deleteMedia, findOwnMedia, updateMedia } from "../../services/media/update.js";
import { uploadMedia } from "../../services/media/upload.js";
import { builder } from "../builder.js";
import { idArg } from "../ids.js";
import { MUTATION_ERRORS } from "./errors.js";
import { StatusRef } from "./status.js";

const MediaTypeEnum = builder.enumType("MediaType", {
  values: {
    IMAGE: { description: "A still image (JPEG, PNG, WebP, AVIF)" },
    GIFV: { description: "An animated GIF" },
    VIDEO: {},
    AUDIO: {},
    UNKNOWN: {},
  } as const,
});

interface Size {
  width: number;
  height: number;
  aspect: number;
}

const MediaSizeRef = builder.objectRef<Size>("MediaSize").implement({
  fields: (t) => ({
    width: t.exposeInt("width"),
    height: t.exposeInt("height"),
    aspect: t.exposeFloat("aspect", { description: "width / height" }),
  }),
});

const FocusRef = builder.objectRef<{ x: number; y: number }>("Focus").implement({
  description: "The focal point, from -1 to 1 on each axis (0,0 is the centre), for cropping previews",
  fields: (t) => ({ x: t.exposeFloat("x"), y: t.exposeFloat("y") }),
});

const size = (media: MediaAttachment, which: "original" | "small"): Size | null =>
  ((media.meta ?? {}) as Record<string, Size | undefined>)[which] ?? null;

export const MediaAttachmentRef = builder.objectRef<MediaAttachment>("MediaAttachment").implement({
  fields: (t) => ({
    id: t.string({ description: "The numeric id (as media ids in createStatus)", resolve: (m) => String(m.id) }),
    type: t.expose("type", { type: MediaTypeEnum }),
    url: t.string({
      description: "The file: here, or on its own server for media of remote statuses (not copied here)",
      resolve: (m, _args, ctx) => (m.fileKey ? ctx.deps.storage.url(m.fileKey) : (m.remoteUrl ?? "")),
    }),
    remoteUrl: t.exposeString("remoteUrl", { nullable: true, description: "The file on its origin server, for media of remote statuses" }),
    previewUrl: t.string({
      nullable: true,
      description: "A small image to show first (null for audio and video; a remote image is its own preview)",
      resolve: (m, _args, ctx) => {
        if (m.previewKey) return ctx.deps.storage.url(m.previewKey);
        return !m.fileKey && (m.type === "IMAGE" || m.type === "GIFV") ? m.remoteUrl : null;
      },
    }),
    description: t.exposeString("description", { nullable: true, description: "Alt text" }),
    blurhash: t.exposeString("blurhash", { nullable: true }),
    focus: t.field({ type: FocusRef, resolve: (m) => ({ x: m.focusX, y: m.focusY }) }),
    original: t.field({ type: MediaSizeRef, nullable: true, resolve: (m) => size(m, "original") }),
    small: t.field({ type: MediaSizeRef, nullable: true, resolve: (m) => size(m, "small") }),
  }),
});

builder.objectFields(StatusRef, (t) => ({
  mediaAttachments: t.field({
    type: [MediaAttachmentRef],
    resolve: (s, _args, ctx) => ctx.loaders.known.media.get(s.id) ?? ctx.loaders.media.load(s.id).then((m) => m ?? []),
  }),
}));

builder.queryFields((t) => ({
  media: t.field({
    type: MediaAttachmentRef,
    errors: MUTATION_ERRORS,
    description: "One of your uploads",
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => findOwnMedia(ctx.deps, ctx.actor, idArg(String(args.id), "MediaAttachment")),
  }),
}));

builder.mutationFields((t) => ({
  uploadMedia: t.field({
    type: MediaAttachmentRef,
    errors: MUTATION_ERRORS,
    description: "Uploads an image, video or audio file; attach it with createStatus(mediaIds)",
    args: {
      file: t.arg({ type: "File", required: true }),
      description: t.arg.string({ description: "Alt text" }),
      focus: t.arg.string({ description: '"x,y", each from -1 to 1' }),
    },
    resolve: async (_root, args, ctx) =>
      uploadMedia(ctx.deps, ctx.actor, {
        data: Buffer.from(await args.file.arrayBuffer()),
        contentType: args.file.type,
        description: args.description,
        focus: args.focus,
      }),
  }),
  updateMedia: t.field({
    type: MediaAttachmentRef,
    errors: MUTATION_ERRORS,
    description: "Changes the alt text or focus of an upload not posted yet (posted ones change with editStatus)",
    args: { id: t.arg.id({ required: true }), description: t.arg.string(), focus: t.arg.string() },
    resolve: (_root, args, ctx) =>
      updateMedia(ctx.deps, ctx.actor, idArg(String(args.id), "MediaAttachment"), { description: args.description, focus: args.focus }),
  }),
  deleteMedia: t.field({
    type: MediaAttachmentRef,
    errors: MUTATION_ERRORS,
    description: "Deletes an upload no status uses",
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => deleteMedia(ctx.deps, ctx.actor, idArg(String(args.id), "MediaAttachment")),
  }),
}));
