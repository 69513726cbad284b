import { NotFoundError, ValidationError } from "../../core/errors.js";
import { checkDescription, parseFocus } from "../../core/media.js";
import type { Actor, ServiceDeps } from "../context.js";
import { requireActor } from "../guards.js";

/** One of the actor's uploads; someone else's reads as missing. */
export async function findOwnMedia(deps: ServiceDeps, actor: Actor | null, id: bigint) {
  const who = requireActor(actor);
  const media = await deps.db.mediaAttachment.findUnique({ where: { id } });
  if (!media || media.accountId !== who.accountId) throw new NotFoundError("Media");
  return media;
}

/** Alt text and focal point of an upload not yet posted (posted ones change with the status edit). */
export async function updateMedia(
  deps: ServiceDeps,
  actor: Actor | null,
  id: bigint,
  input: { description?: string | null; focus?: string | null },
) {
  requireActor(actor, "write");
  const media = await findOwnMedia(deps, actor, id);
  if (media.statusId !== null) throw new NotFoundError("Media");
  const description = checkDescription(input.description === undefined ? undefined : input.description?.trim() || null);
  const focus = parseFocus(input.focus);
  return deps.db.mediaAttachment.update({
    where: { id },
    data: { ...(description !== undefined ? { description } : {}), ...(focus ? { focusX: focus.x, focusY: focus.y } : {}) },
  });
}

/** Deletes an upload that no status uses, with its files. */
export async function deleteMedia(deps: ServiceDeps, actor: Actor | null, id: bigint) {
  requireActor(actor, "write");
  const media = await findOwnMedia(deps, actor, id);
  if (media.statusId !== null) throw new ValidationError("Media attachment is currently used by a status", "id");
  const { count } = await deps.db.mediaAttachment.deleteMany({ where: { id, statusId: null } });
  if (count === 0) throw new ValidationError("Media attachment is currently used by a status", "id");
  await removeFiles(deps, [media]);
  return media;
}

/** Deletes stored files; remote media (no fileKey) has none here, and its origin's file is never ours to touch. */
export async function removeFiles(deps: ServiceDeps, media: { fileKey: string | null; previewKey: string | null }[]) {
  const keys = media.flatMap((m) => (m.fileKey ? [m.fileKey, ...(m.previewKey ? [m.previewKey] : [])] : []));
  await Promise.all(keys.map((key) => deps.storage.delete(key).catch(() => undefined)));
}

/** Uploads nobody posted within a day are removed (as Mastodon does). */
export async function removeOrphanMedia(deps: ServiceDeps, olderThanMs = 24 * 3_600_000) {
  const before = new Date(Date.now() - olderThanMs);
  // DELETE … RETURNING: only files of rows really deleted (not attached meanwhile) go.
  const gone = await deps.db.$queryRaw<{ fileKey: string | null; previewKey: string | null }[]>`
    DELETE FROM media_attachments WHERE id IN (
      SELECT id FROM media_attachments WHERE status_id IS NULL AND created_at < ${before} LIMIT 1000
    ) AND status_id IS NULL
    RETURNING file_key AS "fileKey", preview_key AS "previewKey"`;
  await removeFiles(deps, gone);
  return gone.length;
}
