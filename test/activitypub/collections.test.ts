// An actor's collections as remote servers page through them: outbox (Create and Announce of
// public and unlisted posts only), followers (local and remote), following, featured.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FOLLOWS_PAGE, OUTBOX_PAGE } from "../../src/activitypub/collections.js";
import { newId } from "../../src/core/ids.js";
import { api, get, PUBLIC, type Answer } from "../support/activitypub.js";
import { startTestApp, type TestApp } from "../support/app.js";
import { signUp, type Person } from "../support/world.js";

let t: TestApp;
let alice: Person;
let bob: Person;
const ORIGIN = "http://localhost:3000";

beforeAll(async () => {
  t = await startTestApp();
  [alice, bob] = await Promise.all([signUp(t, "alice"), signUp(t, "bob")]);
});
afterAll(() => t.close());

const post = async (who: Person, body: Record<string, unknown>) => (await api(t, who.token, "POST", "/api/v1/statuses", body)).body;

/** Every page of a collection, following `next` from `first`. */
async function walk(path: string): Promise<{ collection: Answer["body"]; pages: Answer["body"][] }> {
  const collection = (await get(t, path)).body;
  const pages = [];
  let next: string | undefined = collection.first;
  while (next) {
    const page = await get(t, next);
    expect(page.status, next).toBe(200);
    pages.push(page.body);
    next = page.body.next;
    expect(pages.length).toBeLessThan(20);
  }
  return { collection, pages };
}

const items = (pages: Answer["body"][]) => pages.flatMap((page) => page.orderedItems ?? []);

/** `count` people on another server following `whom` (as the inbox stage will store them). */
async function remoteFollowers(whom: Person, count: number) {
  const accounts = Array.from({ length: count }, (_, i) => {
    const username = `reader${i}`;
    const uri = `https://remote.example/users/${username}`;
    return {
      id: newId(), username, domain: "remote.example", handleKey: `${username}@remote.example`, uri,
      inboxUrl: `${uri}/inbox`, sharedInboxUrl: "https://remote.example/inbox",
    };
  });
  await t.app.deps.db.account.createMany({ data: accounts });
  await t.app.deps.db.follow.createMany({
    data: accounts.map((account) => ({ id: newId(), accountId: account.id, targetAccountId: BigInt(whom.snowflake) })),
  });
  await t.app.deps.db.account.update({ where: { id: BigInt(whom.snowflake) }, data: { followersCount: { increment: count } } });
  return accounts.map((account) => account.uri);
}

describe("outbox", () => {
  it("pages through public and unlisted posts (Create) and boosts (Announce), newest first", async () => {
    const created = [];
    for (let i = 0; i < OUTBOX_PAGE + 3; i++) {
      created.push(await post(alice, { status: `post ${i}`, visibility: i % 2 ? "unlisted" : "public" }));
    }
    const hidden = [
      await post(alice, { status: "for followers", visibility: "private" }),
      await post(alice, { status: `@${bob.name} just you`, visibility: "direct" }),
    ];
    const deleted = await post(alice, { status: "regret", visibility: "public" });
    await api(t, alice.token, "DELETE", `/api/v1/statuses/${deleted.id}`);
    const bobs = await post(bob, { status: "boost this", visibility: "public" });
    const boost = (await api(t, alice.token, "POST", `/api/v1/statuses/${bobs.id}/reblog`)).body;
    const bobsPrivate = await post(bob, { status: "followers of bob", visibility: "private" });

    const { collection, pages } = await walk(`/users/${alice.name}/outbox`);
    expect(collection).toMatchObject({
      id: `${ORIGIN}/users/${alice.name}/outbox`,
      type: "OrderedCollection",
      first: `${ORIGIN}/users/${alice.name}/outbox?cursor=first`,
    });
    expect(collection.totalItems).toBeGreaterThanOrEqual(created.length);
    expect(pages).toHaveLength(2);
    expect(pages[0]).toMatchObject({ type: "OrderedCollectionPage", partOf: collection.id });
    expect(pages[0].orderedItems).toHaveLength(OUTBOX_PAGE);
    const all = items(pages);
    expect(all).toHaveLength(created.length + 1);

    // Newest first: the boost, then the posts in reverse order.
    expect(all[0]).toMatchObject({
      type: "Announce",
      id: boost.uri,
      actor: `${ORIGIN}/users/${alice.name}`,
      object: bobs.uri,
      to: [PUBLIC],
      cc: [`${ORIGIN}/users/${alice.name}/followers`, `${ORIGIN}/users/${bob.name}`],
    });
    const creates = all.slice(1);
    expect(creates.map((activity: { object: { id: string } }) => activity.object.id)).toEqual(created.reverse().map((s) => s.uri));
    for (const create of creates) {
      expect(create).toMatchObject({ type: "Create", id: `${create.object.id}/activity`, actor: `${ORIGIN}/users/${alice.name}` });
      expect(create.to).toEqual(create.object.to);
      expect(create.cc).toEqual(create.object.cc);
    }
    const text = JSON.stringify(all);
    for (const status of [...hidden, deleted, bobsPrivate]) expect(text).not.toContain(status.uri);
  });

  it("links pages on the public origin, whatever address the request came in on", async () => {
    const internal = `http://10.1.2.3:8080/users/${alice.name}/outbox`;
    const collection = (await get(t, internal)).body;
    expect(collection.id).toBe(`${ORIGIN}/users/${alice.name}/outbox`);
    expect(collection.first).toBe(`${ORIGIN}/users/${alice.name}/outbox?cursor=first`);
    const page = (await get(t, `${internal}?cursor=first`)).body;
    expect(page.next).toMatch(new RegExp(`^${ORIGIN}/users/${alice.name}/outbox\\?cursor=\\d+$`));
    expect(page.partOf).toBe(`${ORIGIN}/users/${alice.name}/outbox`);
  });

  it("answers 404 for bad cursors and unknown people, an empty collection for someone who never posted", async () => {
    expect((await get(t, `/users/${alice.name}/outbox?cursor=nonsense`)).status).toBe(404);
    expect((await get(t, `/users/${alice.name}/outbox?cursor=-1`)).status).toBe(404);
    expect((await get(t, "/users/nobody/outbox")).status).toBe(404);
    expect((await get(t, "/users/nobody/outbox?cursor=first")).status).toBe(404);
    const quiet = await signUp(t, "quiet");
    const { collection, pages } = await walk(`/users/${quiet.name}/outbox`);
    expect(collection.totalItems).toBe(0);
    expect(items(pages)).toEqual([]);
    expect(pages[0].next).toBeUndefined();
  });
});

describe("followers and following", () => {
  it("pages through followers, local and remote, newest first, with the follower count", async () => {
    const carol = await signUp(t, "carol");
    await api(t, bob.token, "POST", `/api/v1/accounts/${carol.snowflake}/follow`);
    const remote = await remoteFollowers(carol, FOLLOWS_PAGE + 5);
    await api(t, alice.token, "POST", `/api/v1/accounts/${carol.snowflake}/follow`);

    const { collection, pages } = await walk(`/users/${carol.name}/followers`);
    expect(collection).toMatchObject({ type: "OrderedCollection", totalItems: FOLLOWS_PAGE + 7 });
    expect(pages.map((page) => page.orderedItems.length)).toEqual([FOLLOWS_PAGE, 7]);
    expect(items(pages)).toEqual([`${ORIGIN}/users/${alice.name}`, ...[...remote].reverse(), `${ORIGIN}/users/${bob.name}`]);

    const following = await walk(`/users/${bob.name}/following`);
    expect(following.collection.totalItems).toBe(1);
    expect(items(following.pages)).toEqual([`${ORIGIN}/users/${carol.name}`]);
  });

  it("a cursor from one collection is just a position: no one else's followers leak", async () => {
    const lonely = await signUp(t, "lonely");
    const { collection, pages } = await walk(`/users/${lonely.name}/followers`);
    expect(collection.totalItems).toBe(0);
    expect(items(pages)).toEqual([]);
    expect((await get(t, `/users/${lonely.name}/followers?cursor=${"9".repeat(19)}`)).body.orderedItems ?? []).toEqual([]);
    expect((await get(t, "/users/nobody/following")).status).toBe(404);
  });
});

describe("featured", () => {
  it("lists pinned public and unlisted posts as Notes, inline", async () => {
    const pinned = await post(bob, { status: "pinned one", visibility: "public" });
    const quiet = await post(bob, { status: "pinned two", visibility: "unlisted" });
    const secret = await post(bob, { status: "pinned secret", visibility: "private" });
    for (const status of [pinned, quiet, secret]) await api(t, bob.token, "POST", `/api/v1/statuses/${status.id}/pin`);
    const featured = await get(t, `/users/${bob.name}/collections/featured`);
    expect(featured.status).toBe(200);
    expect(featured.body).toMatchObject({ type: "OrderedCollection", totalItems: 2 });
    expect(featured.body.orderedItems.map((note: { id: string; type: string }) => [note.type, note.id])).toEqual([
      ["Note", quiet.uri],
      ["Note", pinned.uri],
    ]);
    expect(featured.text).not.toContain("pinned secret");
  });
});
