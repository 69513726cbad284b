// The Mastodon List entity (docs.joinmastodon.org/entities/List).
import type { List } from "../../generated/prisma/client.js";

export function toMastodonList(list: List) {
  return {
    id: String(list.id),
    title: list.title,
    replies_policy: list.repliesPolicy.toLowerCase(),
    exclusive: list.exclusive,
  };
}
