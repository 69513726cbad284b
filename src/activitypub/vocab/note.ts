// Our statuses as ActivityPub objects and activities, addressed as Mastodon addresses them
// (app/lib/activitypub/tag_manager.rb #to/#cc; app/serializers/activitypub/note_serializer.rb).
import {
  Announce, Collection, Create, Document, Hashtag, LanguageString, Mention, Note, PUBLIC_COLLECTION, Question, Tombstone,
} from "@fedify/vocab";
import { tagUrl } from "../../core/urls.js";
import type { Visibility } from "../../core/visibility.js";
import type { MediaAttachment } from "../../generated/prisma/client.js";
import type { MediaStorage } from "../../storage/media-storage.js";
import type { MediaExtras } from "../context.js";
import type { NoteStatus } from "../reads.js";
import { instant } from "./actor.js";

export interface Addressing {
  tos: URL[];
  ccs: URL[];
}

/**
 * Who a status is addressed to: public goes to everyone (followers in cc), unlisted to
 * followers (everyone in cc), followers-only to followers, direct to the mentioned only;
 * mentioned people are always addressed.
 */
export function addressing(visibility: Visibility, followersUrl: string, mentioned: string[]): Addressing {
  const followers = new URL(followersUrl);
  const mentions = mentioned.map((uri) => new URL(uri));
  switch (visibility) {
    case "PUBLIC":
      return { tos: [PUBLIC_COLLECTION], ccs: [followers, ...mentions] };
    case "UNLISTED":
      return { tos: [followers], ccs: [PUBLIC_COLLECTION, ...mentions] };
    case "PRIVATE":
      return { tos: [followers], ccs: mentions };
    case "DIRECT":
      return { tos: mentions, ccs: [] };
  }
}

const followersOf = (status: NoteStatus) => status.account.followersUrl ?? `${status.account.uri}/followers`;

const acct = (account: { username: string; domain: string | null }, domain: string) =>
  `@${account.username}@${account.domain ?? domain}`;

interface MediaMeta {
  original?: { width?: number; height?: number };
}

/** A media attachment as a Document, plus what Mastodon adds and Fedify has no property for. */
function attachment(media: MediaAttachment, storage: MediaStorage): { document: Document; url: string; extras: MediaExtras } {
  const url = media.fileKey ? storage.url(media.fileKey) : media.remoteUrl!;
  const original = (media.meta as MediaMeta | null)?.original ?? {};
  const document = new Document({
    url: new URL(url),
    mediaType: media.contentType,
    name: media.description || null,
    width: original.width ?? null,
    height: original.height ?? null,
  });
  return { document, url, extras: { blurhash: media.blurhash, focalPoint: [media.focusX, media.focusY] } };
}

export interface NoteOptions {
  origin: string;
  domain: string;
  storage: MediaStorage;
  /** collects the attachments' blurhash and focal point, by URL */
  media?: Map<string, MediaExtras>;
}

/** An original status as a Note, or as a Question when it has a poll. */
export function toNote(status: NoteStatus, options: NoteOptions): Note | Question {
  const mentions = status.mentions.map((mention) => mention.account);
  const { tos, ccs } = addressing(status.visibility, followersOf(status), mentions.map((account) => account.uri));
  const attachments = status.media.map((media) => {
    const { document, url, extras } = attachment(media, options.storage);
    options.media?.set(url, extras);
    return document;
  });
  const content = status.contentHtml;
  const values = {
    id: new URL(status.uri),
    url: new URL(status.url ?? status.uri),
    attribution: new URL(status.account.uri),
    published: instant(status.createdAt),
    updated: status.editedAt ? instant(status.editedAt) : null,
    replyTarget: status.inReplyTo ? new URL(status.inReplyTo.uri) : null,
    summary: status.spoilerText || null,
    sensitive: status.sensitive,
    contents: status.language ? [content, new LanguageString(content, status.language)] : [content],
    tos,
    ccs,
    tags: [
      ...mentions.map((account) => new Mention({ href: new URL(account.uri), name: acct(account, options.domain) })),
      ...status.tags.map(({ tag }) => new Hashtag({ href: new URL(tagUrl(options.origin, tag.name)), name: `#${tag.display}` })),
    ],
    attachments,
  };
  const poll = status.poll;
  if (!poll) return new Note(values);
  const choices = poll.options.map(
    (name, index) => new Note({ name, replies: new Collection({ totalItems: poll.tallies[index] ?? 0 }) }),
  );
  const ended = poll.expiresAt !== null && poll.expiresAt.getTime() <= Date.now();
  return new Question({
    ...values,
    ...(poll.multiple ? { inclusiveOptions: choices } : { exclusiveOptions: choices }),
    endTime: poll.expiresAt ? instant(poll.expiresAt) : null,
    closed: ended ? instant(poll.expiresAt!) : null,
    voters: poll.votersCount,
  });
}

/** A deleted status: what it was and when it went. */
export function toTombstone(status: NoteStatus): Tombstone {
  return new Tombstone({
    id: new URL(status.uri),
    formerType: status.poll ? Question : Note,
    deleted: status.deletedAt ? instant(status.deletedAt) : null,
  });
}

/** A status in its author's outbox: Create for a post, Announce for a boost. */
export function toActivity(status: NoteStatus, options: NoteOptions): Create | Announce | null {
  const actor = new URL(status.account.uri);
  if (status.reblogOf) {
    // Mastodon's Announce: to everyone, cc the booster's followers and the boosted author.
    return new Announce({
      id: new URL(status.uri),
      actor,
      object: new URL(status.reblogOf.uri),
      published: instant(status.createdAt),
      tos: [PUBLIC_COLLECTION],
      ccs: [new URL(followersOf(status)), new URL(status.reblogOf.account.uri)],
    });
  }
  const note = toNote(status, options);
  return new Create({
    id: new URL(`${status.uri}/activity`),
    actor,
    object: note,
    published: instant(status.createdAt),
    tos: note.toIds,
    ccs: note.ccIds,
  });
}
