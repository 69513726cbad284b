// Decodes an uploaded image, turns it upright, drops its metadata (EXIF: GPS, camera),
// scales very large ones down, and makes the preview and blurhash clients show first.
import { encode } from "blurhash";
import sharp, { type Metadata, type Sharp } from "sharp";
import { ValidationError } from "../../core/errors.js";
import { fitPixels, IMAGE_KEEP_PIXELS, IMAGE_MATRIX_LIMIT, PREVIEW_PIXELS } from "../../core/media.js";

export interface ImageSize {
  width: number;
  height: number;
  size: string;
  aspect: number;
}

export interface ProcessedImage {
  original: { data: Buffer; ext: string; contentType: string };
  preview: { data: Buffer; ext: string; contentType: string };
  meta: { original: ImageSize; small: ImageSize };
  blurhash: string;
}

const sizeOf = (width: number, height: number): ImageSize => ({ width, height, size: `${width}x${height}`, aspect: width / height });

const OUTPUT: Record<string, { ext: string; contentType: string; encode: (image: Sharp) => Sharp }> = {
  jpg: { ext: "jpg", contentType: "image/jpeg", encode: (image) => image.jpeg({ quality: 90 }) },
  png: { ext: "png", contentType: "image/png", encode: (image) => image.png() },
  gif: { ext: "gif", contentType: "image/gif", encode: (image) => image.gif() },
  webp: { ext: "webp", contentType: "image/webp", encode: (image) => image.webp({ quality: 90 }) },
  // AVIF encodes slowly; keep it as WebP, which every client shows.
  avif: { ext: "webp", contentType: "image/webp", encode: (image) => image.webp({ quality: 90 }) },
};

export async function processImage(input: Buffer, ext: string): Promise<ProcessedImage> {
  const animated = ext === "gif" || ext === "webp";
  let metadata: Metadata;
  try {
    metadata = await sharp(input, { limitInputPixels: IMAGE_MATRIX_LIMIT }).metadata();
  } catch {
    throw new ValidationError("The file is not an image we can read", "file");
  }
  if (!metadata.width || !metadata.height) throw new ValidationError("The file is not an image we can read", "file");
  const frameHeight = metadata.pageHeight ?? metadata.height;
  if (metadata.width * frameHeight > IMAGE_MATRIX_LIMIT) {
    throw new ValidationError(`Image is too large (at most ${IMAGE_MATRIX_LIMIT} pixels)`, "file");
  }
  const output = OUTPUT[ext] ?? OUTPUT.jpg!;
  try {
    // EXIF orientation 5-8 swaps width and height.
    const swapped = (metadata.orientation ?? 1) >= 5;
    const upright = swapped ? { width: frameHeight, height: metadata.width } : { width: metadata.width, height: frameHeight };
    const kept = fitPixels(upright.width, upright.height, IMAGE_KEEP_PIXELS);
    const open = (pages: boolean) => sharp(input, { limitInputPixels: IMAGE_MATRIX_LIMIT, animated: pages && animated }).rotate();
    let original = open(true);
    if (kept.width !== upright.width) original = original.resize(kept.width, kept.height, { fit: "inside" });
    const small = fitPixels(kept.width, kept.height, PREVIEW_PIXELS);
    const [originalData, previewData, raw] = await Promise.all([
      output.encode(original).toBuffer(),
      open(false).resize(small.width, small.height, { fit: "inside" }).webp({ quality: 80 }).toBuffer(),
      open(false).resize(32, 32, { fit: "inside" }).ensureAlpha().raw().toBuffer({ resolveWithObject: true }),
    ]);
    return {
      original: { data: originalData, ext: output.ext, contentType: output.contentType },
      preview: { data: previewData, ext: "webp", contentType: "image/webp" },
      meta: { original: sizeOf(kept.width, kept.height), small: sizeOf(small.width, small.height) },
      blurhash: encode(new Uint8ClampedArray(raw.data), raw.info.width, raw.info.height, 4, 3),
    };
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    throw new ValidationError("The image could not be processed (is the file damaged?)", "file");
  }
}
