import { checkDescription, checkSize, mediaTypeOf, parseFocus } from "../../core/media.js";
import { randomBytes } from "node:crypto";
import { newId } from "../../core/ids.js";
import type { Prisma } from "../../generated/prisma/client.js";
import type { Actor, ServiceDeps } from "../context.js";
import { requireActor } from "../guards.js";
import { processImage } from "./process-image.js";

export interface UploadInput {
  data: Buffer;
  contentType: string;
  description?: string | null;
  focus?: string | null;
}

/** Stores an upload (processed when it is an image); it is attached when a status uses it. */
export async function uploadMedia(deps: ServiceDeps, actor: Actor | null, input: UploadInput) {
  const who = requireActor(actor, "write");
  const { kind, ext } = mediaTypeOf(input.contentType);
  checkSize(kind, input.data.length);
  const description = checkDescription(input.description?.trim() || null);
  const focus = parseFocus(input.focus) ?? { x: 0, y: 0 };
  const id = newId();
  // Media URLs are public (servers and clients fetch them unsigned), so they must not be
  // guessable from the time-based id: a random part keeps a followers-only post's images private.
  const secret = randomBytes(12).toString("hex");
  const keys: string[] = [];
  const put = async (name: string, file: { data: Buffer; ext: string; contentType: string }) => {
    const key = `${id}/${secret}/${name}.${file.ext}`;
    await deps.storage.put(key, file.data, file.contentType);
    keys.push(key);
    return key;
  };
  try {
    let data: Prisma.MediaAttachmentUncheckedCreateInput;
    if (kind === "IMAGE") {
      const image = await processImage(input.data, ext);
      data = {
        id, accountId: who.accountId, type: ext === "gif" ? "GIFV" : "IMAGE",
        contentType: image.original.contentType, fileSize: image.original.data.length,
        fileKey: await put("original", image.original), previewKey: await put("small", image.preview),
        meta: image.meta as unknown as Prisma.InputJsonValue, blurhash: image.blurhash,
        description, focusX: focus.x, focusY: focus.y,
      };
    } else {
      const contentType = input.contentType.split(";")[0]!.trim().toLowerCase();
      data = {
        id, accountId: who.accountId, type: kind, contentType, fileSize: input.data.length,
        fileKey: await put("original", { data: input.data, ext, contentType }), description, focusX: focus.x, focusY: focus.y,
      };
    }
    return await deps.db.mediaAttachment.create({ data });
  } catch (error) {
    await Promise.all(keys.map((key) => deps.storage.delete(key).catch(() => undefined)));
    throw error;
  }
}
