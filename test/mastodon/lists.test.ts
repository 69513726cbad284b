// Lists and followed hashtags through the Mastodon API, with masto.js where it has the
// call: CRUD, members, list timelines (visibility, replies policy, paging), exclusive
// lists, followed hashtags in home, and the list stream. Bad input answers 4xx with
// {"error": ...} and writes nothing.
import { createStreamingAPIClient } from "masto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startListeningApp, type TestApp } from "../support/app.js";
import { mastoPerson, passwordToken, type MastoPerson } from "../support/masto.js";
import type { Person } from "../support/world.js";

let t: TestApp;
let url: string;
beforeAll(async () => ({ t, url } = await startListeningApp()));
afterAll(() => t.close());

type Someone = MastoPerson;
const someone = (name: string) => mastoPerson(t, url, name);
const tokenFor = (person: Person, scope: string) => passwordToken(url, person, scope);

/** A raw request: status, JSON body and headers. */
async function call(method: string, path: string, token: string | null, body?: unknown, type = "application/json") {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { "content-type": type } : {}) },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown>, link: response.headers.get("link") };
}

/** Row counts of the tables these endpoints write. */
async function counts() {
  await t.app.events.drain();
  const { db } = t.app.deps;
  const [lists, members, tags, follows, feed] = await Promise.all([db.list.count(), db.listAccount.count(), db.tag.count(), db.tagFollow.count(), db.homeFeedEntry.count()]);
  return { lists, members, tags, follows, feed };
}

/** Expects a 4xx with a Mastodon error body, and no write. */
async function refused(status: number, run: () => Promise<{ status: number; body: Record<string, unknown> }>) {
  const before = await counts();
  const answer = await run();
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  expect(typeof answer.body.error).toBe("string");
  expect(await counts()).toEqual(before);
}

async function follow(who: Someone, ...whom: Someone[]) {
  for (const other of whom) await who.api.v1.accounts.$select(other.snowflake).follow();
  await t.app.events.drain();
}

const ids = (statuses: { id: string }[]) => statuses.map((s) => s.id);

describe("lists", () => {
  it("creates, shows, updates and deletes lists", async () => {
    const ann = await someone("lann");
    const made = await ann.api.v1.lists.create({ title: "Friends", exclusive: true, repliesPolicy: "followed" } as never);
    expect(made).toEqual({ id: expect.any(String), title: "Friends", repliesPolicy: "followed", exclusive: true });
    const other = await ann.api.v1.lists.create({ title: "  Work  " });
    expect(other).toMatchObject({ title: "Work", repliesPolicy: "list", exclusive: false });
    expect((await ann.api.v1.lists.list()).map((l) => l.title)).toEqual(["Friends", "Work"]);
    expect(await ann.api.v1.lists.$select(made.id).fetch()).toEqual(made);
    const renamed = await ann.api.v1.lists.$select(made.id).update({ title: "Pals", repliesPolicy: "none" } as never);
    expect(renamed).toEqual({ ...made, title: "Pals", repliesPolicy: "none" });
    const form = await call("PUT", `/api/v1/lists/${other.id}`, ann.token, "exclusive=true", "application/x-www-form-urlencoded");
    expect(form.body).toMatchObject({ title: "Work", exclusive: true });
    await ann.api.v1.lists.$select(made.id).remove();
    expect((await ann.api.v1.lists.list()).map((l) => l.id)).toEqual([other.id]);
    expect((await call("GET", `/api/v1/lists/${made.id}`, ann.token)).status).toBe(404);
  });

  it("refuses bad list input and other people's lists, writing nothing", async () => {
    const ben = await someone("lben");
    const eve = await someone("leve");
    const list = await ben.api.v1.lists.create({ title: "Mine" });
    const readOnly = await tokenFor(ben, "read");
    await refused(422, () => call("POST", "/api/v1/lists", ben.token, { title: "  " }));
    await refused(422, () => call("POST", "/api/v1/lists", ben.token, { title: "x".repeat(101) }));
    await refused(422, () => call("POST", "/api/v1/lists", ben.token, { title: "Ok", replies_policy: "everyone" }));
    await refused(401, () => call("POST", "/api/v1/lists", null, { title: "Ok" }));
    await refused(403, () => call("POST", "/api/v1/lists", readOnly, { title: "Ok" }));
    await refused(400, () => call("POST", "/api/v1/lists", ben.token, "{not json"));
    await refused(422, () => call("PUT", `/api/v1/lists/${list.id}`, ben.token, { title: "" }));
    await refused(401, () => call("GET", "/api/v1/lists", null));
    const paths = [`/api/v1/lists/${list.id}`, `/api/v1/lists/${list.id}/accounts`, `/api/v1/timelines/list/${list.id}`];
    for (const [method, path] of [["GET", paths[0]], ["PUT", paths[0]], ["DELETE", paths[0]], ["GET", paths[1]], ["GET", paths[2]]] as const) {
      await refused(404, () => call(method, path!, eve.token, method === "PUT" ? { title: "Mine now" } : undefined));
    }
    await refused(404, () => call("GET", "/api/v1/lists/not-a-list", ben.token));
    expect(await ben.api.v1.lists.$select(list.id).fetch()).toMatchObject({ title: "Mine" });
  });

  it("adds, pages and removes members, and tells which lists an account is in", async () => {
    const cat = await someone("lcat");
    const [dan, fay, gus] = await Promise.all([someone("ldan"), someone("lfay"), someone("lgus")]);
    await follow(cat, dan, fay, gus);
    const list = await cat.api.v1.lists.create({ title: "Three" });
    const second = await cat.api.v1.lists.create({ title: "One" });
    await cat.api.v1.lists.$select(list.id).accounts.create({ accountIds: [dan.snowflake, fay.snowflake] });
    const form = await call("POST", `/api/v1/lists/${list.id}/accounts`, cat.token, `account_ids[]=${gus.snowflake}`, "application/x-www-form-urlencoded");
    expect(form).toMatchObject({ status: 200, body: {} });
    await cat.api.v1.lists.$select(second.id).accounts.create({ accountIds: [dan.snowflake, cat.snowflake] });

    // Members page by account id, newest account first.
    const newestFirst = [gus, fay, dan].map((p) => p.snowflake).sort((a, b) => (BigInt(a) < BigInt(b) ? 1 : -1));
    const first = await call("GET", `/api/v1/lists/${list.id}/accounts?limit=2`, cat.token);
    expect((first.body as unknown as { id: string }[]).map((a) => a.id)).toEqual(newestFirst.slice(0, 2));
    const next = /<([^>]+)>; rel="next"/.exec(first.link ?? "")![1]!;
    const rest = (await (await fetch(next, { headers: { authorization: `Bearer ${cat.token}` } })).json()) as { id: string }[];
    expect(rest.map((a) => a.id)).toEqual(newestFirst.slice(2));
    const everyone = await cat.api.v1.lists.$select(list.id).accounts.list({ limit: 0 } as never);
    expect(everyone.map((a) => a.id)).toEqual(newestFirst);
    expect((await cat.api.v1.accounts.$select(dan.snowflake).lists.list()).map((l) => l.id)).toEqual([list.id, second.id]);
    expect((await cat.api.v1.accounts.$select(gus.snowflake).lists.list()).map((l) => l.id)).toEqual([list.id]);

    await cat.api.v1.lists.$select(list.id).accounts.remove({ accountIds: [dan.snowflake, "999"] });
    expect((await cat.api.v1.lists.$select(list.id).accounts.list()).map((a) => a.id)).toEqual(newestFirst.filter((id) => id !== dan.snowflake));
    // Unfollowing someone takes them off your lists, as on Mastodon.
    await cat.api.v1.accounts.$select(fay.snowflake).unfollow();
    await t.app.events.drain();
    expect((await cat.api.v1.lists.$select(list.id).accounts.list()).map((a) => a.id)).toEqual([gus.snowflake]);
    expect(await cat.api.v1.accounts.$select(fay.snowflake).lists.list()).toEqual([]);
  });

  it("refuses bad members, writing nothing", async () => {
    const hal = await someone("lhal");
    const [ida, jon] = await Promise.all([someone("lida"), someone("ljon")]);
    await follow(hal, ida);
    const list = await hal.api.v1.lists.create({ title: "Members" });
    const path = `/api/v1/lists/${list.id}/accounts`;
    await hal.api.v1.lists.$select(list.id).accounts.create({ accountIds: [ida.snowflake] });
    await refused(422, () => call("POST", path, hal.token, { account_ids: [jon.snowflake] })); // not followed
    await refused(422, () => call("POST", path, hal.token, { account_ids: [ida.snowflake] })); // already there
    await refused(422, () => call("POST", path, hal.token, { account_ids: [] }));
    await refused(404, () => call("POST", path, hal.token, { account_ids: ["123456789012345"] }));
    await refused(404, () => call("POST", path, hal.token, { account_ids: ["not-an-id"] }));
    await refused(404, () => call("POST", path, jon.token, { account_ids: [jon.snowflake] }));
    await refused(404, () => call("DELETE", path, jon.token, { account_ids: [ida.snowflake] }));
    await refused(422, () => call("DELETE", path, hal.token, {}));
    await refused(401, () => call("POST", path, null, { account_ids: [ida.snowflake] }));
    await refused(404, () => call("GET", "/api/v1/accounts/123456789012345/lists", hal.token));
    await refused(401, () => call("GET", `/api/v1/accounts/${ida.snowflake}/lists`, null));
  });
});

describe("list timelines", () => {
  it("shows the members' statuses the owner may see, newest first, replies by policy, with paging", async () => {
    const kim = await someone("tkim");
    const [lou, max, ned, oz] = await Promise.all([someone("tlou"), someone("tmax"), someone("tned"), someone("toz")]);
    await follow(kim, lou, max, ned);
    const list = await kim.api.v1.lists.create({ title: "Timeline" });
    await kim.api.v1.lists.$select(list.id).accounts.create({ accountIds: [lou.snowflake, max.snowflake] });
    const open = await lou.api.v1.statuses.create({ status: "hello list" });
    const followersOnly = await lou.api.v1.statuses.create({ status: "for followers", visibility: "private" });
    await lou.api.v1.statuses.create({ status: `@${oz.name} psst`, visibility: "direct" });
    await ned.api.v1.statuses.create({ status: "not a member" });
    const toMember = await lou.api.v1.statuses.create({ status: "reply to max", inReplyToId: (await max.api.v1.statuses.create({ status: "max here" })).id });
    const toFollowed = await max.api.v1.statuses.create({ status: "reply to ned", inReplyToId: (await ned.api.v1.statuses.create({ status: "ned here" })).id });
    const toStranger = await max.api.v1.statuses.create({ status: "reply to oz", inReplyToId: (await oz.api.v1.statuses.create({ status: "oz here" })).id });
    const boost = await max.api.v1.statuses.$select(open.id).reblog();

    const timeline = () => kim.api.v1.timelines.list.$select(list.id).list({ limit: 40 });
    const all = await timeline();
    const maxHere = all.find((s) => s.content === "<p>max here</p>")!;
    expect(ids(all)).toEqual([boost.id, toMember.id, maxHere.id, followersOnly.id, open.id]);
    expect(all.map((s) => s.id)).not.toContain(toFollowed.id);
    expect(all.map((s) => s.id)).not.toContain(toStranger.id);

    await kim.api.v1.lists.$select(list.id).update({ title: "Timeline", repliesPolicy: "followed" } as never);
    expect(ids(await timeline())).toEqual([boost.id, toFollowed.id, toMember.id, maxHere.id, followersOnly.id, open.id]);
    await kim.api.v1.lists.$select(list.id).update({ title: "Timeline", repliesPolicy: "none" } as never);
    const none = await timeline();
    expect(ids(none)).toEqual([boost.id, maxHere.id, followersOnly.id, open.id]);

    const page = await call("GET", `/api/v1/timelines/list/${list.id}?limit=2`, kim.token);
    expect((page.body as unknown as { id: string }[]).map((s) => s.id)).toEqual(ids(none).slice(0, 2));
    expect(page.link).toContain(`max_id=${none[1]!.id}`);
    const older = await kim.api.v1.timelines.list.$select(list.id).list({ maxId: none[1]!.id, limit: 2 });
    expect(ids(older)).toEqual(ids(none).slice(2, 4));
    const newer = await kim.api.v1.timelines.list.$select(list.id).list({ minId: none[3]!.id, limit: 2 });
    expect(ids(newer)).toEqual(ids(none).slice(1, 3));
    // Someone else's list is not found; the members' followers-only posts stay theirs.
    await refused(404, () => call("GET", `/api/v1/timelines/list/${list.id}`, ned.token));
    await refused(401, () => call("GET", `/api/v1/timelines/list/${list.id}`, null));
  });

  it("keeps exclusive lists' members out of home, and brings them back", async () => {
    const pam = await someone("xpam");
    const [quin, rue] = await Promise.all([someone("xquin"), someone("xrue")]);
    await follow(pam, quin, rue);
    const before = await quin.api.v1.statuses.create({ status: "before the list" });
    await t.app.events.drain();
    const list = await pam.api.v1.lists.create({ title: "Apart", exclusive: true });
    await pam.api.v1.lists.$select(list.id).accounts.create({ accountIds: [quin.snowflake] });
    await t.app.events.drain();
    const during = await quin.api.v1.statuses.create({ status: "in the list only" });
    const other = await rue.api.v1.statuses.create({ status: "still in home" });
    await t.app.events.drain();
    const home = ids(await pam.api.v1.timelines.home.list({ limit: 40 }));
    expect(home).toContain(other.id);
    expect(home).not.toContain(during.id);
    expect(home).not.toContain(before.id);
    expect(ids(await pam.api.v1.timelines.list.$select(list.id).list())).toEqual([during.id, before.id]);

    await pam.api.v1.lists.$select(list.id).update({ title: "Apart", exclusive: false });
    await t.app.events.drain();
    expect(ids(await pam.api.v1.timelines.home.list({ limit: 40 }))).toEqual([other.id, during.id, before.id]);
  });
});

describe("followed hashtags", () => {
  it("follows a hashtag, whose public posts then come home, and unfollows it", async () => {
    const sal = await someone("hsal");
    const tom = await someone("htom");
    const fresh = await sal.api.v1.tags.$select("Lichens").fetch();
    expect(fresh).toMatchObject({ name: "Lichens", history: [], following: false });
    const followed = await sal.api.v1.tags.$select("Lichens").follow();
    expect(followed).toMatchObject({ name: "Lichens", following: true, url: `${url}/tags/lichens` });
    await sal.api.v1.tags.$select("moss").follow();
    expect((await sal.api.v1.followedTags.list()).map((tag) => tag.name)).toEqual(["moss", "Lichens"]);
    expect(await sal.api.v1.tags.$select("LICHENS").fetch()).toMatchObject({ following: true });

    const tagged = await tom.api.v1.statuses.create({ status: "look at these #lichens" });
    const quiet = await tom.api.v1.statuses.create({ status: "unlisted #lichens", visibility: "unlisted" });
    await tom.api.v1.statuses.create({ status: "no tag" });
    await t.app.events.drain();
    expect(ids(await sal.api.v1.timelines.home.list())).toEqual([tagged.id]);
    expect(ids(await sal.api.v1.timelines.home.list())).not.toContain(quiet.id);

    const unfollowed = await sal.api.v1.tags.$select("lichens").unfollow();
    expect(unfollowed).toMatchObject({ following: false });
    await t.app.events.drain();
    expect(await sal.api.v1.timelines.home.list()).toEqual([]);
    expect((await sal.api.v1.followedTags.list()).map((tag) => tag.name)).toEqual(["moss"]);
  });

  it("refuses bad hashtags and missing scopes, writing nothing", async () => {
    const uma = await someone("huma");
    const readOnly = await tokenFor(uma, "read");
    await refused(404, () => call("POST", "/api/v1/tags/not%20a%20tag/follow", uma.token));
    await refused(404, () => call("POST", "/api/v1/tags/1234/follow", uma.token));
    await refused(404, () => call("POST", "/api/v1/tags/neverused/unfollow", uma.token));
    await refused(404, () => call("GET", "/api/v1/tags/bad-name", uma.token));
    await refused(401, () => call("POST", "/api/v1/tags/fine/follow", null));
    await refused(403, () => call("POST", "/api/v1/tags/fine/follow", readOnly));
    await refused(401, () => call("GET", "/api/v1/followed_tags", null));
    await refused(422, () => call("GET", "/api/v1/followed_tags?limit=-1", uma.token));
  });
});

describe("the list stream", () => {
  it("delivers members' updates to the list's owner only", async () => {
    const vic = await someone("svic");
    const wes = await someone("swes");
    const zed = await someone("szed");
    await follow(vic, wes);
    const list = await vic.api.v1.lists.create({ title: "Live" });
    await vic.api.v1.lists.$select(list.id).accounts.create({ accountIds: [wes.snowflake] });
    const streaming = createStreamingAPIClient({ streamingApiUrl: url.replace(/^http/, "ws"), accessToken: vic.token });
    const events: { event: string; stream: string[]; payload: unknown }[] = [];
    const subscription = streaming.list.subscribe({ list: list.id });
    void (async () => {
      for await (const event of subscription) events.push(event as never);
    })();
    // masto subscribes lazily, with no acknowledgement: post until one arrives.
    let seen: (typeof events)[number] | undefined;
    for (let attempt = 0; attempt < 20 && !seen; attempt++) {
      const status = await wes.api.v1.statuses.create({ status: "followers only, live", visibility: "private" });
      await t.app.events.drain();
      await new Promise((resolve) => setTimeout(resolve, 200));
      seen = events.find((e) => e.event === "update" && (e.payload as { id: string }).id === status.id);
    }
    expect(seen?.stream).toEqual(["list", list.id]);
    streaming.close();

    const socket = new WebSocket(`${url.replace(/^http/, "ws")}/api/v1/streaming`, zed.token);
    await new Promise((resolve) => socket.addEventListener("open", resolve));
    const answer = new Promise<string>((resolve) => socket.addEventListener("message", (event) => resolve(String(event.data))));
    socket.send(JSON.stringify({ type: "subscribe", stream: "list", list: list.id }));
    expect(JSON.parse(await answer)).toEqual({ error: "List not found" });
    socket.close();
  });
});
