// The Mastodon MediaAttachment entity (docs.joinmastodon.org/entities/MediaAttachment).
import type { MediaAttachment } from "../../generated/prisma/client.js";
import type { MediaStorage } from "../../storage/media-storage.js";

const TYPES: Record<MediaAttachment["type"], string> = { IMAGE: "image", GIFV: "gifv", VIDEO: "video", AUDIO: "audio", UNKNOWN: "unknown" };

export function toMastodonMedia(media: MediaAttachment, storage: MediaStorage): Record<string, unknown> {
  const meta = (media.meta ?? {}) as Record<string, unknown>;
  return {
    id: String(media.id),
    // Clients play `gifv` in a video player (it is an MP4 on Mastodon): a GIF kept as a GIF is an image.
    type: media.type === "GIFV" && media.contentType === "image/gif" ? "image" : TYPES[media.type],
    // Remote media is not copied here: its own URL serves (as Mastodon's when not cached), and
    // an image is its own preview.
    url: media.fileKey ? storage.url(media.fileKey) : media.remoteUrl,
    preview_url: media.previewKey
      ? storage.url(media.previewKey)
      : !media.fileKey && (media.type === "IMAGE" || media.type === "GIFV") ? media.remoteUrl : null,
    remote_url: media.remoteUrl,
    preview_remote_url: null,
    text_url: null,
    meta: { ...meta, focus: { x: media.focusX, y: media.focusY } },
    description: media.description,
    blurhash: media.blurhash,
  };
}
