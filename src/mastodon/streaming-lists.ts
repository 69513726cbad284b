// The Mastodon `list` stream: only the list's owner may listen to it (as on Mastodon).
import { parseId } from "../core/ids.js";
import { ownList } from "../db/lists.js";
import type { ApiServices } from "../http/services.js";
import type { TimelineEvent } from "../realtime/topics.js";

/** The list's events once its ownership is checked; `refuse` is told when it is not theirs. */
export async function* ownedListEvents(
  services: ApiServices,
  ownerId: bigint,
  rawListId: string,
  refuse: (error: string) => void,
): AsyncGenerator<TimelineEvent> {
  const id = parseId(rawListId);
  const list = id === undefined ? null : await ownList(services.deps.db, ownerId, id);
  if (!list) {
    refuse("List not found");
    return;
  }
  yield* services.realtime.subscribe("list", String(list.id));
}
