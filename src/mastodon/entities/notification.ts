// The Mastodon Notification entity (docs.joinmastodon.org/entities/Notification).
import type { Notification } from "../../generated/prisma/client.js";
import type { RequestState } from "../context.js";
import { hiddenByFilters } from "../filtering.js";
import { visibleIds } from "../render.js";
import { toMastodonAccount } from "./account.js";
import { toMastodonStatus } from "./status.js";

const TYPES: Record<Notification["type"], string> = {
  MENTION: "mention",
  STATUS: "status",
  REBLOG: "reblog",
  FOLLOW: "follow",
  FOLLOW_REQUEST: "follow_request",
  POLL: "poll",
  FAVOURITE: "favourite",
  UPDATE: "update",
};

/** null when the notification's status may not be shown any more. */
export async function toMastodonNotification(state: RequestState, notification: Notification) {
  const account = await state.loaders.accounts.load(notification.fromAccountId);
  if (!account) return null;
  let status = null;
  if (notification.statusId) {
    const [visible] = await visibleIds(state, [notification.statusId], "single");
    const row = visible ? await state.loaders.statuses.load(visible) : undefined;
    if (!row || (await hiddenByFilters(state, row))) return null;
    status = await toMastodonStatus(state, row);
  }
  return {
    id: String(notification.id),
    type: TYPES[notification.type],
    created_at: notification.createdAt.toISOString(),
    group_key: `ungrouped-${notification.id}`,
    account: toMastodonAccount(account, state.origin, state.services.deps.config.domain),
    status,
  };
}
