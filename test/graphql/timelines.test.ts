// Timelines and live events: boosts, edits, deletions, notifications, threads, search,
// hashtags, and a returning user's rebuilt feed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../generated/gql.js";
import { startTestApp, type TestApp } from "../support/app.js";
import {
  HashtagTimeline,
  HomeTimeline,
  Login,
  Logout,
  Notifications,
  StatusById,
  SubscribeHashtag,
  SubscribeHome,
  SubscribeNotifications,
  SubscribePublic,
} from "../support/documents.js";
import { follow, post, signUp, subscribe, wsClient, type Person } from "../support/world.js";
import { trimHomeFeeds } from "../../src/services/timelines/home-feed.js";

const Reblog = graphql(`mutation TLReblog($id: ID!) { reblog(id: $id) { __typename ... on MutationReblogSuccess { data { snowflake } } } }`);
const Edit = graphql(`mutation TLEdit($id: ID!, $text: String!) { editStatus(id: $id, text: $text) { __typename } }`);
const Delete = graphql(`mutation TLDelete($id: ID!) { deleteStatus(id: $id) { __typename } }`);
const Favourite = graphql(`mutation TLFavourite($id: ID!) { favourite(id: $id) { __typename } }`);
const Search = graphql(`
  query TLSearch($q: String!) {
    search(query: $q) { accounts { username } hashtags { name } statuses { snowflake } }
  }
`);

let t: TestApp;
let wsUrl: string;
beforeAll(async () => {
  t = await startTestApp();
  wsUrl = `ws://127.0.0.1:${await t.app.listen()}/graphql`;
});
afterAll(() => t.close());

async function home(who: Person) {
  const result = await t.gql(HomeTimeline, { first: 40 }, who.token);
  expect(result.errors).toBeUndefined();
  return result.data!.homeTimeline.edges.map((e) => e.node);
}

describe("home timeline", () => {
  it("carries boosts once, and live edits and deletions", async () => {
    const alice = await signUp(t, "alice");
    const bob = await signUp(t, "bob");
    const carol = await signUp(t, "carol");
    await follow(t, bob, alice);
    const client = wsClient(wsUrl, bob.token);
    const live = await subscribe(client, SubscribeHome);

    const original = await post(t, carol, "carol writes");
    const boost = await t.gql(Reblog, { id: original.id }, alice.token);
    expect(boost.data?.reblog.__typename).toBe("MutationReblogSuccess");
    const pushed = await live.next();
    expect(pushed.data?.homeTimeline.kind).toBe("UPDATE");
    expect(pushed.data?.homeTimeline.status?.reblog?.snowflake).toBe(original.snowflake);

    // Alice posts, edits, deletes: bob sees each step live.
    const status = await post(t, alice, "first draft");
    expect((await live.next()).data?.homeTimeline).toMatchObject({ kind: "UPDATE", statusId: status.snowflake });
    await t.gql(Edit, { id: status.id, text: "second draft" }, alice.token);
    const edited = await live.next();
    expect(edited.data?.homeTimeline).toMatchObject({ kind: "EDIT", statusId: status.snowflake });
    expect(edited.data?.homeTimeline.status?.content).toBe("<p>second draft</p>");
    // A second edit moments later is not served the first edit's rendering.
    await t.gql(Edit, { id: status.id, text: "third draft" }, alice.token);
    expect((await live.next()).data?.homeTimeline.status?.content).toBe("<p>third draft</p>");
    await t.gql(Delete, { id: status.id }, alice.token);
    expect((await live.next()).data?.homeTimeline).toMatchObject({ kind: "DELETE", statusId: status.snowflake, status: null });
    await t.app.events.drain();
    expect((await home(bob)).map((s) => s.snowflake)).not.toContain(status.snowflake);

    // A second boost of the same original by someone else bob follows is not repeated.
    const dave = await signUp(t, "dave");
    await follow(t, bob, dave);
    await t.gql(Reblog, { id: original.id }, dave.token);
    expect(await live.quiet(400)).toBe(true);
    await live.close();
    await client.dispose();
  });

  it("keeps edit history", async () => {
    const alice = await signUp(t, "historian");
    const status = await post(t, alice, "v1");
    await t.gql(Edit, { id: status.id, text: "v2" }, alice.token);
    await t.gql(Edit, { id: status.id, text: "v3" }, alice.token);
    const result = await t.gql(StatusById, { id: status.id }, alice.token);
    expect(result.data?.status?.content).toBe("<p>v3</p>");
    expect(result.data?.status?.editedAt).not.toBeNull();
    expect(result.data?.status?.edits.map((e) => e.content)).toEqual(["<p>v1</p>", "<p>v2</p>"]);
  });

  it("rebuilds the feed of someone who comes back after a long time", async () => {
    const reader = await signUp(t, "sleeper");
    const writer = await signUp(t, "writer");
    await follow(t, reader, writer);
    // The reader has been away for a month: fan-out skips them.
    await t.app.deps.db.credential.update({
      where: { accountId: BigInt(reader.snowflake) },
      data: { lastActiveAt: new Date(Date.now() - 30 * 86_400_000) },
    });
    const missed = await post(t, writer, "posted while you were away");
    await t.app.events.drain();
    const rows = await t.app.deps.db.homeFeedEntry.count({ where: { accountId: BigInt(reader.snowflake), statusId: BigInt(missed.snowflake) } });
    expect(rows).toBe(0);
    // Coming back (signing in again) rebuilds the feed before the first page is served.
    const back = await t.gql(Login, { email: `${reader.name}@example.org`, password: "correct horse battery" });
    if (back.data?.login.__typename !== "MutationLoginSuccess") throw new Error(JSON.stringify(back));
    const returning = { ...reader, token: back.data.login.data.token };
    expect((await home(returning)).map((s) => s.snowflake)).toEqual([missed.snowflake]);
  });
});

describe("threads", () => {
  it("shows ancestors and descendants in order", async () => {
    const alice = await signUp(t, "threader");
    const root = await post(t, alice, "root");
    const reply = await post(t, alice, "reply", { inReplyToId: root.id });
    const deeper = await post(t, alice, "deeper", { inReplyToId: reply.id });
    const sibling = await post(t, alice, "sibling", { inReplyToId: root.id });
    const result = await t.gql(StatusById, { id: reply.id }, null);
    expect(result.data?.status?.context.ancestors.map((s) => s.snowflake)).toEqual([root.snowflake]);
    expect(result.data?.status?.context.descendants.map((s) => s.snowflake)).toEqual([deeper.snowflake]);
    const top = await t.gql(StatusById, { id: root.id }, null);
    expect(top.data?.status?.repliesCount).toBe(2);
    expect(top.data?.status?.context.descendants.map((s) => s.snowflake)).toEqual([
      reply.snowflake,
      deeper.snowflake,
      sibling.snowflake,
    ]);
  });
});

describe("notifications", () => {
  it("notifies mentions, follows, favourites and boosts, live and by query", async () => {
    const alice = await signUp(t, "noticed");
    const bob = await signUp(t, "noticer");
    const client = wsClient(wsUrl, alice.token);
    const live = await subscribe(client, SubscribeNotifications);

    await follow(t, bob, alice);
    expect((await live.next()).data?.notifications).toMatchObject({ type: "FOLLOW", account: { username: bob.name } });
    const mention = await post(t, bob, `hi @${alice.name}`);
    expect((await live.next()).data?.notifications).toMatchObject({ type: "MENTION", status: { snowflake: mention.snowflake } });
    const mine = await post(t, alice, "like me");
    await t.gql(Favourite, { id: mine.id }, bob.token);
    expect((await live.next()).data?.notifications.type).toBe("FAVOURITE");
    await t.gql(Reblog, { id: mine.id }, bob.token);
    expect((await live.next()).data?.notifications.type).toBe("REBLOG");
    await live.close();
    await client.dispose();

    const listed = await t.gql(Notifications, { first: 10 }, alice.token);
    expect(listed.data?.notifications.edges.map((e) => e.node.type)).toEqual(["REBLOG", "FAVOURITE", "MENTION", "FOLLOW"]);
    expect(listed.data?.unreadNotificationsCount).toBe(4);
    const onlyMentions = await t.gql(Notifications, { first: 10, types: ["MENTION"] }, alice.token);
    expect(onlyMentions.data?.notifications.edges.map((e) => e.node.type)).toEqual(["MENTION"]);
  });
});

describe("public and hashtag timelines", () => {
  it("streams public statuses and hashtags, never unlisted or private ones", async () => {
    const alice = await signUp(t, "streamer");
    const client = wsClient(wsUrl);
    const publicLive = await subscribe(client, SubscribePublic, { local: true });
    const tagLive = await subscribe(client, SubscribeHashtag, { tag: "#Fedigraph" });
    await post(t, alice, "quiet #fedigraph", { visibility: "UNLISTED" });
    await post(t, alice, "secret #fedigraph", { visibility: "PRIVATE" });
    const loud = await post(t, alice, "loud #FediGraph");
    expect((await publicLive.next()).data?.publicTimeline.statusId).toBe(loud.snowflake);
    expect((await tagLive.next()).data?.hashtagTimeline.statusId).toBe(loud.snowflake);
    expect(await publicLive.quiet()).toBe(true);
    expect(await tagLive.quiet()).toBe(true);
    const tagged = await t.gql(HashtagTimeline, { tag: "fedigraph", first: 10 }, null);
    expect(tagged.data?.hashtagTimeline.edges.map((e) => e.node.snowflake)).toEqual([loud.snowflake]);
    await client.dispose();
  });
});

describe("search", () => {
  it("finds accounts, hashtags and statuses the viewer may see", async () => {
    const alice = await signUp(t, "zebra");
    const stranger = await signUp(t, "stranger");
    const visible = await post(t, alice, "the quick brown zebrafox #zebratag");
    await post(t, alice, "a private zebrafox", { visibility: "PRIVATE" });
    const result = await t.gql(Search, { q: "zebrafox" }, stranger.token);
    expect(result.data?.search.statuses.map((s) => s.snowflake)).toEqual([visible.snowflake]);
    const accounts = await t.gql(Search, { q: "@zebra" }, null);
    expect(accounts.data?.search.accounts.map((a) => a.username)).toContain(alice.name);
    const tags = await t.gql(Search, { q: "#zebrat" }, null);
    expect(tags.data?.search.hashtags.map((h) => h.name)).toEqual(["zebratag"]);
    const blank = await t.gql(Search, { q: "   " }, null);
    expect(blank.errors?.[0]?.extensions?.code).toBe("VALIDATION");
  });
});

const LiveFlags = graphql(`
  subscription TLLiveFlags {
    homeTimeline { kind status { snowflake favourited reblog { snowflake favourited } } }
  }
`);
const LivePersonal = graphql(`
  subscription TLLivePersonal {
    homeTimeline { kind status { snowflake text } }
  }
`);

describe("live delivery rendered once for many subscribers", () => {
  it("still gives each subscriber their own flags, and personal fields only to their owner", async () => {
    const author = await signUp(t, "flagauthor");
    const booster = await signUp(t, "flagbooster");
    const fan = await signUp(t, "flagfan");
    const other = await signUp(t, "flagother");
    await follow(t, fan, booster);
    await follow(t, other, booster);
    await follow(t, author, booster);
    const original = await post(t, author, "favourite me");
    await t.gql(Favourite, { id: original.id }, fan.token);

    const clients = [fan, other, author].map((who) => wsClient(wsUrl, who.token));
    const [fanLive, otherLive] = await Promise.all([subscribe(clients[0]!, LiveFlags), subscribe(clients[1]!, LiveFlags)]);
    const authorLive = await subscribe(clients[2]!, LivePersonal);

    await t.gql(Reblog, { id: original.id }, booster.token);
    const [fanGot, otherGot] = await Promise.all([fanLive.next(), otherLive.next()]);
    expect(fanGot.data?.homeTimeline.status?.reblog).toEqual({ snowflake: original.snowflake, favourited: true });
    expect(otherGot.data?.homeTimeline.status?.reblog).toEqual({ snowflake: original.snowflake, favourited: false });
    // (The author's feed already holds the original, so the boost is not repeated there.)
    // The author's subscription asks for `text`, which only they may read: served for them alone.
    const mine = await post(t, author, "my own words");
    const ownPush = await authorLive.next();
    expect(ownPush.errors).toBeUndefined();
    expect(ownPush.data?.homeTimeline.status).toEqual({ snowflake: mine.snowflake, text: "my own words" });
    await Promise.all(clients.map((client) => client.dispose()));
  });
});

describe("feed size", () => {
  it("trims home feeds to their 400 newest entries", async () => {
    const owner = await signUp(t, "hoarder");
    const ownerId = BigInt(owner.snowflake);
    await t.app.deps.db.$executeRaw`
      INSERT INTO home_feed (account_id, status_id, origin_id)
      SELECT ${ownerId}, n, n FROM generate_series(1, 450) AS n`;
    const removed = await trimHomeFeeds(t.app.deps);
    expect(removed).toBeGreaterThanOrEqual(50);
    const kept = await t.app.deps.db.homeFeedEntry.aggregate({
      where: { accountId: ownerId },
      _count: true,
      _min: { statusId: true },
    });
    expect(kept._count).toBe(400);
    expect(kept._min.statusId).toBe(51n);
  });
});

describe("logging out", () => {
  it("closes the live connections opened with that token", async () => {
    const alice = await signUp(t, "leaver");
    const client = wsClient(wsUrl, alice.token);
    const closed = new Promise<number>((resolve) => client.on("closed", (event) => resolve((event as { code: number }).code)));
    await subscribe(client, SubscribeHome);
    const out = await t.gql(Logout, {}, alice.token);
    expect(out.data?.logout.__typename).toBe("MutationLogoutSuccess");
    expect(await closed).toBe(4401);
    await client.dispose();
  });
});
