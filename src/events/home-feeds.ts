// Keeps home feeds in step with what happens, and tells live home subscribers.
import type { EventBus } from "./bus.js";
import type { Realtime } from "../realtime/topics.js";
import type { ServiceDeps } from "../services/context.js";
import {
  fanOut,
  feedOwnersOf,
  isFeedWarm,
  mergeIntoFeed,
  removeAuthorFromFeed,
  removeFromFeeds,
  removeTagFromFeed,
} from "../services/timelines/home-feed.js";

const big = (id: string | null) => (id === null ? null : BigInt(id));

export function subscribeHomeFeeds(bus: EventBus, deps: ServiceDeps, realtime: Realtime): void {
  bus.on("status.created", async (event) => {
    const owners = await fanOut(deps, {
      statusId: BigInt(event.statusId),
      accountId: BigInt(event.accountId),
      reblogOfId: big(event.reblogOfId),
      reblogOfAccountId: big(event.reblogOfAccountId),
      inReplyToAccountId: big(event.inReplyToAccountId),
      visibility: event.visibility,
      mentionedIds: event.mentionedIds.map(BigInt),
    });
    for (const owner of owners) realtime.publish("home", String(owner), { kind: "update", statusId: event.statusId });
  });

  bus.on("status.deleted", async (event) => {
    const owners = await removeFromFeeds(deps, BigInt(event.statusId), big(event.reblogOfId));
    for (const owner of owners) realtime.publish("home", String(owner), { kind: "delete", statusId: event.statusId });
  });

  bus.on("status.updated", async (event) => {
    const owners = await feedOwnersOf(deps, BigInt(event.statusId));
    for (const owner of owners) realtime.publish("home", String(owner), { kind: "edit", statusId: event.statusId });
  });

  bus.on("follow.created", async (event) => {
    if (await isFeedWarm(deps, BigInt(event.accountId))) {
      await mergeIntoFeed(deps, BigInt(event.accountId), BigInt(event.targetAccountId));
    }
  });

  const dropAuthor = async (event: { accountId: string; targetAccountId: string }) => {
    await removeAuthorFromFeed(deps, BigInt(event.accountId), BigInt(event.targetAccountId));
  };
  bus.on("follow.removed", dropAuthor);
  bus.on("block.created", async (event) => {
    await dropAuthor(event);
    await removeAuthorFromFeed(deps, BigInt(event.targetAccountId), BigInt(event.accountId));
  });
  bus.on("mute.created", dropAuthor);

  // Exclusive lists keep their members out of the owner's home; leaving one brings them back.
  bus.on("list.exclusions.changed", async (event) => {
    const owner = BigInt(event.accountId);
    for (const author of event.hidden) await removeAuthorFromFeed(deps, owner, BigInt(author));
    if (event.shown.length === 0 || !(await isFeedWarm(deps, owner))) return;
    const followed = await deps.db.follow.findMany({
      where: { accountId: owner, targetAccountId: { in: event.shown.map(BigInt) } },
      select: { targetAccountId: true },
    });
    for (const { targetAccountId } of followed) await mergeIntoFeed(deps, owner, targetAccountId);
  });
  bus.on("tag.unfollowed", (event) => removeTagFromFeed(deps, BigInt(event.accountId), BigInt(event.tagId)));
}
