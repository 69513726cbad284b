// A Note (or Question, or Article) from another server as a remote status: HTML sanitised,
// visibility from its addressing (Mastodon's rules), mentions of accounts we know, hashtags,
// attachments and the poll of a Question (attachments-in.ts).
import type { Context } from "@fedify/fedify";
import { Hashtag, Mention, PUBLIC_COLLECTION, type Article, type Note, type Question } from "@fedify/vocab";
import { normalizeTag, sanitizeRemoteHtml } from "../core/text.js";
import { accountIdsByUri } from "../db/records.js";
import type { Visibility } from "../core/visibility.js";
import type { Account } from "../generated/prisma/client.js";
import { storeRemoteStatus, type RemoteStatusInput } from "../services/statuses/remote.js";
import { readAttachments, readPoll } from "./attachments-in.js";
import type { FederationData } from "./context.js";
import { readEmojis } from "./emojis-in.js";

const PUBLIC_IRIS = new Set([PUBLIC_COLLECTION.href, "as:Public", "Public"]);

/** Mastodon's reading of to/cc: public, unlisted, followers-only, else direct. */
export function visibilityOf(tos: URL[], ccs: URL[], followersUrl: string | null): Visibility {
  if (tos.some((to) => PUBLIC_IRIS.has(to.href))) return "PUBLIC";
  if (ccs.some((cc) => PUBLIC_IRIS.has(cc.href))) return "UNLISTED";
  if (followersUrl && [...tos, ...ccs].some((url) => url.href === followersUrl)) return "PRIVATE";
  return "DIRECT";
}

/**
 * The language of a post, from `contentMap` (Mastodon, GoToSocial). Pleroma and Akkoma put
 * `{"@language": "und"}` in their @context, which tags every string "undetermined": that is
 * no language, as in Mastodon's reading of the same posts (it only looks at contentMap).
 */
function languageOf(note: Note | Question | Article): string | null {
  for (const content of note.contents) {
    const language = typeof content === "string" ? null : (content as { locale?: Intl.Locale }).locale?.baseName;
    if (language && language !== "und" && /^[a-z]{2,3}(-[A-Za-z0-9]+)?$/.test(language)) return language;
  }
  return null;
}

/** What we store of a Note by `author` (its id is checked by the caller). */
export async function readNote(ctx: Context<FederationData>, note: Note | Question | Article, author: Account): Promise<RemoteStatusInput> {
  const { deps } = ctx.data;
  const mentionUris: string[] = [];
  const tags = new Map<string, { name: string; display: string }>();
  try {
    for await (const tag of note.getTags({ documentLoader: ctx.documentLoader })) {
      if (tag instanceof Mention && tag.href) mentionUris.push(tag.href.href);
      if (tag instanceof Hashtag && tag.name) {
        const display = String(tag.name).replace(/^#/, "").slice(0, 100);
        const name = normalizeTag(display);
        if (name && /^[\p{L}\p{N}_]+$/u.test(name)) tags.set(name, { name, display });
      }
    }
  } catch {
    // a tag that is only a link and cannot be fetched: the rest is still good
  }
  const mentionedIds = await accountIdsByUri(deps.pool, mentionUris.slice(0, 50));
  const published = note.published ? new Date(note.published.epochMilliseconds) : new Date();
  const language = languageOf(note);
  const url = note.url instanceof URL ? note.url.href : (note.url as { href?: URL } | null)?.href?.href ?? null;
  const uri = note.id!.href;
  return {
    uri,
    url: url ?? uri,
    accountId: author.id,
    contentHtml: sanitizeRemoteHtml(String(note.content ?? "")),
    spoilerText: String(note.summary ?? "").slice(0, 1000),
    visibility: visibilityOf(note.toIds, note.ccIds, author.followersUrl),
    sensitive: note.sensitive ?? false,
    language,
    publishedAt: published,
    inReplyToUri: note.replyTargetId?.href ?? null,
    mentionedIds,
    tags: [...tags.values()].slice(0, 20),
    media: await readAttachments(ctx, note),
    poll: await readPoll(note),
    emojis: await readEmojis(ctx, note, new URL(uri).host.toLowerCase(), [String(note.content ?? ""), String(note.summary ?? "")]),
  };
}

export async function storeNote(ctx: Context<FederationData>, note: Note | Question | Article, author: Account) {
  if (!note.id) return null;
  return storeRemoteStatus(ctx.data.deps, await readNote(ctx, note, author));
}
