// The Mastodon CustomEmoji entity (docs.joinmastodon.org/entities/CustomEmoji), for the emoji
// of other servers a name or post uses. The image stays on its server (as `url` and `static_url`).
import { storedEmojis } from "../../core/emojis.js";

export function toMastodonEmojis(stored: unknown) {
  return storedEmojis(stored).map((e) => ({ shortcode: e.shortcode, url: e.url, static_url: e.url, visible_in_picker: false }));
}
