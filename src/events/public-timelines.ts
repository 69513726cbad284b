// Public, local and hashtag streams: one message per status, not one per viewer.
import type { EventBus } from "./bus.js";
import type { Realtime, TimelineEvent } from "../realtime/topics.js";

export function subscribePublicTimelines(bus: EventBus, realtime: Realtime): void {
  /** `local` undefined: a delete (or an edit whose event does not say), sent to both sides. */
  const broadcast = (event: { visibility: string; tags: string[] }, message: TimelineEvent, local?: boolean) => {
    if (event.visibility !== "PUBLIC") return;
    realtime.publish("public", message);
    if (local !== false) realtime.publish("local", message);
    if (local !== true) realtime.publish("remote", message);
    for (const tag of event.tags) {
      realtime.publish("hashtag", tag, message);
      if (local !== false) realtime.publish("localHashtag", tag, message);
    }
  };
  bus.on("status.created", (event) => {
    // Public timelines list original statuses only, as on Mastodon.
    if (event.reblogOfId) return;
    broadcast(event, { kind: "update", statusId: event.statusId }, event.local);
  });
  bus.on("status.updated", (event) => broadcast(event, { kind: "edit", statusId: event.statusId }, event.local));
  bus.on("status.deleted", (event) => {
    if (event.reblogOfId) return;
    broadcast(event, { kind: "delete", statusId: event.statusId });
  });
  // Direct statuses reach each participant's `direct` stream.
  bus.on("status.created", (event) => {
    if (event.visibility !== "DIRECT" || event.reblogOfId) return;
    for (const id of new Set([event.accountId, ...event.mentionedIds])) realtime.publish("direct", id, { kind: "update", statusId: event.statusId });
  });
}
