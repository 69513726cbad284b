import { ValidationError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import { statusUrls } from "../../core/urls.js";
import type { Visibility } from "../../core/visibility.js";
import type { Actor, ServiceDeps } from "../context.js";
import { findVisibleStatus, requireActor } from "../guards.js";
import { attachMedia, checkAttachments, createPoll, type AttachmentsInput } from "./attachments.js";
import { compose, ensureTags } from "./compose.js";
import { statusCreatedEvent } from "./events.js";

export interface CreateStatusInput extends AttachmentsInput {
  text: string;
  spoilerText?: string | null;
  visibility?: Visibility | null;
  sensitive?: boolean | null;
  language?: string | null;
  inReplyToId?: bigint | null;
}

const VISIBILITIES: Visibility[] = ["PUBLIC", "UNLISTED", "PRIVATE", "DIRECT"];

export async function createStatus(deps: ServiceDeps, actor: Actor | null, input: CreateStatusInput) {
  const who = requireActor(actor, "write");
  const visibility = input.visibility ?? "PUBLIC";
  if (!VISIBILITIES.includes(visibility)) throw new ValidationError("Unknown visibility", "visibility");
  const parent = input.inReplyToId != null ? (await findVisibleStatus(deps, who, input.inReplyToId)).status : null;
  if (parent?.reblogOfId) throw new ValidationError("You can't reply to a boost", "inReplyToId");
  const attachments = checkAttachments(input);
  const composed = await compose(deps, { ...input, allowBlank: attachments.mediaIds.length > 0 });
  const author = await deps.db.account.findUniqueOrThrow({ where: { id: who.accountId } });
  const id = newId();
  const now = new Date();
  const status = await deps.db.$transaction(async (tx) => {
    const tagIds = await ensureTags(tx, composed.tags);
    const created = await tx.status.create({
      data: {
        id,
        ...statusUrls(deps.config.publicUrl, author.username, id),
        accountId: who.accountId,
        text: composed.text,
        spoilerText: composed.spoilerText,
        contentHtml: composed.contentHtml,
        visibility,
        sensitive: !!input.sensitive || composed.spoilerText !== "",
        language: input.language ?? null,
        inReplyToId: parent?.id ?? null,
        inReplyToAccountId: parent?.accountId ?? null,
        threadId: parent ? (parent.threadId ?? parent.id) : id,
        createdAt: now,
        mentions: { create: composed.mentionedIds.map((accountId) => ({ accountId })) },
        tags: { create: tagIds.map((tagId) => ({ tagId })) },
      },
    });
    if (attachments.mediaIds.length > 0) await attachMedia(tx, who.accountId, id, attachments.mediaIds);
    if (attachments.poll) await createPoll(tx, who.accountId, id, attachments.poll, now);
    await tx.account.update({
      where: { id: who.accountId },
      data: { statusesCount: { increment: 1 }, lastStatusAt: now },
    });
    if (parent) await tx.status.update({ where: { id: parent.id }, data: { repliesCount: { increment: 1 } } });
    return created;
  });
  deps.events.publish(statusCreatedEvent(status, composed.mentionedIds, composed.tags.map((tag) => tag.name), null));
  return status;
}
