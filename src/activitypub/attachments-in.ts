// The attachments and poll of a remote Note or Question, read as Mastodon reads them
// (app/lib/activitypub/parser/media_attachment_parser.rb, poll_parser.rb). Nothing is fetched:
// what is not embedded is left out. A server whose media an admin rejects (reject_media, or a
// suspension: services/domains/policy.ts) gets its attachments kept as links only, as Mastodon
// keeps them when it skips the download: type unknown, the remote URL, no size.
import type { Context } from "@fedify/fedify";
import {
  Audio, Document, Hashtag, Image, Link, Mention, Object as APObject, Question, Video, type Article, type DocumentLoader, type Note,
} from "@fedify/vocab";
import type { MediaType } from "../generated/prisma/enums.js";
import { rejectsMedia } from "../services/domains/policy.js";
import type { RemoteMediaInput, RemotePollInput } from "../services/statuses/remote.js";
import type { FederationData } from "./context.js";

/** Mastodon keeps four attachments per status. */
const MAX_ATTACHMENTS = 4;

const noFetch: DocumentLoader = (url) => Promise.reject(new Error(`not fetched: ${url}`));
/** embedded values only; an attachment's own id may be on its media host */
const EMBEDDED = { documentLoader: noFetch, contextLoader: noFetch, suppressError: true, crossOrigin: "trust" as const };

type Json = Record<string, unknown>;
const isJson = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);
const plain = (value: unknown): string | null => (value == null ? null : String(value));

function normalUrl(value: unknown): string | null {
  try {
    return typeof value === "string" ? new URL(value).href : null;
  } catch {
    return null;
  }
}

/** What Fedify's vocabulary has no property for: blurhash and focalPoint, by attachment URL. */
interface Extras {
  blurhash: string | null;
  focus: { x: number; y: number } | null;
}

/**
 * The JSON the note came in (compact, as its server wrote it): its own when it was the
 * document fetched or parsed, else the object of the activity that brought it (Fedify keeps
 * the received payload on the inbox context). Mastodon reads `blurhash` and `focalPoint` from
 * that JSON the same way. Both are Fedify internals: without them, the two are left out.
 */
function receivedJson(ctx: Context<FederationData>, note: Note | Question | Article): Json | null {
  const own = (note as unknown as { _cachedJsonLd?: unknown })._cachedJsonLd;
  if (isJson(own)) return own;
  const activity = (ctx as unknown as { activity?: unknown }).activity;
  const object = isJson(activity) ? activity.object : null;
  if (isJson(object) && note.id && normalUrl(object.id) === note.id.href) return object;
  return null;
}

function extrasByUrl(json: Json | null): Map<string, Extras> {
  const found = new Map<string, Extras>();
  const attachments = json?.attachment;
  for (const item of Array.isArray(attachments) ? attachments : [attachments]) {
    if (!isJson(item)) continue;
    const blurhash = item.blurhash ?? item["toot:blurhash"];
    const point = item.focalPoint ?? item["toot:focalPoint"];
    const focal = isJson(point) && Array.isArray(point["@list"]) ? point["@list"] : point;
    const extras: Extras = {
      blurhash: typeof blurhash === "string" ? blurhash : null,
      focus: Array.isArray(focal) && typeof focal[0] === "number" && typeof focal[1] === "number" ? { x: focal[0], y: focal[1] } : null,
    };
    for (const url of [item.url].flat()) {
      const href = normalUrl(isJson(url) ? url.href : url);
      if (href) found.set(href, extras);
    }
  }
  return found;
}

const EXTENSIONS: [RegExp, MediaType][] = [
  [/\.(jpe?g|png|gif|webp|avif|heic|bmp)$/i, "IMAGE"],
  [/\.(mp4|m4v|webm|mov|ogv)$/i, "VIDEO"],
  [/\.(mp3|m4a|ogg|oga|opus|wav|flac|aac)$/i, "AUDIO"],
];

/** image, video or audio from the mediaType; without one, from the type of the object, then the file name. */
function typeOf(contentType: string | null, item: APObject | Link, url: string): MediaType {
  const type = contentType?.split(";")[0]?.trim().toLowerCase() ?? "";
  if (type.startsWith("image/")) return "IMAGE";
  if (type.startsWith("video/")) return "VIDEO";
  if (type.startsWith("audio/")) return "AUDIO";
  if (type) return "UNKNOWN";
  if (item instanceof Image) return "IMAGE";
  if (item instanceof Video) return "VIDEO";
  if (item instanceof Audio) return "AUDIO";
  const path = new URL(url).pathname;
  return EXTENSIONS.find(([pattern]) => pattern.test(path))?.[1] ?? "UNKNOWN";
}

/** The file of an attachment: its `url` (a URL or a Link; the first), else, for a Link, its `href`. */
function fileOf(item: APObject | Link): { url: string; mediaType: string | null } | null {
  if (item instanceof Link) {
    // a Link is an attachment only when it says what it links to (not a Mention or Hashtag)
    if (item instanceof Mention || item instanceof Hashtag || !item.href || !item.mediaType) return null;
    return { url: item.href.href, mediaType: item.mediaType };
  }
  const url = item.url;
  if (url instanceof URL) return { url: url.href, mediaType: item.mediaType };
  if (url instanceof Link && url.href) return { url: url.href.href, mediaType: item.mediaType ?? url.mediaType };
  return null;
}

/**
 * Whether the note's server has its media rejected. Its author's account domain is the host of
 * the note's id (the callers check that the two share an origin), as Mastodon asks
 * DomainBlock.reject_media?(account.domain).
 */
async function mediaRejected(ctx: Context<FederationData>, note: Note | Question | Article): Promise<boolean> {
  const origin = note.id ?? note.attributionId;
  return origin !== null && (await rejectsMedia(ctx.data.deps, origin.host.toLowerCase()));
}

/**
 * The note's attachments (at most four) with alt text (`summary` as GoToSocial writes it, else
 * `name`), size, blurhash and focal point; from a server whose media is rejected, links only.
 */
export async function readAttachments(ctx: Context<FederationData>, note: Note | Question | Article): Promise<RemoteMediaInput[]> {
  const media: RemoteMediaInput[] = [];
  let extras: Map<string, Extras> | null = null;
  let linksOnly: boolean | null = null;
  try {
    for await (const item of note.getAttachments(EMBEDDED)) {
      if (!(item instanceof APObject || item instanceof Link)) continue; // PropertyValue
      const file = fileOf(item);
      if (!file || !/^https?:$/.test(new URL(file.url).protocol)) continue;
      extras ??= extrasByUrl(receivedJson(ctx, note));
      const extra = extras.get(file.url);
      const summary = item instanceof APObject ? plain(item.summary)?.trim() : null;
      linksOnly ??= await mediaRejected(ctx, note);
      media.push({
        type: linksOnly ? "UNKNOWN" : typeOf(file.mediaType, item, file.url),
        url: file.url,
        contentType: file.mediaType,
        description: summary || plain(item.name)?.trim() || null,
        blurhash: extra?.blurhash ?? null,
        focus: extra?.focus ?? null,
        width: !linksOnly && (item instanceof Document || item instanceof Link) ? item.width : null,
        height: !linksOnly && (item instanceof Document || item instanceof Link) ? item.height : null,
      });
      if (media.length >= MAX_ATTACHMENTS) break;
    }
  } catch {
    // a malformed attachment list: what was read is kept
  }
  return media;
}

/** `closed` as a time; `closed: true` is now (or the end time, when that is past); else `endTime`. */
function endOf(question: Question): Date | null {
  const closed = question.closed;
  const end = question.endTime ? new Date(question.endTime.epochMilliseconds) : null;
  if (closed !== null && typeof closed === "object") return new Date(closed.epochMilliseconds);
  if (closed === true) return end && end.getTime() < Date.now() ? end : new Date();
  return end;
}

async function choices(options: AsyncIterable<APObject>) {
  const found: { name: string; votes: number }[] = [];
  for await (const option of options) {
    const name = plain(option.name)?.trim() || plain(option.content)?.trim();
    if (!name) continue;
    const replies = await option.getReplies(EMBEDDED).catch(() => null);
    found.push({ name, votes: replies?.totalItems ?? 0 });
  }
  return found;
}

/**
 * A Question's poll: anyOf (several choices) or oneOf, each option's votes in its `replies`
 * totalItems; the end from `endTime`, or `closed` (a time, or now when it is just true).
 */
export async function readPoll(note: Note | Question | Article): Promise<RemotePollInput | null> {
  if (!(note instanceof Question)) return null;
  try {
    const anyOf = await choices(note.getInclusiveOptions(EMBEDDED));
    const items = anyOf.length > 0 ? anyOf : await choices(note.getExclusiveOptions(EMBEDDED));
    if (items.length === 0) return null;
    return {
      options: items.map((item) => item.name),
      tallies: items.map((item) => item.votes),
      multiple: anyOf.length > 0,
      expiresAt: endOf(note),
      votersCount: note.voters,
    };
  } catch {
    return null;
  }
}
