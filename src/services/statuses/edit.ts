import { NotFoundError, ValidationError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import type { Actor, ServiceDeps } from "../context.js";
import { findOwnStatus, requireActor } from "../guards.js";
import { compose, ensureTags } from "./compose.js";

export interface EditStatusInput {
  id: bigint;
  text: string;
  spoilerText?: string | null;
  sensitive?: boolean | null;
  language?: string | null;
}

/** Edits keep history: the version being replaced is stored as a StatusEdit. */
export async function editStatus(deps: ServiceDeps, actor: Actor | null, input: EditStatusInput) {
  const who = requireActor(actor, "write");
  const found = await findOwnStatus(deps, who, input.id);
  if (found.reblogOfId) throw new ValidationError("A boost can't be edited", "id");
  const composed = await compose(deps, input);
  const mentioned = new Set(composed.mentionedIds);
  const updated = await deps.db.$transaction(async (tx) => {
    // Lock the row: two edits at once each keep the version they replaced.
    await tx.$executeRaw`SELECT 1 FROM statuses WHERE id = ${input.id} FOR UPDATE`;
    const current = await tx.status.findUniqueOrThrow({ where: { id: input.id } });
    if (current.deletedAt) throw new NotFoundError("Status");
    await tx.statusEdit.create({
      data: {
        id: newId(),
        statusId: current.id,
        text: current.text,
        contentHtml: current.contentHtml,
        spoilerText: current.spoilerText,
        sensitive: current.sensitive,
        createdAt: current.editedAt ?? current.createdAt,
      },
    });
    const tagIds = await ensureTags(tx, composed.tags);
    await tx.statusTag.deleteMany({ where: { statusId: current.id } });
    await tx.statusTag.createMany({ data: tagIds.map((tagId) => ({ statusId: current.id, tagId })) });
    // New mentions are added; earlier ones stay, so nobody loses access to what they were sent.
    await tx.mention.createMany({
      data: [...mentioned].map((accountId) => ({ statusId: current.id, accountId })),
      skipDuplicates: true,
    });
    return tx.status.update({
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
  });
  deps.events.publish({
    type: "status.updated",
    statusId: String(updated.id),
    accountId: String(updated.accountId),
    visibility: updated.visibility,
    tags: composed.tags.map((tag) => tag.name),
  });
  return updated;
}
