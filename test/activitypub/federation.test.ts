// Two Fedigraph instances in this process, federating over loopback (PUBLIC_URL on
// 127.0.0.1, ALLOW_PRIVATE_NETWORK=true, a database each): search with resolve=true finds a
// person on the other server, follows (and a locked account's approval) cross over as
// Follow/Accept/Undo, a public post reaches a follower's home timeline and its deletion
// removes it. Everything goes through the Mastodon API; deliveries go through the durable queue.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api } from "../support/activitypub.js";
import { startFederatingPair, type TestApp } from "../support/app.js";
import { signUp, type Person } from "../support/world.js";
import { eventually } from "../support/eventually.js";

let a: TestApp;
let b: TestApp;
let hostB: string;
let alice: Person;
let bob: Person;

beforeAll(async () => {
  [a, b] = await startFederatingPair();
  hostB = new URL(b.app.config.publicUrl).host;
  alice = await signUp(a, "alice");
  bob = await signUp(b, "bob");
});
afterAll(() => Promise.all([a?.close(), b?.close()]));

/** `who` on `t` finds user@host through search with resolve=true; returns the account there. */
async function resolve(t: TestApp, who: Person, handle: string) {
  const found = await api(t, who.token, "GET", `/api/v2/search?resolve=true&type=accounts&q=${encodeURIComponent(handle)}`);
  expect(found.body.accounts, handle).toHaveLength(1);
  return found.body.accounts[0];
}

const account = async (t: TestApp, who: Person, id: string) => (await api(t, who.token, "GET", `/api/v1/accounts/${id}`)).body;
const home = async (t: TestApp, who: Person) => (await api(t, who.token, "GET", "/api/v1/timelines/home")).body as { id: string; uri: string; content: string; reblog: { uri: string } | null }[];

describe("two servers", () => {
  it("resolve, follow, post, delete, unfollow", async () => {
    const remoteBob = await resolve(a, alice, `${bob.name}@${hostB}`);
    expect(remoteBob.acct).toBe(`${bob.name}@${hostB}`);
    expect(remoteBob.url).toContain(hostB);
    await home(a, alice); // keeps alice's home feed warm

    await api(a, alice.token, "POST", `/api/v1/accounts/${remoteBob.id}/follow`);
    // B: bob has a follower, alice as a remote account there.
    await eventually(async () => (await account(b, bob, bob.snowflake)).followers_count === 1, "the follow on B");
    const followers = (await api(b, bob.token, "GET", `/api/v1/accounts/${bob.snowflake}/followers`)).body;
    expect(followers.map((f: { acct: string }) => f.acct)).toEqual([`${alice.name}@${new URL(a.app.config.publicUrl).host}`]);
    // A: the Follow was accepted (the follow stays; B's Accept names our Follow).
    const relationship = (await api(a, alice.token, "GET", `/api/v1/accounts/relationships?id[]=${remoteBob.id}`)).body[0];
    expect(relationship.following).toBe(true);

    // B posts publicly; it reaches alice's home timeline on A.
    const posted = (await api(b, bob.token, "POST", "/api/v1/statuses", { status: "Hello from B #federation", visibility: "public" })).body;
    const seen = await eventually(async () => (await home(a, alice)).find((s) => s.uri === posted.uri), "the post on A");
    expect(seen.content).toContain("Hello from B");
    const stored = await a.app.deps.db.status.findUniqueOrThrow({ where: { uri: posted.uri }, include: { tags: { include: { tag: true } } } });
    expect(stored.local).toBe(false);
    expect(stored.visibility).toBe("PUBLIC");
    expect(stored.tags.map((t) => t.tag.name)).toEqual(["federation"]);
    // Its id comes from its published time, so it sorts with local statuses.
    expect(Math.abs(Number(stored.id >> 16n) - Date.parse(posted.created_at))).toBeLessThan(1000);

    // bob edits it: the new text reaches A, the old one is kept as a version there.
    await api(b, bob.token, "PUT", `/api/v1/statuses/${posted.id}`, { status: "Hello from B, edited #federation" });
    await eventually(async () => (await home(a, alice)).find((s) => s.uri === posted.uri)?.content.includes("edited"), "the edit on A");
    expect(await a.app.deps.db.statusEdit.count({ where: { statusId: stored.id } })).toBe(1);

    // alice favourites it on A: B counts it and tells bob; taking it back is counted too.
    await api(a, alice.token, "POST", `/api/v1/statuses/${seen.id}/favourite`);
    const favourites = async () => (await api(b, bob.token, "GET", `/api/v1/statuses/${posted.id}`)).body.favourites_count;
    await eventually(async () => (await favourites()) === 1, "the Like on B");
    // The notification is written by B's event handlers, just after the favourite's commit.
    await b.app.events.drain();
    const notes = (await api(b, bob.token, "GET", "/api/v1/notifications?types[]=favourite")).body as { type: string; account: { acct: string } }[];
    expect(notes.map((n) => n.account.acct)).toContain(`${alice.name}@${new URL(a.app.config.publicUrl).host}`);
    await api(a, alice.token, "POST", `/api/v1/statuses/${seen.id}/unfavourite`);
    await eventually(async () => (await favourites()) === 0, "the Undo Like on B");

    // alice boosts it: B counts the Announce, and its Undo.
    await api(a, alice.token, "POST", `/api/v1/statuses/${seen.id}/reblog`);
    const reblogs = async () => (await api(b, bob.token, "GET", `/api/v1/statuses/${posted.id}`)).body.reblogs_count;
    await eventually(async () => (await reblogs()) === 1, "the Announce on B");
    await api(a, alice.token, "POST", `/api/v1/statuses/${seen.id}/unreblog`);
    await eventually(async () => (await reblogs()) === 0, "the Undo Announce on B");

    // bob boosts someone else's post on B: alice sees the boost (its post fetched), until he takes it back.
    const ivy = await signUp(b, "ivy");
    const ivys = (await api(b, ivy.token, "POST", "/api/v1/statuses", { status: "boost me", visibility: "public" })).body;
    await api(b, bob.token, "POST", `/api/v1/statuses/${ivys.id}/reblog`);
    const boost = await eventually(async () => (await home(a, alice)).find((s) => s.reblog?.uri === ivys.uri), "the boost on A");
    expect(boost.reblog).toMatchObject({ uri: ivys.uri });
    await api(b, bob.token, "POST", `/api/v1/statuses/${ivys.id}/unreblog`);
    await eventually(async () => !(await home(a, alice)).some((s) => s.reblog?.uri === ivys.uri), "the unboost on A");

    // Followers-only reaches the follower too (and is stored as such); a direct message to no one there does not travel.
    const direct = (await api(b, bob.token, "POST", "/api/v1/statuses", { status: "just me", visibility: "direct" })).body;
    const priv = (await api(b, bob.token, "POST", "/api/v1/statuses", { status: "for my followers", visibility: "private" })).body;
    await eventually(async () => (await home(a, alice)).some((s) => s.uri === priv.uri), "the followers-only post on A");
    expect((await a.app.deps.db.status.findUniqueOrThrow({ where: { uri: priv.uri } })).visibility).toBe("PRIVATE");
    expect(await a.app.deps.db.status.findUnique({ where: { uri: direct.uri } })).toBeNull();

    // B deletes it; it goes from A.
    await api(b, bob.token, "DELETE", `/api/v1/statuses/${posted.id}`);
    await eventually(async () => !(await home(a, alice)).some((s) => s.uri === posted.uri), "the deletion on A");
    expect((await a.app.deps.db.status.findUniqueOrThrow({ where: { uri: posted.uri } })).deletedAt).not.toBeNull();

    // alice mentions bob in a direct message: it reaches him on B, as a mention.
    const dm = (await api(a, alice.token, "POST", "/api/v1/statuses", { status: `@${bob.name}@${hostB} psst`, visibility: "direct" })).body;
    expect(dm.mentions.map((m: { acct: string }) => m.acct)).toEqual([`${bob.name}@${hostB}`]);
    const notified = await eventually(async () => {
      const list = (await api(b, bob.token, "GET", "/api/v1/notifications")).body as { type: string; status?: { uri: string; visibility: string } }[];
      return list.find((n) => n.type === "mention" && n.status?.uri === dm.uri);
    }, "the mention on B");
    expect(notified.status!.visibility).toBe("direct");

    // alice unfollows; B forgets the follow.
    await api(a, alice.token, "POST", `/api/v1/accounts/${remoteBob.id}/unfollow`);
    await eventually(async () => (await account(b, bob, bob.snowflake)).followers_count === 0, "the unfollow on B");
    expect(await b.app.deps.db.follow.count()).toBe(0);
  });

  it("a locked account's follow waits for approval, and approval is sent back", async () => {
    const carol = await signUp(b, "carol");
    await api(b, carol.token, "PATCH", "/api/v1/accounts/update_credentials", { locked: true });
    const dave = await signUp(a, "dave");
    const remoteCarol = await resolve(a, dave, `${carol.name}@${hostB}`);
    expect(remoteCarol.locked).toBe(true);

    await api(a, dave.token, "POST", `/api/v1/accounts/${remoteCarol.id}/follow`);
    const rel = async () => (await api(a, dave.token, "GET", `/api/v1/accounts/relationships?id[]=${remoteCarol.id}`)).body[0];
    expect((await rel()).requested).toBe(true);
    const requests = await eventually(async () => {
      const list = (await api(b, carol.token, "GET", "/api/v1/follow_requests")).body as { id: string; acct: string }[];
      return list.length ? list : null;
    }, "the follow request on B");
    expect(requests[0]!.acct).toBe(`${dave.name}@${new URL(a.app.config.publicUrl).host}`);
    expect((await account(b, carol, carol.snowflake)).followers_count).toBe(0);

    await api(b, carol.token, "POST", `/api/v1/follow_requests/${requests[0]!.id}/authorize`);
    expect((await account(b, carol, carol.snowflake)).followers_count).toBe(1);
    // The Accept reaches A: the request becomes a follow there.
    await eventually(async () => (await rel()).following === true, "the Accept on A");
    expect((await rel()).requested).toBe(false);
  });

  it("a rejected follow request is withdrawn on the follower's server", async () => {
    const erin = await signUp(b, "erin");
    await api(b, erin.token, "PATCH", "/api/v1/accounts/update_credentials", { locked: true });
    const frank = await signUp(a, "frank");
    const remoteErin = await resolve(a, frank, `${erin.name}@${hostB}`);
    await api(a, frank.token, "POST", `/api/v1/accounts/${remoteErin.id}/follow`);
    const requests = await eventually(async () => {
      const list = (await api(b, erin.token, "GET", "/api/v1/follow_requests")).body as { id: string }[];
      return list.length ? list : null;
    }, "the follow request on B");
    await api(b, erin.token, "POST", `/api/v1/follow_requests/${requests[0]!.id}/reject`);
    const rel = async () => (await api(a, frank.token, "GET", `/api/v1/accounts/relationships?id[]=${remoteErin.id}`)).body[0];
    await eventually(async () => (await rel()).requested === false, "the Reject on A");
    expect((await rel()).following).toBe(false);
  });
});

describe("blocks", () => {
  it("a block on B severs the follow on both servers; unblocking lifts it there too", async () => {
    const kim = await signUp(b, "kim");
    const lee = await signUp(a, "lee");
    const remoteKim = await resolve(a, lee, `${kim.name}@${hostB}`);
    await api(a, lee.token, "POST", `/api/v1/accounts/${remoteKim.id}/follow`);
    await eventually(async () => (await account(b, kim, kim.snowflake)).followers_count === 1, "the follow on B");
    const remoteLee = await resolve(b, kim, `${lee.name}@${new URL(a.app.config.publicUrl).host}`);
    await api(b, kim.token, "POST", `/api/v1/accounts/${remoteLee.id}/block`);
    expect((await account(b, kim, kim.snowflake)).followers_count).toBe(0);
    const rel = async () => (await api(a, lee.token, "GET", `/api/v1/accounts/relationships?id[]=${remoteKim.id}`)).body[0];
    await eventually(async () => (await rel()).following === false, "the Block on A");
    expect(await a.app.deps.db.block.count({ where: { accountId: BigInt(remoteKim.id) } })).toBe(1);
    await api(b, kim.token, "POST", `/api/v1/accounts/${remoteLee.id}/unblock`);
    await eventually(async () => (await a.app.deps.db.block.count({ where: { accountId: BigInt(remoteKim.id) } })) === 0, "the Undo Block on A");
  });
});

describe("resolve by URL", () => {
  it("finds a public post of the other server by its URL, with its author", async () => {
    const gina = await signUp(b, "gina");
    const posted = (await api(b, gina.token, "POST", "/api/v1/statuses", { status: "Findable #search", visibility: "public" })).body;
    const found = await api(a, alice.token, "GET", `/api/v2/search?resolve=true&type=statuses&q=${encodeURIComponent(posted.uri)}`);
    expect(found.body.statuses).toHaveLength(1);
    expect(found.body.statuses[0].uri).toBe(posted.uri);
    expect(found.body.statuses[0].content).toContain("Findable");
    expect(found.body.statuses[0].account.acct).toBe(`${gina.name}@${hostB}`);
  });
});

describe("refresh", () => {
  it("a known remote account is refreshed from its actor when resolved a day later", async () => {
    const hank = await signUp(b, "hank");
    const first = await resolve(a, alice, `${hank.name}@${hostB}`);
    await api(b, hank.token, "PATCH", "/api/v1/accounts/update_credentials", { display_name: "Hank Renamed", locked: true });
    expect((await resolve(a, alice, `${hank.name}@${hostB}`)).display_name).not.toBe("Hank Renamed"); // fresh enough
    await a.app.deps.pool.query("UPDATE accounts SET updated_at = now() - interval '2 days' WHERE id = $1", [BigInt(first.id)]);
    const again = await resolve(a, alice, `${hank.name}@${hostB}`);
    expect(again.id).toBe(first.id);
    expect(again.display_name).toBe("Hank Renamed");
    expect(again.locked).toBe(true);
  });
});

describe("inbox bad input", () => {
  const post = (t: TestApp, path: string, body: string, headers: Record<string, string> = {}) =>
    t.app.fetch(new Request(`${t.app.config.publicUrl}${path}`, { method: "POST", headers: { "content-type": "application/activity+json", ...headers }, body }));

  it("refuses an unsigned activity with 401 and garbage with 400, writing nothing", async () => {
    const before = await b.app.deps.db.account.count();
    const jobsBefore = await b.app.deps.db.job.count();
    const follow = JSON.stringify({
      "@context": "https://www.w3.org/ns/activitystreams",
      id: "http://127.0.0.1:9/follows/1",
      type: "Follow",
      actor: "http://127.0.0.1:9/users/mallory",
      object: `${b.app.config.publicUrl}/users/${bob.name}`,
    });
    for (const path of [`/users/${bob.name}/inbox`, "/inbox"]) {
      expect((await post(b, path, follow)).status, path).toBe(401);
      expect((await post(b, path, "{not json")).status, path).toBe(400);
      expect((await post(b, path, "[]")).status, path).toBeGreaterThanOrEqual(400);
    }
    expect(await b.app.deps.db.account.count()).toBe(before);
    expect(await b.app.deps.db.job.count()).toBe(jobsBefore);
    expect(await b.app.deps.db.followRequest.count({ where: { account: { username: "mallory" } } })).toBe(0);
  });
});
