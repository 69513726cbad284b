// What may be uploaded, and the small pure rules around media (limits, focus, alt text).
// The limits are Mastodon's defaults, so clients that read them from /api/v2/instance
// resize before uploading just as they do for Mastodon.
import { ValidationError } from "./errors.js";

export type MediaKind = "IMAGE" | "VIDEO" | "AUDIO";

export const IMAGE_SIZE_LIMIT = 16 * 1024 * 1024;
export const VIDEO_SIZE_LIMIT = 99 * 1024 * 1024;
/** decoding refuses images with more pixels than this */
export const IMAGE_MATRIX_LIMIT = 33_177_600;
/** originals above this many pixels are scaled down (3840 × 2160) */
export const IMAGE_KEEP_PIXELS = 8_294_400;
/** previews hold about this many pixels (Mastodon's "small" style) */
export const PREVIEW_PIXELS = 230_400;
export const MAX_DESCRIPTION = 1_500;
export const MAX_MEDIA_PER_STATUS = 4;

/** Accepted types and their file extensions. Images are decoded and re-encoded; the rest are kept as sent. */
export const MEDIA_TYPES: Record<string, { kind: MediaKind; ext: string }> = {
  "image/jpeg": { kind: "IMAGE", ext: "jpg" },
  "image/png": { kind: "IMAGE", ext: "png" },
  "image/gif": { kind: "IMAGE", ext: "gif" },
  "image/webp": { kind: "IMAGE", ext: "webp" },
  "image/avif": { kind: "IMAGE", ext: "avif" },
  "video/mp4": { kind: "VIDEO", ext: "mp4" },
  "video/webm": { kind: "VIDEO", ext: "webm" },
  "video/quicktime": { kind: "VIDEO", ext: "mov" },
  "audio/mpeg": { kind: "AUDIO", ext: "mp3" },
  "audio/mp4": { kind: "AUDIO", ext: "m4a" },
  "audio/ogg": { kind: "AUDIO", ext: "ogg" },
  "audio/wav": { kind: "AUDIO", ext: "wav" },
  "audio/flac": { kind: "AUDIO", ext: "flac" },
};

export const SUPPORTED_MIME_TYPES = Object.keys(MEDIA_TYPES);

export function mediaTypeOf(contentType: string): { kind: MediaKind; ext: string } {
  const type = contentType.split(";")[0]!.trim().toLowerCase();
  const found = MEDIA_TYPES[type === "image/jpg" ? "image/jpeg" : type];
  if (!found) throw new ValidationError(`File type ${type || "(none)"} is not supported; use one of ${SUPPORTED_MIME_TYPES.join(", ")}`, "file");
  return found;
}

export function checkSize(kind: MediaKind, bytes: number) {
  if (bytes === 0) throw new ValidationError("The file is empty", "file");
  const limit = kind === "IMAGE" ? IMAGE_SIZE_LIMIT : VIDEO_SIZE_LIMIT;
  if (bytes > limit) throw new ValidationError(`File is too large (at most ${Math.floor(limit / 1024 / 1024)} MB)`, "file");
}

export function checkDescription(description: string | null | undefined): string | null | undefined {
  if (description === undefined || description === null) return description;
  if ([...description].length > MAX_DESCRIPTION) throw new ValidationError(`Description is too long (at most ${MAX_DESCRIPTION} characters)`, "description");
  return description;
}

/** "x,y" with both in [-1, 1] (Mastodon's focal point), or undefined when absent. */
export function parseFocus(focus: string | null | undefined): { x: number; y: number } | undefined {
  if (focus === undefined || focus === null || focus === "") return undefined;
  const match = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(focus);
  const x = match ? Number(match[1]) : NaN;
  const y = match ? Number(match[2]) : NaN;
  if (!(Math.abs(x) <= 1 && Math.abs(y) <= 1)) throw new ValidationError('Focus must be "x,y" with both between -1.0 and 1.0', "focus");
  return { x, y };
}

/** Width and height scaled to hold at most `pixels`, keeping the aspect ratio. */
export function fitPixels(width: number, height: number, pixels: number): { width: number; height: number } {
  if (width * height <= pixels) return { width, height };
  const scale = Math.sqrt(pixels / (width * height));
  return { width: Math.max(1, Math.floor(width * scale)), height: Math.max(1, Math.floor(height * scale)) };
}
