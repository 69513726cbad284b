// Public, local and hashtag streams: one message per status, not one per viewer.
import type { EventBus } from "./bus.js";
import type { Realtime, TimelineEvent } from "../realtime/topics.js";

export function subscribePublicTimelines(bus: EventBus, realtime: Realtime): void {
  const broadcast = (event: { visibility: string; tags: string[] }, message: TimelineEvent, local: boolean) => {
    if (event.visibility !== "PUBLIC") return;
    realtime.publish("public", message);
    if (local) realtime.publish("local", message);
    for (const tag of event.tags) realtime.publish("hashtag", tag, message);
  };
  bus.on("status.created", (event) => {
    // Public timelines list original statuses only, as on Mastodon.
    if (event.reblogOfId) return;
    broadcast(event, { kind: "update", statusId: event.statusId }, event.local);
  });
  bus.on("status.updated", (event) => broadcast(event, { kind: "edit", statusId: event.statusId }, true));
  bus.on("status.deleted", (event) => {
    if (event.reblogOfId) return;
    broadcast(event, { kind: "delete", statusId: event.statusId }, true);
  });
}
