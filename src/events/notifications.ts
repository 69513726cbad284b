// Turns domain events into notifications, then tells live notification subscribers.
import type { EventBus } from "./bus.js";
import { belledFollowers } from "../db/notifications.js";
import type { Realtime } from "../realtime/topics.js";
import type { ServiceDeps } from "../services/context.js";
import { notify, type NotifyInput } from "../services/notifications/create.js";

export function subscribeNotifications(bus: EventBus, deps: ServiceDeps, realtime: Realtime): void {
  const send = async (input: NotifyInput) => {
    for (const created of await notify(deps, input)) {
      realtime.publish("notifications", String(created.accountId), { notificationId: String(created.id) });
    }
  };

  bus.on("poll.ended", async (event) => {
    const author = BigInt(event.accountId);
    const statusId = BigInt(event.statusId);
    await send({ type: "POLL", fromAccountId: author, recipientIds: event.voterIds.map(BigInt), statusId });
    await send({ type: "POLL", fromAccountId: author, recipientIds: [author], statusId, includeSelf: true });
  });

  bus.on("status.created", async (event) => {
    const from = BigInt(event.accountId);
    const statusId = BigInt(event.statusId);
    if (event.reblogOfAccountId) {
      await send({ type: "REBLOG", fromAccountId: from, recipientIds: [BigInt(event.reblogOfAccountId)], statusId: BigInt(event.reblogOfId!) });
      return;
    }
    const mentioned = event.mentionedIds.map(BigInt);
    await send({ type: "MENTION", fromAccountId: from, recipientIds: mentioned, statusId });
    if (event.visibility === "DIRECT") return;
    // "Notify me when they post": followers who rang the bell (and were not just mentioned).
    const bells = (await belledFollowers(deps.pool, from)).filter((id) => !mentioned.includes(id));
    await send({ type: "STATUS", fromAccountId: from, recipientIds: bells, statusId });
  });

  bus.on("favourite.created", (event) =>
    send({
      type: "FAVOURITE",
      fromAccountId: BigInt(event.accountId),
      recipientIds: [BigInt(event.statusAccountId)],
      statusId: BigInt(event.statusId),
    }),
  );

  bus.on("follow.created", (event) =>
    send({ type: "FOLLOW", fromAccountId: BigInt(event.accountId), recipientIds: [BigInt(event.targetAccountId)] }),
  );
  bus.on("follow.requested", (event) =>
    send({ type: "FOLLOW_REQUEST", fromAccountId: BigInt(event.accountId), recipientIds: [BigInt(event.targetAccountId)] }),
  );

  bus.on("status.updated", async (event) => {
    // Those who boosted an edited status hear about the edit.
    const boosters = await deps.db.status.findMany({
      where: { reblogOfId: BigInt(event.statusId), deletedAt: null },
      select: { accountId: true },
    });
    await send({
      type: "UPDATE",
      fromAccountId: BigInt(event.accountId),
      recipientIds: boosters.map((b) => b.accountId),
      statusId: BigInt(event.statusId),
    });
  });
}
