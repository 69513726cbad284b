// The visibility matrix, continued (see visibility-matrix.test.ts): who may boost what,
// notifications whose status the viewer may no longer see, and relationships that change
// while a subscription is open (a later block, a mute). Expected values are written out.
import type { Client } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../support/app.js";
import { Follow, SubscribeHome, SubscribeNotifications, SubscribePublic } from "../support/documents.js";
import {
  XBlock,
  XMute,
  XNotificationNode,
  XReblog,
  XSignedInLists,
  XStatus,
  XThread,
  XUnfollow,
} from "../support/matrix-documents.js";
import { follow, post, signUp, subscribe, wsClient, type Person } from "../support/world.js";

let t: TestApp;
let url: string;
const clients: Client[] = [];
beforeAll(async () => {
  t = await startTestApp();
  url = `ws://127.0.0.1:${await t.app.listen()}/graphql`;
});
afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await t?.close();
});

function client(who: Person) {
  const c = wsClient(url, who.token);
  clients.push(c);
  return c;
}

async function statusFor(id: string, who: Person | null) {
  const result = await t.gql(XStatus, { id }, who?.token ?? null);
  expect(result.errors).toBeUndefined();
  return result.data?.status?.snowflake ?? null;
}

async function homeOf(who: Person) {
  const result = await t.gql(XSignedInLists, {}, who.token);
  expect(result.errors).toBeUndefined();
  return result.data!;
}

describe("boosting: PRIVATE and DIRECT statuses cannot be boosted by others", () => {
  type Booster = "author" | "follower" | "nonFollower" | "mentioned" | "blocked" | "anonymous";
  type Vis = "PUBLIC" | "UNLISTED" | "PRIVATE" | "DIRECT";
  // [visibility, who boosts, expected result]. A status the booster may not see is NotFound.
  const BOOST_MATRIX: [Vis, Booster, string][] = [
    ["PUBLIC", "author", "MutationReblogSuccess"],
    ["PUBLIC", "follower", "MutationReblogSuccess"],
    ["PUBLIC", "nonFollower", "MutationReblogSuccess"],
    ["PUBLIC", "mentioned", "MutationReblogSuccess"],
    ["PUBLIC", "blocked", "NotFoundError"],
    ["PUBLIC", "anonymous", "UnauthenticatedError"],
    ["UNLISTED", "author", "MutationReblogSuccess"],
    ["UNLISTED", "follower", "MutationReblogSuccess"],
    ["UNLISTED", "nonFollower", "MutationReblogSuccess"],
    ["UNLISTED", "mentioned", "MutationReblogSuccess"],
    ["UNLISTED", "blocked", "NotFoundError"],
    ["UNLISTED", "anonymous", "UnauthenticatedError"],
    ["PRIVATE", "author", "MutationReblogSuccess"], // Mastodon lets the author boost their own private post
    ["PRIVATE", "follower", "ForbiddenError"],
    ["PRIVATE", "nonFollower", "NotFoundError"],
    ["PRIVATE", "mentioned", "ForbiddenError"],
    ["PRIVATE", "blocked", "NotFoundError"],
    ["PRIVATE", "anonymous", "UnauthenticatedError"],
    ["DIRECT", "author", "ForbiddenError"],
    ["DIRECT", "follower", "NotFoundError"],
    ["DIRECT", "nonFollower", "NotFoundError"],
    ["DIRECT", "mentioned", "ForbiddenError"],
    ["DIRECT", "blocked", "NotFoundError"],
    ["DIRECT", "anonymous", "UnauthenticatedError"],
  ];
  const people = {} as Record<Exclude<Booster, "anonymous">, Person>;
  const statuses = {} as Record<Vis, { id: string; snowflake: string }>;

  beforeAll(async () => {
    for (const who of ["author", "follower", "nonFollower", "mentioned", "blocked"] as const) {
      people[who] = await signUp(t, `b${who.toLowerCase()}`);
    }
    await follow(t, people.follower, people.author);
    await t.gql(XBlock, { accountId: people.blocked.id }, people.author.token);
    for (const visibility of ["PUBLIC", "UNLISTED", "PRIVATE", "DIRECT"] as Vis[]) {
      statuses[visibility] = await post(t, people.author, `boost me ${visibility} @${people.mentioned.name}`, { visibility });
    }
    await t.app.events.drain();
  });

  it.each(BOOST_MATRIX)("%s status boosted by %s: %s", async (visibility, who, expected) => {
    const token = who === "anonymous" ? null : people[who].token;
    const result = await t.gql(XReblog, { id: statuses[visibility].id }, token);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    expect(result.data?.reblog.__typename).toBe(expected);
    if (result.data?.reblog.__typename === "MutationReblogSuccess") {
      expect(result.data.reblog.data.reblog?.snowflake).toBe(statuses[visibility].snowflake);
    }
  });

  it("the author's boost of their PRIVATE status stays private: the non-follower and anonymous cannot see it", async () => {
    const boost = await t.gql(XReblog, { id: statuses.PRIVATE.id }, people.author.token); // returns the existing boost
    expect(boost.data?.reblog.__typename).toBe("MutationReblogSuccess");
    if (boost.data?.reblog.__typename !== "MutationReblogSuccess") return;
    const boostId = boost.data.reblog.data.snowflake;
    expect(await statusFor(boostId, people.follower)).toBe(boostId);
    expect(await statusFor(boostId, people.nonFollower)).toBeNull();
    expect(await statusFor(boostId, people.blocked)).toBeNull();
    expect(await statusFor(boostId, null)).toBeNull();
  });
});

describe("notifications: `status` is null when the viewer may no longer see it", () => {
  it("a bell (STATUS) notification for a PRIVATE post loses its status when the follower unfollows", async () => {
    const author = await signUp(t, "bell");
    const fan = await signUp(t, "fan");
    const followed = await t.gql(Follow, { accountId: author.id, notify: true }, fan.token);
    expect(followed.data?.follow.__typename).toBe("MutationFollowSuccess");
    await t.app.events.drain();
    const live = await subscribe(client(fan), SubscribeNotifications);
    const priv = await post(t, author, "followers only", { visibility: "PRIVATE" });
    const pub = await post(t, author, "for everyone", { visibility: "PUBLIC" });
    await t.app.events.drain();
    const first = await live.next();
    const second = await live.next();
    expect([first.data?.notifications.status?.snowflake, second.data?.notifications.status?.snowflake].sort()).toEqual(
      [priv.snowflake, pub.snowflake].sort(),
    );
    expect(first.data?.notifications.type).toBe("STATUS");

    const unfollowed = await t.gql(XUnfollow, { accountId: author.id }, fan.token);
    expect(unfollowed.data?.unfollow.__typename).toBe("MutationUnfollowSuccess");
    await t.app.events.drain();

    const notes = (await homeOf(fan)).notifications.edges.map((e) => e.node).filter((n) => n.type === "STATUS");
    expect(notes).toHaveLength(2);
    const [newest, oldest] = notes; // newest first: the PUBLIC post, then the PRIVATE one
    expect(newest!.status?.snowflake ?? null).toBe(pub.snowflake);
    expect(oldest!.status, "PRIVATE status after unfollowing").toBeNull();
    const byNode = await t.gql(XNotificationNode, { id: oldest!.id }, fan.token);
    expect(byNode.errors).toBeUndefined();
    expect(byNode.data?.node).toEqual({ __typename: "Notification", type: "STATUS", status: null });
    await live.close();
  });

  it("a MENTION notification disappears once the author blocks the mentioned viewer", async () => {
    const author = await signUp(t, "loud");
    const target = await signUp(t, "target");
    const mention = await post(t, author, `hey @${target.name}`, { visibility: "DIRECT" });
    await t.app.events.drain();
    const before = (await homeOf(target)).notifications.edges.map((e) => e.node.status?.snowflake ?? null);
    expect(before).toEqual([mention.snowflake]);
    await t.gql(XBlock, { accountId: target.id }, author.token);
    await t.app.events.drain();
    expect((await homeOf(target)).notifications.edges).toEqual([]);
    expect(await statusFor(mention.id, target)).toBeNull();
  });
});

describe("threads and boosts carry the rules through", () => {
  it("a PUBLIC reply to a PRIVATE status does not reveal its parent to a non-follower", async () => {
    const author = await signUp(t, "parent");
    const fan = await signUp(t, "fan");
    const stranger = await signUp(t, "stranger");
    await follow(t, fan, author);
    const parent = await post(t, author, "followers only", { visibility: "PRIVATE" });
    const reply = await post(t, fan, "a public answer", { visibility: "PUBLIC", inReplyToId: parent.id });
    await t.app.events.drain();
    const asFan = await t.gql(XThread, { id: reply.id }, fan.token);
    expect(asFan.data?.status?.inReplyTo?.snowflake).toBe(parent.snowflake);
    expect(asFan.data?.status?.context.ancestors.map((s) => s.snowflake)).toEqual([parent.snowflake]);
    for (const viewer of [stranger, null]) {
      const result = await t.gql(XThread, { id: reply.id }, viewer?.token ?? null);
      expect(result.errors).toBeUndefined();
      expect(result.data?.status?.snowflake).toBe(reply.snowflake);
      expect(result.data?.status?.inReplyTo ?? null, "inReplyTo").toBeNull();
      expect(result.data?.status?.context.ancestors, "context.ancestors").toEqual([]);
    }
  });

  it("someone the author blocked does not get a boost of the author's PUBLIC post from a third person", async () => {
    const author = await signUp(t, "origin");
    const booster = await signUp(t, "booster");
    const shunned = await signUp(t, "shunned");
    await follow(t, shunned, booster);
    await t.gql(XBlock, { accountId: shunned.id }, author.token);
    await t.app.events.drain();
    const home = await subscribe(client(shunned), SubscribeHome);
    const original = await post(t, author, "public words", { visibility: "PUBLIC" });
    const boosted = await t.gql(XReblog, { id: original.id }, booster.token);
    expect(boosted.data?.reblog.__typename).toBe("MutationReblogSuccess");
    if (boosted.data?.reblog.__typename !== "MutationReblogSuccess") return;
    const boostId = boosted.data.reblog.data.snowflake;
    await t.app.events.drain();
    expect(await home.quiet(500), "home of the blocked follower of the booster").toBe(true);
    expect((await homeOf(shunned)).homeTimeline.edges).toEqual([]);
    expect(await statusFor(boostId, shunned), "the boost by id").toBeNull();
    const own = await post(t, booster, "my own words", { visibility: "PUBLIC" }); // the subscription is alive
    await t.app.events.drain();
    expect((await home.next()).data?.homeTimeline.statusId).toBe(own.snowflake);
    await home.close();
  });
});

describe("relationships that change while subscribed", () => {
  it("after the author blocks a follower, new PRIVATE (and PUBLIC) posts no longer reach them live", async () => {
    const author = await signUp(t, "blocker");
    const fan = await signUp(t, "fan");
    const other = await signUp(t, "other"); // proves the subscriptions are still alive
    await follow(t, fan, author);
    await follow(t, fan, other);
    const c = client(fan);
    const home = await subscribe(c, SubscribeHome);
    const pub = await subscribe(c, SubscribePublic, {});

    const before = await post(t, author, "before the block", { visibility: "PRIVATE" });
    await t.app.events.drain();
    expect((await home.next()).data?.homeTimeline.statusId).toBe(before.snowflake);
    expect(await pub.quiet(300), "PRIVATE never on the public stream").toBe(true);

    const blocked = await t.gql(XBlock, { accountId: fan.id }, author.token);
    expect(blocked.data?.block.__typename).toBe("MutationBlockSuccess");
    await t.app.events.drain();

    const priv = await post(t, author, "after the block", { visibility: "PRIVATE" });
    const open = await post(t, author, "after the block, public", { visibility: "PUBLIC" });
    await t.app.events.drain();
    expect(await home.quiet(500), "home after the block").toBe(true);
    expect(await pub.quiet(100), "public stream after the block").toBe(true);
    expect(await statusFor(priv.id, fan)).toBeNull();
    expect(await statusFor(open.id, fan)).toBeNull();
    expect(await statusFor(before.id, fan), "older PRIVATE post after the block").toBeNull();
    const feed = (await homeOf(fan)).homeTimeline.edges.map((e) => e.node.snowflake);
    expect(feed).not.toContain(before.snowflake);
    expect(feed).not.toContain(priv.snowflake);

    const alive = await post(t, other, "still here", { visibility: "PUBLIC" });
    await t.app.events.drain();
    expect((await home.next()).data?.homeTimeline.statusId).toBe(alive.snowflake);
    expect((await pub.next()).data?.publicTimeline.statusId).toBe(alive.snowflake);
    await home.close();
    await pub.close();
  });

  it("a muted author's posts no longer reach home (or the public stream) live, nor the home query", async () => {
    const author = await signUp(t, "muted");
    const fan = await signUp(t, "fan");
    const other = await signUp(t, "other");
    await follow(t, fan, author);
    await follow(t, fan, other);
    const c = client(fan);
    const home = await subscribe(c, SubscribeHome);
    const pub = await subscribe(c, SubscribePublic, {});

    const before = await post(t, author, "before the mute", { visibility: "PUBLIC" });
    await t.app.events.drain();
    expect((await home.next()).data?.homeTimeline.statusId).toBe(before.snowflake);
    expect((await pub.next()).data?.publicTimeline.statusId).toBe(before.snowflake);

    const muted = await t.gql(XMute, { accountId: author.id }, fan.token);
    expect(muted.data?.mute.__typename).toBe("MutationMuteSuccess");
    await t.app.events.drain();

    const open = await post(t, author, "after the mute", { visibility: "PUBLIC" });
    const priv = await post(t, author, "after the mute, private", { visibility: "PRIVATE" });
    await t.app.events.drain();
    expect(await home.quiet(500), "home after the mute").toBe(true);
    expect(await pub.quiet(100), "public stream after the mute").toBe(true);
    const feed = (await homeOf(fan)).homeTimeline.edges.map((e) => e.node.snowflake);
    expect(feed).not.toContain(before.snowflake);
    expect(feed).not.toContain(open.snowflake);
    expect(feed).not.toContain(priv.snowflake);
    // A mute hides from timelines only: the statuses are still there by id.
    expect(await statusFor(open.id, fan)).toBe(open.snowflake);
    expect(await statusFor(priv.id, fan)).toBe(priv.snowflake);

    const alive = await post(t, other, "still here", { visibility: "PUBLIC" });
    await t.app.events.drain();
    expect((await home.next()).data?.homeTimeline.statusId).toBe(alive.snowflake);
    expect((await pub.next()).data?.publicTimeline.statusId).toBe(alive.snowflake);
    await home.close();
    await pub.close();
  });
});
