// Media and polls a status carries: checked before the write, attached inside its transaction.
import { ValidationError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import { MAX_MEDIA_PER_STATUS } from "../../core/media.js";
import { checkPoll, type PollInput } from "../../core/polls.js";
import type { Tx } from "../../db/client.js";

export interface AttachmentsInput {
  mediaIds?: bigint[] | null;
  poll?: PollInput | null;
}

export function checkAttachments(input: AttachmentsInput) {
  const mediaIds = [...new Set(input.mediaIds ?? [])];
  if (mediaIds.length > MAX_MEDIA_PER_STATUS) throw new ValidationError(`Cannot attach more than ${MAX_MEDIA_PER_STATUS} files`, "media_ids");
  if (mediaIds.length > 0 && input.poll) throw new ValidationError("Cannot attach files to a post with a poll", "media_ids");
  return { mediaIds, poll: input.poll ? checkPoll(input.poll) : null };
}

/**
 * Attaches the author's uploads (unposted ones, or ones already on this status) in the
 * given order; anything else is refused and the transaction rolls back.
 */
export async function attachMedia(tx: Tx, accountId: bigint, statusId: bigint, mediaIds: bigint[]) {
  const rows = mediaIds.length
    ? await tx.mediaAttachment.findMany({
        where: { id: { in: mediaIds }, accountId, OR: [{ statusId: null }, { statusId }] },
        select: { id: true, type: true },
      })
    : [];
  if (rows.length !== mediaIds.length) {
    const found = new Set(rows.map((row) => row.id));
    const missing = mediaIds.filter((id) => !found.has(id)).join(", ");
    throw new ValidationError(`Media with IDs ${missing} not found or already attached to another post`, "media_ids");
  }
  if (rows.length > 1 && rows.some((row) => row.type === "VIDEO" || row.type === "AUDIO" || row.type === "GIFV")) {
    throw new ValidationError("Cannot attach a video, audio or GIF to a post with other files", "media_ids");
  }
  await tx.mediaAttachment.updateMany({ where: { statusId, id: { notIn: mediaIds } }, data: { statusId: null } });
  for (const [position, id] of mediaIds.entries()) {
    // Guarded again in SQL: an upload attached elsewhere meanwhile is not taken over.
    const { count } = await tx.mediaAttachment.updateMany({
      where: { id, accountId, OR: [{ statusId: null }, { statusId }] },
      data: { statusId, position },
    });
    if (count !== 1) throw new ValidationError(`Media with IDs ${id} not found or already attached to another post`, "media_ids");
  }
}

export async function createPoll(tx: Tx, accountId: bigint, statusId: bigint, poll: NonNullable<ReturnType<typeof checkAttachments>["poll"]>, now: Date) {
  return tx.poll.create({
    data: {
      id: newId(),
      statusId,
      accountId,
      options: poll.options,
      tallies: poll.options.map(() => 0),
      multiple: poll.multiple,
      hideTotals: poll.hideTotals,
      expiresAt: new Date(now.getTime() + poll.expiresIn * 1000),
    },
  });
}
