// What remote statuses carry besides text: media (rows with the file's URL on its server and
// no file here) and polls (the author's server counts the votes; we keep its totals). As
// Mastodon keeps them (app/lib/activitypub/parser/media_attachment_parser.rb, poll_parser.rb).
import { newId } from "../../core/ids.js";
import { MAX_DESCRIPTION, MAX_MEDIA_PER_STATUS } from "../../core/media.js";
import type { Tx } from "../../db/client.js";
import type { RemoteMediaRow, RemotePollRow } from "../../db/remote-statuses.js";
import type { Poll, Prisma } from "../../generated/prisma/client.js";
import type { MediaType } from "../../generated/prisma/enums.js";

export interface RemoteMediaInput {
  type: MediaType;
  /** the file on its server (http or https) */
  url: string;
  /** the attachment's mediaType, when given */
  contentType: string | null;
  /** alt text */
  description: string | null;
  blurhash: string | null;
  /** focal point, x and y in -1..1 */
  focus: { x: number; y: number } | null;
  width: number | null;
  height: number | null;
}

export interface RemotePollInput {
  options: string[];
  /** votes per option, as the author's server counts them */
  tallies: number[];
  /** anyOf (several choices) rather than oneOf */
  multiple: boolean;
  expiresAt: Date | null;
  votersCount: number | null;
}

const MAX_POLL_OPTIONS = 20;
const MAX_OPTION_CHARS = 500;
const MAX_INT = 2 ** 31 - 1;
const BLURHASH = /^[0-9A-Za-z#$%*+,\-.:;=?@[\]^_{|}~]{6,100}$/;

const clampUnit = (n: number) => (Number.isFinite(n) ? Math.max(-1, Math.min(1, n)) : 0);
const dimension = (n: number | null) => (n !== null && Number.isInteger(n) && n > 0 && n <= 100_000 ? n : null);
const count = (n: number | null | undefined) => (n != null && Number.isFinite(n) && n > 0 ? Math.min(Math.floor(n), MAX_INT) : 0);

/** At most four, http(s) only, each field within bounds. */
export function checkRemoteMedia(media: readonly RemoteMediaInput[]): RemoteMediaInput[] {
  const kept: RemoteMediaInput[] = [];
  for (const item of media) {
    if (kept.length >= MAX_MEDIA_PER_STATUS) break;
    if (!/^https?:\/\//i.test(item.url) || item.url.length > 2048) continue;
    const description = item.description?.trim() ? [...item.description.trim()].slice(0, MAX_DESCRIPTION).join("") : null;
    kept.push({
      type: item.type,
      url: item.url,
      contentType: item.contentType?.split(";")[0]?.trim().toLowerCase().slice(0, 255) || null,
      description,
      blurhash: item.blurhash && BLURHASH.test(item.blurhash) ? item.blurhash : null,
      focus: item.focus ? { x: clampUnit(item.focus.x), y: clampUnit(item.focus.y) } : null,
      width: dimension(item.width),
      height: dimension(item.height),
    });
  }
  return kept;
}

/** A poll with at least one named option (and as many counts), else null. */
export function checkRemotePoll(poll: RemotePollInput | null | undefined): RemotePollInput | null {
  if (!poll) return null;
  const options = poll.options.map((option) => [...option.trim()].slice(0, MAX_OPTION_CHARS).join("")).slice(0, MAX_POLL_OPTIONS);
  if (options.length === 0 || options.some((option) => option === "")) return null;
  const tallies = options.map((_, i) => count(poll.tallies[i]));
  const expiresAt = poll.expiresAt && Number.isFinite(poll.expiresAt.getTime()) ? poll.expiresAt : null;
  return { options, tallies, multiple: poll.multiple, expiresAt, votersCount: poll.votersCount == null ? null : count(poll.votersCount) };
}

function mediaRow(accountId: bigint, statusId: bigint, position: number, media: RemoteMediaInput): Prisma.MediaAttachmentCreateManyInput {
  const { width, height } = media;
  const original = width && height ? { width, height, size: `${width}x${height}`, aspect: width / height } : null;
  return {
    id: newId(),
    accountId,
    statusId,
    position,
    type: media.type,
    contentType: media.contentType ?? "application/octet-stream",
    fileSize: 0,
    fileKey: null,
    remoteUrl: media.url,
    description: media.description,
    focusX: media.focus?.x ?? 0,
    focusY: media.focus?.y ?? 0,
    meta: original ? { original } : {},
    blurhash: media.blurhash,
  };
}

/** A remote status's media (already checked) as rows for hand-written SQL. */
export function remoteMediaRows(accountId: bigint, statusId: bigint, media: readonly RemoteMediaInput[]): RemoteMediaRow[] {
  return media.map((item, position) => {
    const row = mediaRow(accountId, statusId, position, item);
    return {
      id: BigInt(row.id), type: row.type, contentType: row.contentType, remoteUrl: item.url, description: row.description ?? null,
      focusX: row.focusX ?? 0, focusY: row.focusY ?? 0, meta: row.meta, blurhash: row.blurhash ?? null,
    };
  });
}

/** Stores a remote status's media (already checked), in an edit's transaction. */
async function addRemoteMedia(tx: Tx, accountId: bigint, statusId: bigint, media: readonly RemoteMediaInput[]) {
  if (media.length === 0) return;
  await tx.mediaAttachment.createMany({ data: media.map((item, position) => mediaRow(accountId, statusId, position, item)) });
}

const mediaKey = (m: { type: string; url: string | null; description: string | null; blurhash: string | null; x: number; y: number }) =>
  JSON.stringify([m.type, m.url, m.description, m.blurhash, m.x, m.y]);

/**
 * The media of an edited remote status, when they differ from what it has: its remote rows
 * are replaced (they hold no file of ours). True when they changed.
 */
export async function replaceRemoteMedia(tx: Tx, accountId: bigint, statusId: bigint, media: readonly RemoteMediaInput[]) {
  const current = await tx.mediaAttachment.findMany({ where: { statusId }, orderBy: { position: "asc" } });
  const before = current.map((m) => mediaKey({ ...m, url: m.remoteUrl, x: m.focusX, y: m.focusY }));
  const after = media.map((m) => mediaKey({ ...m, x: m.focus?.x ?? 0, y: m.focus?.y ?? 0 }));
  if (JSON.stringify(before) === JSON.stringify(after)) return false;
  await tx.mediaAttachment.deleteMany({ where: { statusId, fileKey: null } });
  // (a row with a file of ours is never on a remote status; were it there, it goes free, not lost)
  await tx.mediaAttachment.updateMany({ where: { statusId }, data: { statusId: null } });
  await addRemoteMedia(tx, accountId, statusId, media);
  return true;
}

function pollRow(poll: RemotePollInput) {
  const votesCount = poll.tallies.reduce((sum, n) => sum + n, 0);
  // Without votersCount: a single-choice poll has one vote per voter; a multiple-choice one at least the most any option has.
  const votersCount = poll.votersCount ?? (poll.multiple ? Math.max(0, ...poll.tallies) : votesCount);
  return { options: poll.options, tallies: poll.tallies, multiple: poll.multiple, votesCount: Math.min(votesCount, MAX_INT), votersCount, expiresAt: poll.expiresAt };
}

/** A remote status's poll (already checked) as a row. One that ended already is not announced as ending. */
export function remotePollRow(poll: RemotePollInput): RemotePollRow {
  const ended = poll.expiresAt !== null && poll.expiresAt.getTime() <= Date.now();
  return { id: newId(), ...pollRow(poll), endNotifiedAt: ended ? new Date() : null };
}

const sameChoices = (poll: Pick<Poll, "options" | "multiple">, input: RemotePollInput | null) =>
  input !== null && input.multiple === poll.multiple && JSON.stringify(input.options) === JSON.stringify(poll.options);

/**
 * An Update of a remote status: "counts" when only the counts (or the end) of its poll may
 * have moved (applied here), "choices" when the poll itself changed (a new question: see
 * replaceRemotePoll, applied with the edit), "same" when there is no poll before or after.
 */
export async function refreshRemotePoll(tx: Tx, statusId: bigint, input: RemotePollInput | null): Promise<"same" | "counts" | "choices"> {
  const current = await tx.poll.findUnique({ where: { statusId } });
  if (!current && !input) return "same";
  if (!current || !sameChoices(current, input)) return "choices";
  const { tallies, votesCount, votersCount, expiresAt } = pollRow(input!);
  await tx.poll.update({ where: { id: current.id }, data: { tallies, votesCount, votersCount, expiresAt } });
  return "counts";
}

/** The poll of an edited remote status, changed as Mastodon does: new choices start over (our votes in it go). */
export async function replaceRemotePoll(tx: Tx, accountId: bigint, statusId: bigint, input: RemotePollInput | null) {
  await tx.poll.deleteMany({ where: { statusId } });
  if (input) await tx.poll.create({ data: { ...remotePollRow(input), statusId, accountId } });
}
