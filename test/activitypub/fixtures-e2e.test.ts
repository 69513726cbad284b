// Real-world activities from Mastodon, GoToSocial, Misskey and Pleroma/Akkoma, sent to our inbox
// the way their servers send them: each server is a loopback "peer" (test/support/
// fixture-peers.ts) that serves its fixture actors (and WebFinger, GoToSocial's key stub,
// Pleroma's litepub context), and POSTs the fixture activities signed with the actor's key
// (draft-cavage HTTP signatures, Fedify's signRequest). Fedify on our side fetches the key and
// the actor from the peer, verifies, queues; our listeners store. What came of it is read
// through the Mastodon API.
//
// The fixtures are the published JSON (sources in test/fixtures/activitypub/SOURCES.md); at load
// time their hostname becomes the peer's, the people on the receiving side become alice here,
// and each actor's publicKeyPem becomes a test key whose private half signs (the published key's
// private half is, rightly, nowhere to be had).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "../../src/core/ids.js";
import { api } from "../support/activitypub.js";
import { startListeningApp, type TestApp } from "../support/app.js";
import { fixture, fixtureText, startPeer, testKey, withKey, type Json, type Peer, type Replacement } from "../support/fixture-peers.js";
import { signUp, type Person } from "../support/world.js";

let t: TestApp;
let alice: Person;
let aliceUri: string;
let inbox: string;
let aliceStatus: { id: string; uri: string };
const peers: Peer[] = [];

beforeAll(async () => {
  t = (await startListeningApp({ ALLOW_PRIVATE_NETWORK: "true" })).t;
  alice = await signUp(t, "alice");
  aliceUri = `${t.app.config.publicUrl}/users/${alice.name}`;
  inbox = `${aliceUri}/inbox`;
  aliceStatus = (await api(t, alice.token, "POST", "/api/v1/statuses", { status: "Hello, fediverse", visibility: "public" })).body;
});
afterAll(async () => {
  await Promise.all(peers.map((peer) => peer.close()));
  await t?.close();
});

async function peer(): Promise<Peer> {
  const started = await startPeer();
  peers.push(started);
  return started;
}

/** Our job queue has run dry (the inbox hands activities to it). */
async function settled() {
  const until = Date.now() + 15_000;
  while ((await t.app.deps.db.job.count({ where: { failedAt: null } })) > 0) {
    if (Date.now() > until) throw new Error("the job queue did not run dry");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await t.app.events.drain();
}

/**
 * POSTs a fixture activity to alice's inbox (or the shared one, where Misskey and Pleroma send
 * posts for several people), signed; expects 202 and waits for it to be handled.
 */
async function deliver(from: Peer, activity: Json, keyId: string, privateKey: CryptoKey, to: "personal" | "shared" = "personal") {
  const response = await from.post(to === "shared" ? `${t.app.config.publicUrl}/inbox` : inbox, activity, keyId, privateKey);
  expect(response.status, await response.clone().text()).toBe(202);
  await settled();
}

/** Finds `acct` through our search (WebFinger on the peer, then a fetch of the actor). */
async function resolve(acct: string) {
  const found = await api(t, alice.token, "GET", `/api/v2/search?q=${encodeURIComponent(`@${acct}`)}&resolve=true&type=accounts`);
  expect(found.body.accounts.map((a: { acct: string }) => a.acct)).toEqual([acct]);
  return found.body.accounts[0];
}

/** alice follows a remote account (the row only: Follow/Accept are tested in federation.test.ts). */
const aliceFollows = (accountId: string) =>
  t.app.deps.db.follow.create({ data: { id: newId(), accountId: BigInt(alice.snowflake), targetAccountId: BigInt(accountId) } });

const byUri = async (uri: string) => {
  const row = await t.app.deps.db.status.findUniqueOrThrow({ where: { uri } });
  return (await api(t, alice.token, "GET", `/api/v1/statuses/${row.id}`)).body;
};
const home = async () => (await api(t, alice.token, "GET", "/api/v1/timelines/home?limit=40")).body as Json[];
const notifications = async () => (await api(t, alice.token, "GET", "/api/v1/notifications?limit=40")).body as Json[];
const mine = async () => (await api(t, alice.token, "GET", `/api/v1/statuses/${aliceStatus.id}`)).body;

describe("Mastodon", () => {
  let m: Peer;
  let key: Awaited<ReturnType<typeof testKey>>;
  let hosts: Replacement[];
  beforeAll(async () => {
    m = await peer();
    key = await testKey();
    hosts = [
      ["http://localtesting.pleroma.lol/users/lain", aliceUri],
      ["http://mastodon.example.org/users/admin", `${m.origin}/users/foo`],
      ["http://mastodon.example.org", m.origin],
      ["https://ap.example.com", m.origin],
      ["https://mastodont.cat", m.origin],
    ];
    m.serveActor(withKey(fixture("mastodon/actor-person.json", hosts), key.pem));
    m.serveActor(withKey(fixture("mastodon/actor-service.json", hosts), (await testKey()).pem));
  });

  it("a Service actor found by WebFinger is a bot with its fields", async () => {
    const found = await resolve(`fediverse@${m.host}`);
    expect(found).toMatchObject({ username: "fediverse", display_name: "fediverse's stats", bot: true, url: `${m.origin}/@fediverse` });
    expect(found.fields.map((field: { name: string }) => field.name)).toEqual(["code", "my user-agent", "coded by"]);
  });

  it("a Create with a mention of alice and a CW (and a stale LD signature) is stored and notifies her", async () => {
    await resolve(`foo@${m.host}`);
    const create = fixture("mastodon/create-note-mention-cw.json", hosts);
    // Mastodon signs public activities with an RsaSignature2017 too; this one no longer matches
    // (its key and hosts changed), and, as on Mastodon, the HTTP signature is what counts.
    expect(create.signature.type).toBe("RsaSignature2017");
    await deliver(m, create, `${m.origin}/users/foo#main-key`, key.privateKey);
    const status = await byUri(create.object.id);
    expect(status).toMatchObject({ spoiler_text: "cw", sensitive: true, visibility: "public", mentions: [{ id: alice.snowflake }] });
    expect((await notifications()).some((n) => n.type === "mention" && n.status?.id === status.id)).toBe(true);
  });

  it("a Like of alice's post is a favourite, an Announce of it a boost", async () => {
    const like = fixture("mastodon/like.json", [...hosts, ["http://localtesting.pleroma.lol/objects/eb92579d-3417-42a8-8652-2492c2d4f454", aliceStatus.uri]]);
    await deliver(m, like, `${m.origin}/users/foo#main-key`, key.privateKey);
    const announce = fixture("mastodon/announce.json", [[`http://mastodon.example.org/@admin/99541947525187367`, aliceStatus.uri], ...hosts]);
    await deliver(m, announce, `${m.origin}/users/foo#main-key`, key.privateKey);
    expect(await mine()).toMatchObject({ favourites_count: 1, reblogs_count: 1 });
    const types = (await notifications()).filter((n) => n.status?.id === aliceStatus.id).map((n) => n.type);
    expect(types.sort()).toEqual(["favourite", "reblog"]);
  });

  it("a Question is a poll; an Update with new counts (one per vote) refreshes them; an edit is an edit", async () => {
    const questionOf = (replacements: Replacement[] = []) => {
      const question = fixture("mastodon/question.json", [
        ["https://mastodon.example/users/alice", `${m.origin}/users/foo`],
        ["2023-03-06T07:40:13Z", "2999-03-06T07:40:13Z"], // still open
        ...replacements,
      ]);
      const { "@context": context, ...object } = question;
      // (the docs leave out the author and the addressing; as Mastodon writes them, alice in cc)
      const addressing = { attributedTo: `${m.origin}/users/foo`, to: ["https://www.w3.org/ns/activitystreams#Public"], cc: [`${m.origin}/users/foo/followers`, aliceUri] };
      return { context, object: { ...object, ...addressing } };
    };
    const send = async (type: "Create" | "Update", q: ReturnType<typeof questionOf>, n: number) => {
      const activity = { "@context": q.context, id: `${q.object.id}#${type}-${n}`, type, actor: `${m.origin}/users/foo`, object: q.object, to: q.object.to, cc: q.object.cc };
      await deliver(m, activity, `${m.origin}/users/foo#main-key`, key.privateKey);
    };
    const created = questionOf();
    await send("Create", created, 1);
    const poll = async () => (await byUri(created.object.id)).poll;
    expect(await poll()).toMatchObject({ multiple: true, votes_count: 16, voters_count: 7, options: [{ votes_count: 3 }, { votes_count: 7 }, { votes_count: 6 }] });
    // Mastodon's Update after a vote: the same Question (no `updated`), new totals.
    await send("Update", questionOf([['"totalItems": 3', '"totalItems": 4'], ['"votersCount": 7', '"votersCount": 8']]), 2);
    expect(await poll()).toMatchObject({ votes_count: 17, voters_count: 8, options: [{ title: "apple", votes_count: 4 }, {}, {}] });
    expect((await byUri(created.object.id)).edited_at).toBeNull();
    // An edit of its text: a new version, the poll (same choices) kept with its counts.
    const edited = questionOf([["What should I eat", "What shall I eat"], ['"totalItems": 3', '"totalItems": 4']]);
    await send("Update", { ...edited, object: { ...edited.object, updated: "2023-03-05T08:00:00Z" } }, 3);
    const status = await byUri(created.object.id);
    expect(status).toMatchObject({ content: "What shall I eat for breakfast today?", edited_at: "2023-03-05T08:00:00.000Z" });
    expect(status.poll).toMatchObject({ votes_count: 17, options: [{ title: "apple", votes_count: 4 }, {}, {}] });
  });
});

describe("GoToSocial", () => {
  let g: Peer;
  let key: Awaited<ReturnType<typeof testKey>>;
  const hosts = (): Replacement[] => [["http://localhost:8080", g.origin]];
  beforeAll(async () => {
    g = await peer();
    key = await testKey();
    g.serveActor(withKey(fixture("gotosocial/actor-emoji.json", hosts()), key.pem));
    // GoToSocial serves the key at .../main-key as a stub actor (docs/federation/http_signatures.md).
    const stub = fixture("gotosocial/key-stub.json", [["https://example.org/users/example_user", `${g.origin}/users/the_mighty_zork`], ["example_user", "the_mighty_zork"]]);
    g.serve("/users/the_mighty_zork/main-key", withKey(stub, key.pem));
    // Its collections, as docs/federation/actors.md shows them (totalItems only when hidden).
    const following = JSON.parse(fixtureText("gotosocial/actor-emoji.json")).following.replace("http://localhost:8080", g.origin);
    g.serve(following, { "@context": "https://www.w3.org/ns/activitystreams", id: following, type: "OrderedCollection", totalItems: 397 });
  });

  it("a followed actor's Create, signed with a keyId without fragment, is stored for alice's home", async () => {
    const zork = await resolve(`the_mighty_zork@${g.host}`);
    expect(zork).toMatchObject({ display_name: "original zork (he/they)", locked: false, bot: false });
    await aliceFollows(zork.id);
    const create = fixture("gotosocial/create-note-cw.json", hosts());
    await deliver(g, create, `${g.origin}/users/the_mighty_zork/main-key`, key.privateKey);
    const status = await byUri(create.object.id);
    expect(status).toMatchObject({ spoiler_text: "introduction post", sensitive: true, language: "en", visibility: "public" });
    expect((await home()).map((s) => s.id)).toContain(status.id);
  });

  it("its boost (an Announce whose id is a status URL, `to` followers) of that post is a reblog", async () => {
    const announce = fixture("gotosocial/announce.json", [
      ["01FCTA44PW9H1TB328S9AQXKDS", "01F8MHAMCHF6Y650WCRSCP4WMY"], // the post above instead of one we were never sent
      ...hosts(),
    ]);
    await deliver(g, announce, `${g.origin}/users/the_mighty_zork/main-key`, key.privateKey);
    const boost = await byUri(announce.id);
    expect(boost).toMatchObject({ account: { username: "the_mighty_zork" }, reblog: { uri: announce.object } });
    expect((await byUri(announce.object)).reblogs_count).toBe(1);
    // (not in alice's home: she has the original there already, and a boost of it is folded in, as on Mastodon)
  });

  it("an attachment of a post in a Create keeps its alt text (`summary`), blurhash and focal point", async () => {
    const zork = `${g.origin}/users/the_mighty_zork`;
    const note = fixture("gotosocial/note-tags-attachment.json", [
      ["http://localhost:8080/users/admin", zork], ["01F8MH75CBF9JFX4ZAD54N0W0R", "01F8MH75CBF9JFX4ZAD54N0W1A"], ...hosts(),
    ]);
    const { "@context": context, ...object } = note;
    const create = { "@context": context, id: `${note.id}/activity`, type: "Create", actor: zork, object, to: note.to, cc: note.cc };
    await deliver(g, create, `${zork}/main-key`, key.privateKey);
    expect((await byUri(note.id)).media_attachments).toEqual([
      expect.objectContaining({
        type: "image", url: note.attachment[0].url, remote_url: note.attachment[0].url, preview_url: note.attachment[0].url,
        description: note.attachment[0].summary, blurhash: "LIIE|gRj00WB-;j[t7j[4nWBj[Rj", meta: expect.objectContaining({ focus: { x: -0.5, y: 0.5 } }),
      }),
    ]);
  });

  // As Mastodon takes followers_count/following_count/statuses_count from the totalItems of the
  // actor's collections (app/services/activitypub/process_account_service.rb #collection_total_items).
  it("following_count comes from the actor's following collection", async () => {
    const zork = await resolve(`the_mighty_zork@${g.host}`);
    expect(zork.following_count).toBe(397);
  });
});

describe("Misskey", () => {
  let k: Peer;
  let key: Awaited<ReturnType<typeof testKey>>;
  let note: Json;
  beforeAll(async () => {
    k = await peer();
    key = await testKey();
    k.serveActor(withKey(fixture("misskey/actor.json", [["https://misskey.io", k.origin]]), key.pem));
    note = fixture("misskey/note.json", [["https://misskey.io", k.origin]]);
  });

  it("a followed account's Note (in a Create as Misskey's renderCreate wraps it) is stored", async () => {
    const aimu = await resolve(`aimu@${k.host}`);
    expect(aimu).toMatchObject({ display_name: "あいむ", discoverable: true });
    await aliceFollows(aimu.id);
    const { "@context": context, ...object } = note;
    const create = {
      "@context": context, id: `${note.id}/activity`, actor: note.attributedTo, type: "Create", published: note.published,
      object, to: note.to, cc: note.cc,
    };
    await deliver(k, create, `${note.attributedTo}#main-key`, key.privateKey, "shared");
    const status = await byUri(note.id);
    expect(status).toMatchObject({ content: note.content, visibility: "public", created_at: "2022-01-21T16:37:12.663Z" });
    expect((await home()).map((s) => s.id)).toContain(status.id);
  });

  it("a Like with a custom emoji reaction (`_misskey_reaction`) counts as a favourite", async () => {
    const before = (await mine()).favourites_count;
    const like = fixture("misskey/like-reaction.json", [
      ["https://misskey.local.live/users/8x8yep20u2", note.attributedTo],
      ["https://misskey.local.live", k.origin],
      ["https://pleroma.local.live/objects/89937a53-2692-4631-bb62-770091267391", aliceStatus.uri],
    ]);
    expect(like._misskey_reaction).toBe(":hanapog:");
    await deliver(k, like, `${note.attributedTo}#main-key`, key.privateKey);
    expect((await mine()).favourites_count).toBe(before + 1);
  });
});

describe("Pleroma / Akkoma", () => {
  let p: Peer;
  let key: Awaited<ReturnType<typeof testKey>>;
  beforeAll(async () => {
    p = await peer();
    key = await testKey();
    p.serveActor(withKey(fixture("pleroma/actor.json", [["https://patch.cx", p.origin]]), key.pem));
    // Every Pleroma document names this context on its own host; Fedify fetches it from there.
    p.serve("/schemas/litepub-0.1.jsonld", fixtureText("pleroma/litepub-0.1.jsonld"), "application/ld+json");
  });

  it("a Create mentioning alice, in the litepub context, is stored with no language and notifies her", async () => {
    const create = fixture("pleroma/create-note-mention.json", [
      ["https://mk.absturztau.be/users/8ozbzjs3o8", aliceUri],
      ["https://p.helene.moe/users/helene", `${p.origin}/users/rin`],
      ["https://p.helene.moe", p.origin],
    ]);
    await deliver(p, create, `${p.origin}/users/rin#main-key`, key.privateKey, "shared");
    const status = await byUri(create.object.id);
    expect(status).toMatchObject({ visibility: "public", language: null, mentions: [{ id: alice.snowflake }], account: { username: "rin" } });
    expect(status.content).toContain("meow");
    expect((await notifications()).some((n) => n.type === "mention" && n.status?.id === status.id)).toBe(true);
  });
});
