// Custom emoji (toot:Emoji tags) of remote actors and posts: the shortcode and image of each
// one the texts use. A server whose media is rejected gets none (its `:shortcodes:` stay text).
import type { Context } from "@fedify/fedify";
import { Emoji, type Object as APObject } from "@fedify/vocab";
import { emojisUsed, type CustomEmoji } from "../core/emojis.js";
import { rejectsMedia } from "../services/domains/policy.js";
import type { FederationData } from "./context.js";

/** The shortcode and image URL of an Emoji tag; null when it has neither. */
export async function namedEmoji(ctx: Context<FederationData>, tag: Emoji): Promise<{ shortcode: string; url: string } | null> {
  const shortcode = String(tag.name ?? "").replace(/^:|:$/g, "");
  const icon = await tag.getIcon({ documentLoader: ctx.documentLoader }).catch(() => null);
  const url = icon?.url instanceof URL ? icon.url.href : (icon?.url as { href?: URL } | null | undefined)?.href?.href;
  return shortcode && url ? { shortcode, url } : null;
}

/** The emoji of `object`'s tags that `texts` use; [] for a host whose media is rejected. */
export async function readEmojis(ctx: Context<FederationData>, object: APObject, host: string, texts: string[]): Promise<CustomEmoji[]> {
  if (!texts.some((t) => t.includes(":"))) return [];
  if (await rejectsMedia(ctx.data.deps, host)) return [];
  const named: { shortcode: string; url: string }[] = [];
  try {
    for await (const tag of object.getTags({ documentLoader: ctx.documentLoader })) {
      if (!(tag instanceof Emoji)) continue;
      const emoji = await namedEmoji(ctx, tag);
      if (emoji) named.push(emoji);
      if (named.length >= 200) break;
    }
  } catch {
    // a tag that is only a link and cannot be fetched: the rest is still good
  }
  return emojisUsed(named, texts);
}
