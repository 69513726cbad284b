// Avatars and headers: cropped to Mastodon's sizes (400×400, 1500×500), upright, without metadata.
import sharp from "sharp";
import { ValidationError } from "../../core/errors.js";
import { randomBytes } from "node:crypto";
import { newId } from "../../core/ids.js";
import { IMAGE_MATRIX_LIMIT, IMAGE_SIZE_LIMIT, mediaTypeOf } from "../../core/media.js";
import type { MediaStorage } from "../../storage/media-storage.js";

export type ProfileImageKind = "avatar" | "header";

const SIZES: Record<ProfileImageKind, { width: number; height: number; limit: number }> = {
  avatar: { width: 400, height: 400, limit: 2 * 1024 * 1024 },
  header: { width: 1500, height: 500, limit: 2 * 1024 * 1024 },
};

export interface UploadedImage {
  data: Buffer;
  contentType: string;
}

/** Stores the image and returns its storage key; nothing is stored when it is refused. */
export async function storeProfileImage(storage: MediaStorage, accountId: bigint, kind: ProfileImageKind, image: UploadedImage) {
  const { kind: type } = mediaTypeOf(image.contentType);
  const { width, height, limit } = SIZES[kind];
  if (type !== "IMAGE") throw new ValidationError(`The ${kind} must be an image`, kind);
  if (image.data.length === 0) throw new ValidationError(`The ${kind} file is empty`, kind);
  if (image.data.length > Math.min(limit, IMAGE_SIZE_LIMIT)) throw new ValidationError(`The ${kind} is too large (at most 2 MB)`, kind);
  let data: Buffer;
  try {
    data = await sharp(image.data, { limitInputPixels: IMAGE_MATRIX_LIMIT })
      .rotate()
      .resize(width, height, { fit: "cover", withoutEnlargement: false })
      .webp({ quality: 90 })
      .toBuffer();
  } catch {
    throw new ValidationError(`The ${kind} is not an image we can read`, kind);
  }
  const key = `accounts/${accountId}/${kind}-${newId()}-${randomBytes(8).toString("hex")}.webp`;
  await storage.put(key, data, "image/webp");
  return key;
}
