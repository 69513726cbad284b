// Custom emoji of other servers (`:blobcat:` in a name or a post), as stored on the account or
// status that uses them and as the APIs show them.

export interface CustomEmoji {
  shortcode: string;
  url: string;
}

const SHORTCODE = /^[a-zA-Z0-9_]{2,64}$/;
const MAX = 100;

/** Emoji as a row's JSON column keeps them (plain objects, as Prisma writes JSON). */
export const jsonEmojis = (emojis: CustomEmoji[] = []) => emojis.map(({ shortcode, url }) => ({ shortcode, url }));

/** The emoji a row keeps (its JSON column); anything malformed is left out. */
export function storedEmojis(value: unknown): CustomEmoji[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (e): e is CustomEmoji => typeof e?.shortcode === "string" && SHORTCODE.test(e.shortcode) && typeof e.url === "string" && /^https?:\/\//.test(e.url),
  );
}

/**
 * Of the emoji a remote object names, those its texts use (as Mastodon keeps them), one per
 * shortcode, with a usable shortcode and an http(s) image.
 */
export function emojisUsed(named: { shortcode: string; url: string }[], texts: string[]): CustomEmoji[] {
  const byCode = new Map<string, CustomEmoji>();
  const all = texts.join("\n");
  for (const { shortcode, url } of named) {
    if (byCode.size >= MAX || byCode.has(shortcode) || !SHORTCODE.test(shortcode) || !/^https?:\/\//.test(url)) continue;
    if (all.includes(`:${shortcode}:`)) byCode.set(shortcode, { shortcode, url });
  }
  return [...byCode.values()];
}
