// List streams: a new status goes to the lists its author is in (replies as each list's
// policy says), once per list; whoever listens checks visibility (core/visibility.ts).
// Unfollowing someone also takes them off your lists, as on Mastodon.
import type { EventBus } from "./bus.js";
import type { Realtime, TimelineEvent } from "../realtime/topics.js";
import { listsForStatus, listsWithMember } from "../db/lists.js";
import type { ServiceDeps } from "../services/context.js";

export function subscribeListTimelines(bus: EventBus, deps: ServiceDeps, realtime: Realtime): void {
  const publish = (lists: bigint[], message: TimelineEvent) => {
    for (const list of lists) realtime.publish("list", String(list), message);
  };

  bus.on("status.created", async (event) => {
    if (event.visibility === "DIRECT") return;
    const lists = await listsForStatus(deps.pool, {
      accountId: BigInt(event.accountId),
      inReplyToAccountId: event.inReplyToAccountId === null ? null : BigInt(event.inReplyToAccountId),
    });
    publish(lists, { kind: "update", statusId: event.statusId });
  });

  bus.on("status.updated", async (event) => {
    if (event.visibility === "DIRECT") return;
    publish(await listsWithMember(deps.db, BigInt(event.accountId)), { kind: "edit", statusId: event.statusId });
  });

  bus.on("status.deleted", async (event) => {
    if (event.visibility === "DIRECT") return;
    publish(await listsWithMember(deps.db, BigInt(event.accountId)), { kind: "delete", statusId: event.statusId });
  });

  bus.on("follow.removed", async (event) => {
    await deps.db.listAccount.deleteMany({
      where: { accountId: BigInt(event.targetAccountId), list: { accountId: BigInt(event.accountId) } },
    });
  });
}
