// The Mastodon Tag entity (docs.joinmastodon.org/entities/Tag), as /api/v1/tags and
// /api/v1/followed_tags serve it: no usage history yet.
import { tagUrl } from "../../core/urls.js";

export interface TagLike {
  /** absent for a tag nobody has used or followed yet */
  id?: bigint;
  name: string;
  display: string;
}

/** `following` is shown to signed-in readers only, as on Mastodon. */
export function toMastodonTag(tag: TagLike, origin: string, following?: boolean) {
  return {
    ...(tag.id !== undefined ? { id: String(tag.id) } : {}),
    name: tag.display,
    url: tagUrl(origin, tag.name),
    history: [] as unknown[],
    ...(following !== undefined ? { following } : {}),
  };
}
