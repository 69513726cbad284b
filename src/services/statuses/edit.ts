import { NotFoundError, ValidationError } from "../../core/errors.js";
import type { Actor, ServiceDeps } from "../context.js";
import { findOwnStatus, requireActor } from "../guards.js";
import { keepForOutbox } from "../outbox-events.js";
import type { Status } from "../../generated/prisma/client.js";
import { checkDescription, parseFocus } from "../../core/media.js";
import { attachMedia, checkAttachments } from "./attachments.js";
import { compose, keepVersionAndRetag } from "./compose.js";

export interface EditStatusInput {
  id: bigint;
  text: string;
  spoilerText?: string | null;
  sensitive?: boolean | null;
  language?: string | null;
  /** the new set of media, in order; undefined keeps the current one */
  mediaIds?: bigint[] | null;
  /** alt text and focal points of attached media */
  mediaAttributes?: { id: bigint; description?: string | null; focus?: string | null }[] | null;
}

/** Edits keep history: the version being replaced is stored as a StatusEdit. */
export async function editStatus(deps: ServiceDeps, actor: Actor | null, input: EditStatusInput) {
  const who = requireActor(actor, "write");
  const found = await findOwnStatus(deps, who, input.id);
  if (found.reblogOfId) throw new ValidationError("A boost can't be edited", "id");
  const mediaIds = input.mediaIds == null ? undefined : checkAttachments({ mediaIds: input.mediaIds }).mediaIds;
  const attributes = (input.mediaAttributes ?? []).map((attr) => ({
    id: attr.id,
    description: checkDescription(attr.description === undefined ? undefined : attr.description?.trim() || null),
    focus: parseFocus(attr.focus),
  }));
  const mediaCount = mediaIds?.length ?? (await deps.db.mediaAttachment.count({ where: { statusId: input.id } }));
  const composed = await compose(deps, { ...input, allowBlank: mediaCount > 0 });
  const mentioned = new Set(composed.mentionedIds);
  const updatedEvent = (status: Status) => ({
    type: "status.updated" as const,
    statusId: String(status.id),
    accountId: String(status.accountId),
    visibility: status.visibility,
    tags: composed.tags.map((tag) => tag.name),
    local: status.local,
  });
  const updated = await deps.db.$transaction(async (tx) => {
    // Lock the row: two edits at once each keep the version they replaced.
    await tx.$executeRaw`SELECT 1 FROM statuses WHERE id = ${input.id} FOR UPDATE`;
    const current = await tx.status.findUniqueOrThrow({ where: { id: input.id } });
    if (current.deletedAt) throw new NotFoundError("Status");
    await keepVersionAndRetag(tx, current, composed.tags, mentioned);
    if (mediaIds !== undefined) {
      if (mediaIds.length > 0 && (await tx.poll.count({ where: { statusId: current.id } })) > 0) {
        throw new ValidationError("Cannot attach files to a post with a poll", "media_ids");
      }
      await attachMedia(tx, who.accountId, current.id, mediaIds);
    }
    for (const attr of attributes) {
      const { count } = await tx.mediaAttachment.updateMany({
        where: { id: attr.id, statusId: current.id },
        data: {
          ...(attr.description !== undefined ? { description: attr.description } : {}),
          ...(attr.focus ? { focusX: attr.focus.x, focusY: attr.focus.y } : {}),
        },
      });
      if (count === 0) throw new ValidationError(`Media with ID ${attr.id} is not attached to this status`, "media_attributes");
    }
    const row = await tx.status.update({
      where: { id: current.id },
      data: {
        text: composed.text,
        contentHtml: composed.contentHtml,
        spoilerText: composed.spoilerText,
        sensitive: input.sensitive ?? (current.sensitive || composed.spoilerText !== ""),
        language: input.language ?? current.language,
        editedAt: new Date(),
      },
    });
    await keepForOutbox(tx, updatedEvent(row));
    return row;
  });
  deps.events.publish(updatedEvent(updated));
  return updated;
}
