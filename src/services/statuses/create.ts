import { ValidationError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import { statusUrls } from "../../core/urls.js";
import { STATUS_COLUMNS } from "../../db/records.js";
import type { Status } from "../../generated/prisma/client.js";
import type { Visibility } from "../../core/visibility.js";
import type { Actor, ServiceDeps } from "../context.js";
import { findVisibleStatus, requireActor } from "../guards.js";
import { attachMedia, checkAttachments, createPoll, type AttachmentsInput } from "./attachments.js";
import { compose, ensureTags } from "./compose.js";
import { keepForOutbox } from "../outbox-events.js";
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
    // Hand-written: Prisma's nested create compiles a new plan for every count of mentions and tags.
    const urls = statusUrls(deps.config.publicUrl, author.username, id);
    const [created] = await tx.$queryRawUnsafe<Status[]>(
      `INSERT INTO statuses (id, uri, url, account_id, text, content_html, spoiler_text, visibility, sensitive, language,
         local, in_reply_to_id, in_reply_to_account_id, thread_id, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::"Visibility", $9, $10, true, $11, $12, $13, $14)
       RETURNING ${STATUS_COLUMNS}`,
      id, urls.uri, urls.url, who.accountId, composed.text, composed.contentHtml, composed.spoilerText, visibility,
      !!input.sensitive || composed.spoilerText !== "", input.language ?? null, parent?.id ?? null, parent?.accountId ?? null,
      parent ? (parent.threadId ?? parent.id) : id, now,
    );
    if (composed.mentionedIds.length > 0) {
      await tx.$executeRaw`INSERT INTO mentions (status_id, account_id) SELECT ${id}, unnest(${composed.mentionedIds}::bigint[])`;
    }
    if (tagIds.length > 0) {
      await tx.$executeRaw`INSERT INTO status_tags (status_id, tag_id) SELECT ${id}, unnest(${tagIds}::bigint[])`;
    }
    if (attachments.mediaIds.length > 0) await attachMedia(tx, who.accountId, id, attachments.mediaIds);
    if (attachments.poll) await createPoll(tx, who.accountId, id, attachments.poll, now);
    await tx.account.update({
      where: { id: who.accountId },
      data: { statusesCount: { increment: 1 }, lastStatusAt: now },
    });
    if (parent) await tx.status.update({ where: { id: parent.id }, data: { repliesCount: { increment: 1 } } });
    await keepForOutbox(tx, statusCreatedEvent(created!, composed.mentionedIds, composed.tags.map((tag) => tag.name), null));
    return created!;
  });
  deps.events.publish(statusCreatedEvent(status, composed.mentionedIds, composed.tags.map((tag) => tag.name), null));
  return status;
}
