// GET /api/v1/notifications/unread_count (through masto.js) and GraphQL's unreadNotificationsCount
// on one real database: both count the unread notifications the list shows, so neither counts
// a suspended sender (until unsuspended), a blocked or blocking one, or one muted with
// notifications; the REST count takes limit (default 100, at most 1000), types[],
// exclude_types[] and account_id as Mastodon does, and refuses bad ones with 4xx JSON.
import { createRestAPIClient, type mastodon } from "masto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "../../src/core/ids.js";
import { person, type Someone } from "../admin/staff.js";
import { caller, refused } from "../support/api.js";
import { startListeningApp, type TestApp } from "../support/app.js";
import { passwordToken } from "../support/masto.js";
import { MMarkNotificationsRead, MNotifications } from "../support/mutation-documents.js";
import { signUp, type Person } from "../support/world.js";

let t: TestApp;
let url: string;
let mod: Someone;
beforeAll(async () => {
  ({ t, url } = await startListeningApp({ API_RATE_LIMIT: "0" }));
  mod = await person(t, url, "urmod", "MODERATOR");
});
afterAll(() => t?.close());

const call = caller(() => url);

/** Someone with a GraphQL token (from sign-up) and a masto.js client on an OAuth token. */
interface User extends Person {
  gqlToken: string;
  api: mastodon.rest.Client;
}

async function someone(name: string): Promise<User> {
  const signed = await signUp(t, name);
  const token = await passwordToken(url, signed);
  return { ...signed, gqlToken: signed.token, token, api: createRestAPIClient({ url, accessToken: token }) };
}

type CountParams = Parameters<mastodon.rest.Client["v1"]["notifications"]["unreadCount"]["fetch"]>[0];

/** The REST count for `params`. */
async function restCount(who: User, params?: CountParams): Promise<number> {
  await t.app.events.drain();
  const answer = await who.api.v1.notifications.unreadCount.fetch(params);
  expect(Object.keys(answer)).toEqual(["count"]);
  return answer.count;
}

/**
 * The unread count as REST and GraphQL give it, checked against each other and against the
 * unread notifications both lists show.
 */
async function unread(who: User): Promise<number> {
  const rest = await restCount(who);
  const gql = await t.gql(MNotifications, { first: 100 }, who.gqlToken);
  expect(gql.errors).toBeUndefined();
  const listed = gql.data!.notifications.edges.filter((e) => !e.node.read).length;
  expect(gql.data!.unreadNotificationsCount).toBe(rest);
  expect(listed).toBe(rest);
  return rest;
}

/** `who` is followed by `by` (a follow notification). */
async function followedBy(who: User, by: User) {
  await by.api.v1.accounts.$select(who.snowflake).follow();
}

describe("GET /api/v1/notifications/unread_count and unreadNotificationsCount", () => {
  it("stop counting a suspended sender's notifications, and count them again after unsuspension", async () => {
    const alice = await someone("uralice");
    const bob = await someone("urbob");
    const carol = await someone("urcarol");
    await followedBy(alice, bob);
    await bob.api.v1.statuses.create({ status: `@${alice.name} hello` });
    await followedBy(alice, carol);
    expect(await unread(alice)).toBe(3);

    await mod.api.v1.admin.accounts.$select(bob.snowflake).action.create({ type: "suspend" });
    expect(await unread(alice)).toBe(1);
    expect((await alice.api.v1.notifications.list()).map((n) => n.account.id)).toEqual([carol.snowflake]);
    // Left out, not deleted: they come back.
    expect(await t.app.deps.db.notification.count({ where: { accountId: BigInt(alice.snowflake), fromAccountId: BigInt(bob.snowflake) } })).toBe(2);

    await mod.api.v1.admin.accounts.$select(bob.snowflake).unsuspend();
    expect(await unread(alice)).toBe(3);
    expect(await restCount(alice, { types: ["mention"] })).toBe(1);
  });

  it("leave out senders blocked either way and muted with notifications, but not a mute that lets notifications through", async () => {
    const alice = await someone("uralice");
    const [dave, erin, frank, gus, hal] = await Promise.all(["urdave", "urerin", "urfrank", "urgus", "urhal"].map(someone));
    for (const sender of [dave, erin, frank, gus, hal]) await followedBy(alice, sender!);
    expect(await unread(alice)).toBe(5);

    await alice.api.v1.accounts.$select(dave!.snowflake).block();
    expect(await unread(alice)).toBe(4);
    await erin!.api.v1.accounts.$select(alice.snowflake).block();
    expect(await unread(alice)).toBe(3);
    await alice.api.v1.accounts.$select(frank!.snowflake).mute();
    expect(await unread(alice)).toBe(2);
    await alice.api.v1.accounts.$select(gus!.snowflake).mute({ notifications: false });
    expect(await unread(alice)).toBe(2);
    expect(await restCount(alice, { accountId: gus!.snowflake })).toBe(1);
    expect(await restCount(alice, { accountId: dave!.snowflake })).toBe(0);
    expect((await alice.api.v1.notifications.list()).map((n) => n.account.id).sort()).toEqual([gus!.snowflake, hal!.snowflake].sort());

    // Lifted, they count again.
    await alice.api.v1.accounts.$select(dave!.snowflake).unblock();
    await erin!.api.v1.accounts.$select(alice.snowflake).unblock();
    await alice.api.v1.accounts.$select(frank!.snowflake).unmute();
    expect(await unread(alice)).toBe(5);
  });

  it("counts a sender whose mute has expired", async () => {
    const rita = await someone("urrita");
    const sam = await someone("ursam");
    await followedBy(rita, sam);
    await t.app.deps.db.mute.create({
      data: { id: newId(), accountId: BigInt(rita.snowflake), targetAccountId: BigInt(sam.snowflake), hideNotifications: true, expiresAt: new Date(Date.now() - 60_000) },
    });
    expect(await unread(rita)).toBe(1);
  });

  it("filters by types[] and exclude_types[] as the list does, and counts only what is not marked read", async () => {
    const alice = await someone("uralice");
    const bob = await someone("urbob");
    await followedBy(alice, bob);
    await bob.api.v1.statuses.create({ status: `@${alice.name} one` });
    const mine = await alice.api.v1.statuses.create({ status: "like this" });
    await t.app.events.drain();
    await bob.api.v1.statuses.$select(mine.id).favourite();
    expect(await unread(alice)).toBe(3);

    const cases: { types?: mastodon.v1.NotificationType[]; excludeTypes?: mastodon.v1.NotificationType[] }[] = [
      { types: ["mention"] },
      { types: ["mention", "favourite"] },
      { excludeTypes: ["follow"] },
      { types: ["mention", "follow"], excludeTypes: ["follow"] },
      { types: ["reblog"] },
    ];
    const expected = [1, 2, 2, 1, 0];
    for (const [i, filter] of cases.entries()) {
      const count = await restCount(alice, filter);
      expect(count, JSON.stringify(filter)).toBe(expected[i]);
      expect((await alice.api.v1.notifications.list(filter)).length, JSON.stringify(filter)).toBe(count);
    }

    // Marked read in GraphQL: the REST count drops with the GraphQL one.
    const [newest, , oldest] = (await alice.api.v1.notifications.list()).map((n) => n.id);
    const marked = await t.gql(MMarkNotificationsRead, { upToId: oldest }, alice.gqlToken);
    expect(marked.data?.markNotificationsRead).toMatchObject({ data: 1 });
    expect(await unread(alice)).toBe(2);
    expect(await restCount(alice, { types: ["follow"] })).toBe(0);
    // The notifications marker a Mastodon app saves counts as read too.
    const middle = (await alice.api.v1.notifications.list()).map((n) => n.id)[1]!;
    await alice.api.v1.markers.create({ notifications: { lastReadId: middle } });
    expect(await unread(alice)).toBe(1);
    await t.gql(MMarkNotificationsRead, { upToId: newest }, alice.gqlToken);
    expect(await unread(alice)).toBe(0);
  });

  it("counts at most limit: 100 unless asked, never more than 1000", async () => {
    const zoe = await someone("urzoe");
    const yan = await someone("uryan");
    await t.app.deps.db.notification.createMany({
      data: Array.from({ length: 1005 }, () => ({ id: newId(), accountId: BigInt(zoe.snowflake), fromAccountId: BigInt(yan.snowflake), type: "FOLLOW" as const })),
    });
    expect(await restCount(zoe)).toBe(100);
    expect(await restCount(zoe, { limit: 3 })).toBe(3);
    expect(await restCount(zoe, { limit: 1000 })).toBe(1000);
    expect(await restCount(zoe, { limit: 5000 })).toBe(1000);
    const gql = await t.gql(MNotifications, { first: 1 }, zoe.gqlToken);
    expect(gql.data?.unreadNotificationsCount).toBe(1005);
    // Capped after the rules: a suspended sender's notifications do not fill the cap.
    await mod.api.v1.admin.accounts.$select(yan.snowflake).action.create({ type: "suspend" });
    expect(await restCount(zoe, { limit: 1000 })).toBe(0);
    await mod.api.v1.admin.accounts.$select(yan.snowflake).unsuspend();
  });

  it("refuses anonymous callers, tokens without read:notifications and bad parameters, with JSON errors", async () => {
    const ivy = await someone("urivy");
    const path = "/api/v1/notifications/unread_count";
    await refused(t, 401, () => call("GET", path, null), /access token is invalid/);
    await refused(t, 401, () => call("GET", path, "not-a-token"), /access token is invalid/);
    const statusesOnly = await passwordToken(url, ivy, "read:statuses");
    await refused(t, 403, () => call("GET", path, statusesOnly), /scopes/);
    const notificationsOnly = await passwordToken(url, ivy, "read:notifications");
    expect(await call("GET", path, notificationsOnly)).toMatchObject({ status: 200, body: { count: 0 } });
    for (const limit of ["0", "-3", "1.5", "many"]) {
      await refused(t, 422, () => call("GET", `${path}?limit=${limit}`, ivy.token), /limit/);
    }
    await refused(t, 422, () => call("GET", `${path}?account_id=nobody`, ivy.token), /account_id/);
    // Anonymous is refused before the parameters are looked at.
    await refused(t, 401, () => call("GET", `${path}?limit=0`, null));
  });
});
