// More of the Mastodon API through masto.js: notifications, favourites, bookmarks,
// sign-up, profile, blocks, mutes, follow requests, follower lists.
import { createRestAPIClient, type mastodon } from "masto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../support/app.js";
import { freePort } from "../support/server-process.js";
import { signUp, type Person } from "../support/world.js";

let t: TestApp;
let url: string;
beforeAll(async () => {
  const port = await freePort();
  t = await startTestApp({ PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}` });
  url = `http://127.0.0.1:${await t.app.listen()}`;
});
afterAll(() => t.close());

async function app() {
  return createRestAPIClient({ url }).v1.apps.create({ clientName: "endpoints", redirectUris: "urn:ietf:wg:oauth:2.0:oob", scopes: "read write follow" });
}

async function token(body: Record<string, string>) {
  const response = await fetch(`${url}/oauth/token`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return (await response.json()) as { access_token: string };
}

async function client(person: Person): Promise<mastodon.rest.Client> {
  const registered = await app();
  const { access_token } = await token({
    grant_type: "password", client_id: registered.clientId!, client_secret: registered.clientSecret!,
    username: `${person.name}@example.org`, password: "correct horse battery",
  });
  return createRestAPIClient({ url, accessToken: access_token });
}

describe("notifications, favourites, bookmarks", () => {
  it("lists, filters, fetches, dismisses and clears notifications", async () => {
    const alice = await signUp(t, "notealice");
    const bob = await signUp(t, "notebob");
    const [aliceApi, bobApi] = await Promise.all([client(alice), client(bob)]);
    await bobApi.v1.accounts.$select(alice.snowflake).follow();
    const mention = await bobApi.v1.statuses.create({ status: `hey @${alice.name}` });
    const mine = await aliceApi.v1.statuses.create({ status: "like this" });
    await bobApi.v1.statuses.$select(mine.id).favourite();
    await t.app.events.drain();

    const all = await aliceApi.v1.notifications.list();
    expect(all.map((n) => n.type)).toEqual(["favourite", "mention", "follow"]);
    expect(all[1]!.status?.id).toBe(mention.id);
    const mentions = await aliceApi.v1.notifications.list({ types: ["mention"] });
    expect(mentions.map((n) => n.type)).toEqual(["mention"]);
    const notFollows = await aliceApi.v1.notifications.list({ excludeTypes: ["follow"] });
    expect(notFollows.map((n) => n.type)).toEqual(["favourite", "mention"]);
    expect((await aliceApi.v1.notifications.$select(all[0]!.id).fetch()).type).toBe("favourite");
    await aliceApi.v1.notifications.$select(all[0]!.id).dismiss();
    expect((await aliceApi.v1.notifications.list()).map((n) => n.type)).toEqual(["mention", "follow"]);
    await aliceApi.v1.notifications.clear();
    expect(await aliceApi.v1.notifications.list()).toEqual([]);
    // Someone else's notification is not found.
    await expect(bobApi.v1.notifications.$select(all[1]!.id).fetch()).rejects.toThrow();
  });

  it("lists favourites and bookmarks, newest first", async () => {
    const carol = await signUp(t, "favcarol");
    const api = await client(carol);
    const a = await api.v1.statuses.create({ status: "a" });
    const b = await api.v1.statuses.create({ status: "b" });
    await api.v1.statuses.$select(a.id).favourite();
    await api.v1.statuses.$select(b.id).favourite();
    await api.v1.statuses.$select(a.id).bookmark();
    expect((await api.v1.favourites.list()).map((s) => s.id)).toEqual([b.id, a.id]);
    expect((await api.v1.bookmarks.list()).map((s) => s.id)).toEqual([a.id]);
    expect(await api.v1.preferences.fetch()).toMatchObject({ "posting:default:visibility": "public" });
  });
});

describe("accounts and relationships", () => {
  it("signs up with an app token, and refuses bad sign-ups", async () => {
    const registered = await app();
    const { access_token: appToken } = await token({ grant_type: "client_credentials", client_id: registered.clientId!, client_secret: registered.clientSecret! });
    const signed = await createRestAPIClient({ url, accessToken: appToken }).v1.accounts.create({
      username: "newcomer", email: "newcomer@example.org", password: "a long enough password", agreement: true, locale: "en",
    });
    const me = await createRestAPIClient({ url, accessToken: signed.accessToken }).v1.accounts.verifyCredentials();
    expect(me.username).toBe("newcomer");
    const before = await t.app.deps.db.account.count();
    const taken = await fetch(`${url}/api/v1/accounts`, {
      method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${appToken}` },
      body: JSON.stringify({ username: "Newcomer", email: "other@example.org", password: "a long enough password", agreement: true }),
    });
    expect(taken.status).toBe(422);
    const noApp = await fetch(`${url}/api/v1/accounts`, {
      method: "POST", headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "nobody", email: "nobody@example.org", password: "a long enough password" }),
    });
    expect(noApp.status).toBe(401);
    expect(await t.app.deps.db.account.count()).toBe(before);
  });

  it("updates the profile, with fields", async () => {
    const dave = await signUp(t, "profiledave");
    const api = await client(dave);
    const updated = await api.v1.accounts.updateCredentials({
      displayName: "Dave", note: "I write #code", locked: true,
      fieldsAttributes: [{ name: "Site", value: "https://dave.example" }],
    });
    expect(updated).toMatchObject({ displayName: "Dave", locked: true });
    expect(updated.fields[0]).toMatchObject({ name: "Site" });
    expect(updated.fields[0]!.value).toContain('href="https://dave.example"');
    await expect(api.v1.accounts.updateCredentials({ displayName: "x".repeat(31) })).rejects.toThrow(/too long/);
  });

  it("blocks, mutes, answers follow requests and lists followers", async () => {
    const erin = await signUp(t, "relerin");
    const frank = await signUp(t, "relfrank");
    const [erinApi, frankApi] = await Promise.all([client(erin), client(frank)]);
    await erinApi.v1.accounts.updateCredentials({ locked: true });
    const asked = await frankApi.v1.accounts.$select(erin.snowflake).follow();
    expect(asked).toMatchObject({ following: false, requested: true });
    const requests = await erinApi.v1.followRequests.list();
    expect(requests.map((a) => a.id)).toEqual([frank.snowflake]);
    const accepted = await erinApi.v1.followRequests.$select(frank.snowflake).authorize();
    expect(accepted.followedBy).toBe(true);
    expect((await erinApi.v1.accounts.$select(erin.snowflake).followers.list()).map((a) => a.id)).toEqual([frank.snowflake]);
    expect((await frankApi.v1.accounts.$select(frank.snowflake).following.list()).map((a) => a.id)).toEqual([erin.snowflake]);

    const muted = await erinApi.v1.accounts.$select(frank.snowflake).mute({ notifications: false });
    expect(muted).toMatchObject({ muting: true, mutingNotifications: false });
    expect((await erinApi.v1.accounts.$select(frank.snowflake).unmute()).muting).toBe(false);
    const blocked = await erinApi.v1.accounts.$select(frank.snowflake).block();
    expect(blocked).toMatchObject({ blocking: true, followedBy: false });
    expect((await erinApi.v1.accounts.$select(frank.snowflake).unblock()).blocking).toBe(false);
    await expect(erinApi.v1.followRequests.$select("999").authorize()).rejects.toThrow();
  });
});

describe("statuses, more", () => {
  it("edits with history and source, pins, lists who boosted and favourited, and searches", async () => {
    const gina = await signUp(t, "moregina");
    const hank = await signUp(t, "morehank");
    const [ginaApi, hankApi] = await Promise.all([client(gina), client(hank)]);
    const status = await ginaApi.v1.statuses.create({ status: "first words about zebracorn" });
    const edited = await ginaApi.v1.statuses.$select(status.id).update({ status: "second words about zebracorn" });
    expect(edited.editedAt).not.toBeNull();
    expect((await ginaApi.v1.statuses.$select(status.id).history.list()).map((v) => v.content)).toEqual([
      "<p>first words about zebracorn</p>",
      "<p>second words about zebracorn</p>",
    ]);
    expect(await ginaApi.v1.statuses.$select(status.id).source.fetch()).toMatchObject({ text: "second words about zebracorn" });
    await expect(hankApi.v1.statuses.$select(status.id).source.fetch()).rejects.toThrow();
    await expect(hankApi.v1.statuses.$select(status.id).update({ status: "hijack" })).rejects.toThrow();

    expect((await ginaApi.v1.statuses.$select(status.id).pin()).pinned).toBe(true);
    await hankApi.v1.statuses.$select(status.id).favourite();
    await hankApi.v1.statuses.$select(status.id).reblog();
    expect((await ginaApi.v1.statuses.$select(status.id).favouritedBy.list()).map((a) => a.id)).toEqual([hank.snowflake]);
    expect((await ginaApi.v1.statuses.$select(status.id).rebloggedBy.list()).map((a) => a.id)).toEqual([hank.snowflake]);

    const found = await hankApi.v2.search.list({ q: "zebracorn" });
    expect(found.statuses.map((s) => s.id)).toEqual([status.id]);
    const people = await hankApi.v2.search.list({ q: `@${gina.name}`, type: "accounts" });
    expect(people.accounts.map((a) => a.id)).toEqual([gina.snowflake]);
    const blank = await fetch(`${url}/api/v2/search?q=`);
    expect(blank.status).toBe(422);
  });
});

describe("markers, block and mute lists, account search", () => {
  it("saves markers with versions, lists blocks and mutes, finds accounts", async () => {
    const ivy = await signUp(t, "markivy");
    const jay = await signUp(t, "markjay");
    const api = await client(ivy);
    expect(await api.v1.markers.fetch()).toEqual({});
    const saved = await api.v1.markers.create({ home: { lastReadId: "123" }, notifications: { lastReadId: "45" } });
    expect(saved.home).toMatchObject({ lastReadId: "123", version: 1 });
    const again = await api.v1.markers.create({ home: { lastReadId: "124" } });
    expect(again.home).toMatchObject({ lastReadId: "124", version: 2 });
    expect((await api.v1.markers.fetch({ timeline: ["notifications"] })).notifications?.lastReadId).toBe("45");
    const bad = await fetch(`${url}/api/v1/markers`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: (await fetchToken(ivy)) },
      body: JSON.stringify({ home: { last_read_id: "not-an-id" } }),
    });
    expect(bad.status).toBe(422);

    await api.v1.accounts.$select(jay.snowflake).block();
    expect((await api.v1.blocks.list()).map((a) => a.id)).toEqual([jay.snowflake]);
    await api.v1.accounts.$select(jay.snowflake).mute();
    expect((await api.v1.mutes.list()).map((a) => a.id)).toEqual([jay.snowflake]);
    expect((await api.v1.accounts.search.list({ q: jay.name })).map((a) => a.id)).toEqual([jay.snowflake]);
    expect(await api.v1.lists.list()).toEqual([]);
  });
});

async function fetchToken(person: Person) {
  const registered = await app();
  const { access_token } = await token({
    grant_type: "password", client_id: registered.clientId!, client_secret: registered.clientSecret!,
    username: `${person.name}@example.org`, password: "correct horse battery",
  });
  return `Bearer ${access_token}`;
}

describe("conversations", () => {
  it("groups direct messages by thread, for the people in them only", async () => {
    const mia = await signUp(t, "dmmia");
    const ned = await signUp(t, "dmned");
    const oli = await signUp(t, "dmoli");
    const [miaApi, nedApi, oliApi] = await Promise.all([client(mia), client(ned), client(oli)]);
    const first = await miaApi.v1.statuses.create({ status: `@${ned.name} psst`, visibility: "direct" });
    const reply = await nedApi.v1.statuses.create({ status: `@${mia.name} what?`, visibility: "direct", inReplyToId: first.id });
    await miaApi.v1.statuses.create({ status: "everyone can see this" });
    const mine = await miaApi.v1.conversations.list();
    expect(mine).toHaveLength(1);
    expect(mine[0]!.lastStatus?.id).toBe(reply.id);
    expect(mine[0]!.accounts.map((a) => a.id)).toEqual([ned.snowflake]);
    expect((await nedApi.v1.conversations.list()).map((c) => c.lastStatus?.id)).toEqual([reply.id]);
    expect(await oliApi.v1.conversations.list()).toEqual([]);
  });

  it("marks conversations unread, read and hidden, and mutes them", async () => {
    const pia = await signUp(t, "dmpia");
    const quin = await signUp(t, "dmquin");
    const [piaApi, quinApi] = await Promise.all([client(pia), client(quin)]);
    const first = await piaApi.v1.statuses.create({ status: `@${quin.name} hello`, visibility: "direct" });
    await t.app.events.drain();
    // Pia wrote it: read for her, unread for Quin.
    expect((await piaApi.v1.conversations.list()).map((c) => c.unread)).toEqual([false]);
    const [theirs] = await quinApi.v1.conversations.list();
    expect(theirs).toMatchObject({ unread: true });
    expect(await quinApi.v1.conversations.$select(theirs!.id).read()).toMatchObject({ id: theirs!.id, unread: false });
    expect((await quinApi.v1.conversations.list())[0]!.unread).toBe(false);

    // Hidden until someone writes again.
    await quinApi.v1.conversations.$select(theirs!.id).remove();
    expect(await quinApi.v1.conversations.list()).toEqual([]);
    const again = await piaApi.v1.statuses.create({ status: `@${quin.name} still there?`, visibility: "direct", inReplyToId: first.id });
    expect((await quinApi.v1.conversations.list()).map((c) => [c.lastStatus?.id, c.unread])).toEqual([[again.id, true]]);

    // Someone else's conversation is not found, and nothing is written.
    const oli = await signUp(t, "dmoli2");
    const oliApi = await client(oli);
    const states = await t.app.deps.db.threadState.count();
    await expect(oliApi.v1.conversations.$select(theirs!.id).read()).rejects.toThrow(/not found/i);
    await expect(oliApi.v1.conversations.$select(theirs!.id).remove()).rejects.toThrow(/not found/i);
    expect(await t.app.deps.db.threadState.count()).toBe(states);

    // Muting the conversation: the status says so, and replies in it notify no more.
    const muted = await piaApi.v1.statuses.$select(first.id).mute();
    expect(muted.muted).toBe(true);
    expect((await piaApi.v1.statuses.$select(again.id).fetch()).muted).toBe(true);
    const before = (await piaApi.v1.notifications.list()).length;
    await quinApi.v1.statuses.create({ status: `@${pia.name} hey`, visibility: "direct", inReplyToId: again.id });
    await t.app.events.drain();
    expect((await piaApi.v1.notifications.list()).length).toBe(before);
    expect((await piaApi.v1.statuses.$select(first.id).unmute()).muted).toBe(false);
    await quinApi.v1.statuses.create({ status: `@${pia.name} hey again`, visibility: "direct", inReplyToId: again.id });
    await t.app.events.drain();
    expect((await piaApi.v1.notifications.list()).length).toBe(before + 1);
    // A status one may not see cannot be muted.
    const secret = await quinApi.v1.statuses.create({ status: "just me", visibility: "direct" });
    await expect(piaApi.v1.statuses.$select(secret.id).mute()).rejects.toThrow(/not found/i);
  });
});
