// Statuses of other servers, as their Create and Delete activities bring them (the
// ActivityPub adapter reads and sanitises the Note; this stores it). A remote status gets a
// snowflake id from its published time, so it sorts among ours in timelines and pages.
import { idAtTime, newId } from "../../core/ids.js";
import { insertRemoteStatus } from "../../db/remote-statuses.js";
import type { Visibility } from "../../core/visibility.js";
import type { ServiceDeps } from "../context.js";
import { isUniqueViolation } from "../guards.js";
import { keepVersionAndRetag } from "./compose.js";
import { softDelete, statusDeletedEvent } from "./delete.js";
import { statusCreatedEvent } from "./events.js";
import { jsonEmojis, type CustomEmoji } from "../../core/emojis.js";
import {
  checkRemoteMedia, checkRemotePoll, refreshRemotePoll, remoteMediaRows, remotePollRow, replaceRemoteMedia, replaceRemotePoll,
  type RemoteMediaInput, type RemotePollInput,
} from "./remote-attachments.js";

export type { RemoteMediaInput, RemotePollInput };

export interface RemoteStatusInput {
  uri: string;
  url: string | null;
  accountId: bigint;
  /** sanitised HTML */
  contentHtml: string;
  spoilerText: string;
  visibility: Visibility;
  sensitive: boolean;
  language: string | null;
  publishedAt: Date;
  /** the URI of the status replied to (stored as a reply when we have it) */
  inReplyToUri: string | null;
  mentionedIds: bigint[];
  tags: { name: string; display: string }[];
  /** attachments, in order (at most four are kept); stored as links to the files on their server */
  media?: RemoteMediaInput[];
  /** the poll of a Question */
  poll?: RemotePollInput | null;
  /** custom emoji of its server that the text uses */
  emojis?: CustomEmoji[];
}

/** An id in the millisecond the status was published (never in the future). */
function idFor(publishedAt: Date): bigint {
  const ms = Math.min(publishedAt.getTime(), Date.now());
  return idAtTime(Number.isFinite(ms) ? ms : Date.now()) | BigInt(Math.floor(Math.random() * 0x10000));
}

/** Stores a remote status once (by URI) and publishes status.created; returns it. */
export async function storeRemoteStatus(deps: ServiceDeps, input: RemoteStatusInput) {
  const id = idFor(input.publishedAt);
  const mentionedIds = [...new Set(input.mentionedIds)];
  const poll = checkRemotePoll(input.poll);
  const { status, created } = await insertRemoteStatus(
    deps.pool,
    {
      id,
      uri: input.uri,
      url: input.url,
      accountId: input.accountId,
      contentHtml: input.contentHtml,
      spoilerText: input.spoilerText,
      visibility: input.visibility,
      sensitive: input.sensitive || input.spoilerText !== "",
      language: input.language,
      createdAt: input.publishedAt,
      inReplyToUri: input.inReplyToUri,
      emojis: jsonEmojis(input.emojis),
      mentionedIds,
      tags: input.tags.map((tag) => ({ id: newId(), ...tag })),
    },
    remoteMediaRows(input.accountId, id, checkRemoteMedia(input.media ?? [])),
    poll ? remotePollRow(poll) : null,
  );
  if (created) deps.events.publish(statusCreatedEvent(status, mentionedIds, input.tags.map((tag) => tag.name), null));
  return status;
}

/** The author deleted a status of theirs (or undid a boost): soft-deleted here too. False when unknown or not theirs. */
export async function deleteRemoteStatus(deps: ServiceDeps, accountId: bigint, uri: string): Promise<boolean> {
  const status = await deps.db.status.findUnique({ where: { uri }, include: { tags: { include: { tag: true } } } });
  if (!status || status.accountId !== accountId || status.local) return false;
  const deleted = await deps.db.$transaction((tx) => softDelete(tx, status));
  if (deleted) deps.events.publish(statusDeletedEvent(status, status.tags.map((t) => t.tag.name)));
  return deleted;
}

/**
 * A remote account's boost (Announce) of a public or unlisted status we have; `uri` is the
 * Announce's id. Stored once, counted, and published as status.created with its original.
 */
export async function storeRemoteReblog(deps: ServiceDeps, input: { uri: string; accountId: bigint; reblogOfId: bigint; publishedAt: Date }) {
  const known = await deps.db.status.findUnique({ where: { uri: input.uri } });
  if (known) return known;
  const original = await deps.db.status.findUnique({ where: { id: input.reblogOfId } });
  if (!original || original.deletedAt || original.reblogOfId !== null) return null;
  if (original.visibility !== "PUBLIC" && original.visibility !== "UNLISTED") return null;
  const already = await deps.db.status.findFirst({ where: { accountId: input.accountId, reblogOfId: original.id, deletedAt: null } });
  if (already) return already;
  const id = idFor(input.publishedAt);
  const created = await deps.db
    .$transaction(async (tx) => {
      const { count } = await tx.status.createMany({
        data: [{ id, uri: input.uri, accountId: input.accountId, visibility: original.visibility, reblogOfId: original.id, local: false, createdAt: input.publishedAt }],
        skipDuplicates: true,
      });
      if (count === 0) return false;
      await tx.status.update({ where: { id: original.id }, data: { reblogsCount: { increment: 1 } } });
      await tx.account.update({ where: { id: input.accountId }, data: { statusesCount: { increment: 1 }, lastStatusAt: input.publishedAt } });
      return true;
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) return false; // a concurrent delivery boosted it first
      throw error;
    });
  const boost = await deps.db.status.findFirst({ where: { accountId: input.accountId, reblogOfId: original.id, deletedAt: null } });
  if (created && boost) deps.events.publish(statusCreatedEvent(boost, [], [], original));
  return boost;
}

export type RemoteEditInput = Pick<RemoteStatusInput, "contentHtml" | "spoilerText" | "sensitive" | "language" | "mentionedIds" | "tags" | "emojis"> & {
  editedAt: Date;
  /** the attachments now (undefined keeps them) */
  media?: RemoteMediaInput[];
  /** the poll now (undefined keeps it; null: none) */
  poll?: RemotePollInput | null;
};

/**
 * The author edited a status of theirs (an Update): the earlier version is kept, as for local
 * edits, and media and poll are replaced. An Update that changes nothing of the text, media
 * or poll choices (Mastodon sends one for every new vote in a poll) only refreshes the poll's
 * counts: no new version. False when unknown or not theirs.
 */
export async function editRemoteStatus(deps: ServiceDeps, accountId: bigint, uri: string, input: RemoteEditInput): Promise<boolean> {
  const found = await deps.db.status.findUnique({ where: { uri }, select: { id: true, accountId: true, local: true, deletedAt: true } });
  if (!found || found.accountId !== accountId || found.local || found.deletedAt) return false;
  const media = input.media === undefined ? undefined : checkRemoteMedia(input.media);
  const poll = input.poll === undefined ? undefined : checkRemotePoll(input.poll);
  const outcome = await deps.db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM statuses WHERE id = ${found.id} FOR UPDATE`;
    const current = await tx.status.findUniqueOrThrow({ where: { id: found.id } });
    const polled = poll === undefined ? "same" : await refreshRemotePoll(tx, current.id, poll);
    const sensitive = input.sensitive || input.spoilerText !== "";
    const textChanged = input.contentHtml !== current.contentHtml || input.spoilerText !== current.spoilerText || sensitive !== current.sensitive;
    // An older (or repeated) Update that arrives late changes nothing but the poll's counts.
    const newer = (current.editedAt ?? current.createdAt) < input.editedAt;
    if (!newer) return polled === "counts" ? "counts" : null;
    const mediaChanged = media !== undefined && (await replaceRemoteMedia(tx, accountId, current.id, media));
    if (polled === "choices") await replaceRemotePoll(tx, accountId, current.id, poll!);
    if (!textChanged && !mediaChanged && polled !== "choices") {
      if (input.language && input.language !== current.language) await tx.status.update({ where: { id: current.id }, data: { language: input.language } });
      return polled === "counts" ? "counts" : null;
    }
    await keepVersionAndRetag(tx, current, input.tags, input.mentionedIds);
    return tx.status.update({
      where: { id: current.id },
      data: {
        contentHtml: input.contentHtml,
        spoilerText: input.spoilerText,
        sensitive,
        language: input.language ?? current.language,
        editedAt: input.editedAt,
        ...(input.emojis ? { emojis: jsonEmojis(input.emojis) } : {}),
      },
    });
  });
  if (outcome === null) return false;
  if (outcome === "counts") return true;
  const updated = outcome;
  deps.events.publish({
    type: "status.updated",
    statusId: String(updated.id),
    accountId: String(updated.accountId),
    visibility: updated.visibility,
    tags: input.tags.map((tag) => tag.name),
    local: false,
  });
  return true;
}
