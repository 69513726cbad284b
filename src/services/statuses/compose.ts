// Shared by create and edit: validate the text and turn it into HTML, mentions and tags.
import { ValidationError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import { countCharacters, normalizeTag, parseText, renderText } from "../../core/text.js";
import { tagUrl } from "../../core/urls.js";
import type { Tx } from "../../db/client.js";
import type { Status } from "../../generated/prisma/client.js";
import type { ServiceDeps } from "../context.js";

export interface ComposeInput {
  text: string;
  spoilerText?: string | null;
  language?: string | null;
  /** a status with media may have no text */
  allowBlank?: boolean;
}

const LANGUAGE_RE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export interface Composed {
  text: string;
  spoilerText: string;
  contentHtml: string;
  mentionedIds: bigint[];
  tags: { name: string; display: string }[];
}


const MAX_TAGS = 30;
const MAX_NEW_REMOTE_MENTIONS = 5;

export async function compose(deps: ServiceDeps, input: ComposeInput): Promise<Composed> {
  const text = input.text ?? "";
  const spoilerText = (input.spoilerText ?? "").trim();
  if (!text.trim() && !input.allowBlank) throw new ValidationError("Text can't be blank", "text");
  if (input.language != null && !LANGUAGE_RE.test(input.language)) {
    throw new ValidationError("Language must be an ISO 639 code such as en or pt-BR", "language");
  }
  const max = deps.config.maxStatusChars;
  if (countCharacters(text) + countCharacters(spoilerText) > max) {
    throw new ValidationError(`Text is too long (at most ${max} characters, content warning included)`, "text");
  }
  const parsed = parseText(text);
  if (parsed.hashtags.length > MAX_TAGS) throw new ValidationError(`At most ${MAX_TAGS} hashtags`, "text");

  // Local people by name, and people of other servers already known here (resolved before).
  const ours = deps.config.domain.toLowerCase();
  const keyOf = (ref: { username: string; domain: string | null }) =>
    `${ref.username.toLowerCase()}@${ref.domain === null || ref.domain === ours ? "" : ref.domain}`;
  const keys = parsed.mentions.map(keyOf);
  const accounts = keys.length
    ? await deps.db.account.findMany({
        where: { handleKey: { in: keys }, suspendedAt: null },
        select: { id: true, username: true, url: true, uri: true, handleKey: true },
      })
    : [];
  // People of other servers mentioned for the first time are looked up there (as Mastodon does), a few at most.
  const unknown = [...new Set(keys)].filter((key) => !key.endsWith("@") && !accounts.some((account) => account.handleKey === key));
  if (deps.remote && unknown.length) {
    const found = [];
    for (const key of unknown.slice(0, MAX_NEW_REMOTE_MENTIONS)) {
      const [username, domain] = key.split("@") as [string, string];
      const id = await deps.remote.account(username, domain).catch(() => null);
      if (id) found.push(id);
    }
    if (found.length) {
      accounts.push(
        ...(await deps.db.account.findMany({
          where: { id: { in: found }, suspendedAt: null },
          select: { id: true, username: true, url: true, uri: true, handleKey: true },
        })),
      );
    }
  }
  const byKey = new Map(accounts.map((account) => [account.handleKey, { ...account, url: account.url ?? account.uri }]));
  const resolve = (ref: { username: string; domain: string | null }) => byKey.get(keyOf(ref));

  const contentHtml = renderText(text, {
    mentionUrl: (ref) => resolve(ref)?.url ?? undefined,
    tagUrl: (tag) => tagUrl(deps.config.publicUrl, tag),
  });
  const mentionedIds = [...new Set(parsed.mentions.flatMap((ref) => resolve(ref)?.id ?? []))];

  const names = [...new Set(parsed.hashtags.map(normalizeTag))].filter((name) => name.length <= 100);
  const tags = names.map((name) => ({
    name,
    display: parsed.hashtags.find((tag) => normalizeTag(tag) === name) ?? name,
  }));
  return {
    text,
    spoilerText,
    contentHtml,
    mentionedIds,
    tags,
  };
}

/** Creates missing tags inside the caller's transaction and returns all their ids (one statement). */
export async function ensureTags(tx: Tx, tags: Composed["tags"]): Promise<bigint[]> {
  if (tags.length === 0) return [];
  const rows = await tx.$queryRaw<{ id: bigint }[]>`
    WITH given(id, name, display) AS (
      SELECT * FROM unnest(${tags.map(() => newId())}::bigint[], ${tags.map((t) => t.name)}::text[], ${tags.map((t) => t.display)}::text[])
    ), added AS (
      INSERT INTO tags (id, name, display) SELECT id, name, display FROM given ON CONFLICT (name) DO NOTHING RETURNING id
    )
    SELECT id FROM added UNION SELECT t.id FROM tags t JOIN given g ON g.name = t.name`;
  return rows.map((row) => BigInt(row.id));
}

/**
 * The part of an edit shared by local and remote edits, inside the caller's transaction (the
 * row locked): the version being replaced is kept as a StatusEdit, the tags are replaced, and
 * new mentions are added (earlier ones stay, so nobody loses access to what they were sent).
 */
export async function keepVersionAndRetag(
  tx: Tx,
  current: Pick<Status, "id" | "text" | "contentHtml" | "spoilerText" | "sensitive" | "editedAt" | "createdAt">,
  tags: Composed["tags"],
  mentionedIds: Iterable<bigint>,
) {
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
  const tagIds = await ensureTags(tx, tags);
  await tx.statusTag.deleteMany({ where: { statusId: current.id } });
  await tx.statusTag.createMany({ data: tagIds.map((tagId) => ({ statusId: current.id, tagId })) });
  await tx.mention.createMany({
    data: [...mentionedIds].map((accountId) => ({ statusId: current.id, accountId })),
    skipDuplicates: true,
  });
}
