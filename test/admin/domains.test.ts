// Domain moderation across real servers: three Fedigraph instances in this process (A, where
// the admin acts; B and C elsewhere) federating over loopback. Suspending B severs every follow
// with it both ways, refuses its signed POSTs (403), delivers and resolves nothing there, and
// hides its people and posts from every API; lifting the block brings them back (not the
// follows). Silencing B keeps its posts off A's public and hashtag timelines (queries and live
// subscriptions) and its people out of non-followers' search. Limited federation (allowlist)
// refuses B both ways while the allowed C works. The admin acts through masto.js. Then the
// admin APIs themselves (validation, paging, GraphQL), the published list and its visibility
// setting, and the authorization matrix: every admin operation refused for anonymous callers
// (401), ordinary users and moderators (403), in REST and GraphQL, writing nothing.
import { signRequest } from "@fedify/fedify";
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { SYSTEM } from "../../src/services/admin/guards.js";
import { setSetting } from "../../src/services/settings.js";
import { graphql } from "../generated/gql.js";
import { api, get, PUBLIC } from "../support/activitypub.js";
import { caller, refused, rowCounts } from "../support/api.js";
import { startListeningApp, type TestApp } from "../support/app.js";
import { SubscribePublic } from "../support/documents.js";
import { signUp, subscribe, wsClient, type Person } from "../support/world.js";
import { passwordToken } from "../support/masto.js";
import { person, refusedGql, type Someone } from "./staff.js";
import { eventually } from "../support/eventually.js";

let a: TestApp;
let b: TestApp;
let c: TestApp;
let urlA: string;
let hostA: string;
let hostB: string;
let hostC: string;
let admin: Someone;
let mod: Someone;
let alice: Someone;
let eve: Someone;
let bob: Person;
let carol: Person;

beforeAll(async () => {
  const env = { ALLOW_PRIVATE_NETWORK: "true", API_RATE_LIMIT: "0" };
  const started = await Promise.all([startListeningApp(env), startListeningApp(env), startListeningApp(env)]);
  [a, b, c] = started.map((s) => s.t) as [TestApp, TestApp, TestApp];
  urlA = started[0]!.url;
  [hostA, hostB, hostC] = started.map((s) => new URL(s.url).host) as [string, string, string];
  admin = await person(a, urlA, "admin", "ADMIN");
  mod = await person(a, urlA, "mod", "MODERATOR");
  alice = await person(a, urlA, "alice");
  eve = await person(a, urlA, "eve");
  bob = await signUp(b, "bob");
  carol = await signUp(c, "carol");
});
afterAll(() => Promise.all([a?.close(), b?.close(), c?.close()]));

const callA = caller(() => urlA);

/** Until `t` has no event handler running and no job due (retries waiting for later aside). */
async function settle(t: TestApp) {
  const until = Date.now() + 15_000;
  for (;;) {
    await t.app.events.drain();
    const due = { failedAt: null, OR: [{ attempts: 0 }, { runAt: { lte: new Date() } }] };
    if ((await t.app.deps.db.job.count({ where: due })) === 0) return;
    if (Date.now() > until) throw new Error("queue did not run dry");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const search = async (t: TestApp, who: Person, q: string, resolve = true) =>
  (await api(t, who.token, "GET", `/api/v2/search?resolve=${resolve}&type=accounts&q=${encodeURIComponent(q)}`)).body.accounts as { id: string; acct: string }[];

async function resolveOne(t: TestApp, who: Person, handle: string) {
  const found = await search(t, who, handle);
  expect(found, handle).toHaveLength(1);
  return found[0]!;
}

const home = async (t: TestApp, who: Person) => (await api(t, who.token, "GET", "/api/v1/timelines/home")).body as { id: string; uri: string; reblog: { uri: string } | null }[];
const account = async (t: TestApp, who: Person, id: string) => (await api(t, who.token, "GET", `/api/v1/accounts/${id}`)).body;
const postOn = async (t: TestApp, who: Person, status: string, visibility = "public") =>
  (await api(t, who.token, "POST", "/api/v1/statuses", { status, visibility })).body as { id: string; uri: string };

/** A Create signed with `who`'s key on `t`, POSTed to alice's inbox on A. */
async function signedPost(t: TestApp, who: Person) {
  const [rsa] = await t.app.activityPub.keys.account(BigInt(who.snowflake));
  const actor = `${t.app.config.publicUrl}/users/${who.name}`;
  const keyId = (await get(t, `/users/${who.name}`)).body.publicKey.id as string;
  const id = `${actor}/statuses/signed-${Date.now()}`;
  const request = new Request(`${urlA}/users/${alice.name}/inbox`, {
    method: "POST",
    headers: { "content-type": "application/activity+json" },
    body: JSON.stringify({
      "@context": "https://www.w3.org/ns/activitystreams", id: `${id}#create`, type: "Create", actor, to: [PUBLIC],
      object: { id, type: "Note", attributedTo: actor, content: "<p>hello</p>", to: [PUBLIC], cc: [`${urlA}/users/${alice.name}`] },
    }),
  });
  return a.app.fetch(await signRequest(request, rsa!.privateKey, new URL(keyId), { spec: "draft-cavage-http-signatures-12" }));
}

/** A GET of `path` on A, signed with `who`'s key on `t`. */
async function signedGet(t: TestApp, who: Person, path: string) {
  const [rsa] = await t.app.activityPub.keys.account(BigInt(who.snowflake));
  const keyId = (await get(t, `/users/${who.name}`)).body.publicKey.id as string;
  const request = new Request(`${urlA}${path}`, { headers: { accept: "application/activity+json" } });
  return a.app.fetch(await signRequest(request, rsa!.privateKey, new URL(keyId), { spec: "draft-cavage-http-signatures-12" }));
}

/** alice (A) and bob (B) follow each other; returns bob's account id on A and alice's on B. */
async function mutualFollow() {
  const bobOnA = await resolveOne(a, alice, `${bob.name}@${hostB}`);
  await api(a, alice.token, "POST", `/api/v1/accounts/${bobOnA.id}/follow`);
  const aliceOnB = await resolveOne(b, bob, `${alice.name}@${hostA}`);
  await api(b, bob.token, "POST", `/api/v1/accounts/${aliceOnB.id}/follow`);
  await eventually(async () => (await account(a, alice, alice.snowflake)).followers_count === 1, "bob's follow on A");
  await eventually(async () => (await account(b, bob, bob.snowflake)).followers_count === 1, "alice's follow on B");
  return { bobOnA: bobOnA.id, aliceOnB: aliceOnB.id };
}

describe("suspending a domain", () => {
  it("severs follows both ways, refuses its activities, sends and resolves nothing, hides its content; lifting it restores the people", async () => {
    const { bobOnA } = await mutualFollow();
    await home(a, alice); // alice's home feed is warm
    const posted = await postOn(b, bob, "before the block #domaintest");
    const seen = await eventually(async () => (await home(a, alice)).find((s) => s.uri === posted.uri), "bob's post on A");

    const block = await admin.api.v1.admin.domainBlocks.create({ domain: hostB.toUpperCase(), severity: "suspend", privateComment: "spam wave", publicComment: "Spam" });
    expect(block).toMatchObject({
      domain: hostB, severity: "suspend", rejectMedia: false, rejectReports: false, privateComment: "spam wave", publicComment: "Spam", obfuscate: false,
      digest: createHash("sha256").update(hostB).digest("hex"),
    });
    await a.app.events.drain();

    // Follows gone both ways, counters right; bob suspended with the block's time.
    const bobId = BigInt(bobOnA);
    expect(await a.app.deps.db.follow.count({ where: { OR: [{ accountId: bobId }, { targetAccountId: bobId }] } })).toBe(0);
    expect(await account(a, alice, alice.snowflake)).toMatchObject({ followers_count: 0, following_count: 0 });
    const bobRow = await a.app.deps.db.account.findUniqueOrThrow({ where: { id: bobId } });
    expect(bobRow.suspendedAt?.toISOString()).toBe(new Date(block.createdAt).toISOString());

    // Hidden from every API.
    expect((await callA("GET", `/api/v1/accounts/${bobOnA}`, alice.token)).status).toBe(404);
    expect((await callA("GET", `/api/v1/statuses/${seen.id}`, alice.token)).status).toBe(404);
    expect((await home(a, alice)).some((s) => s.uri === posted.uri)).toBe(false);
    const tagged = (await callA("GET", "/api/v1/timelines/tag/domaintest", null)).body as { uri: string }[];
    expect(tagged.some((s) => s.uri === posted.uri)).toBe(false);
    const gqlStatus = await a.gql(graphql(`query DomStatus($id: ID!) { status(id: $id) { id } }`), { id: seen.id }, alice.token);
    expect(gqlStatus.data?.status).toBeNull();
    const entry = await a.app.deps.db.auditLogEntry.findFirstOrThrow({ where: { action: "domain_block.create", targetId: block.id } });
    expect(entry.accountId).toBe(BigInt(admin.snowflake));

    // Inbound: refused before anything is read, nothing written.
    const before = await rowCounts(a);
    const answer = await signedPost(b, bob);
    expect(answer.status).toBe(403);
    expect(await rowCounts(a)).toEqual(before);

    // Outbound: a mention of bob does not travel; resolving someone there finds nothing.
    const onB = await b.app.deps.db.status.count({ where: { local: false } });
    await postOn(a, alice, `@${bob.name}@${hostB} are you there?`);
    await settle(a);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await b.app.deps.db.status.count({ where: { local: false } })).toBe(onB);
    const dave = await signUp(b, "dave");
    expect(await search(a, alice, `${dave.name}@${hostB}`)).toEqual([]);
    expect(await a.app.deps.db.account.count({ where: { username: dave.name } })).toBe(0);

    // Lifted: bob is back, his post too (the follows are not).
    await admin.api.v1.admin.domainBlocks.$select(block.id).remove();
    expect((await a.app.deps.db.account.findUniqueOrThrow({ where: { id: bobId } })).suspendedAt).toBeNull();
    expect((await callA("GET", `/api/v1/accounts/${bobOnA}`, alice.token)).body).toMatchObject({ id: bobOnA, followers_count: 0 });
    expect((await callA("GET", `/api/v1/statuses/${seen.id}`, alice.token)).status).toBe(200);
    expect(await a.app.deps.db.follow.count({ where: { OR: [{ accountId: bobId }, { targetAccountId: bobId }] } })).toBe(0);
    expect(await a.app.deps.db.auditLogEntry.count({ where: { action: "domain_block.delete", targetId: block.id } })).toBe(1);
  }, 90_000);
});

describe("silencing a domain", () => {
  it("keeps its posts off public and hashtag timelines (and their live streams) and its people out of strangers' search", async () => {
    const bobOnA = await resolveOne(a, alice, `${bob.name}@${hostB}`);
    await api(a, alice.token, "POST", `/api/v1/accounts/${bobOnA.id}/follow`);
    await eventually(async () => (await account(b, bob, bob.snowflake)).followers_count === 1, "alice's follow on B again");
    const posted = await postOn(b, bob, "loud #silencetest");
    await eventually(async () => (await home(a, alice)).find((s) => s.uri === posted.uri), "bob's post on A");
    const publicUris = async (path: string) => ((await callA("GET", path, null)).body as { uri: string }[]).map((s) => s.uri);
    expect(await publicUris("/api/v1/timelines/public?remote=true")).toContain(posted.uri);

    const block = await admin.api.v1.admin.domainBlocks.create({ domain: hostB, severity: "silence" });
    const bobRow = await a.app.deps.db.account.findUniqueOrThrow({ where: { id: BigInt(bobOnA.id) } });
    expect(bobRow.silencedAt?.toISOString()).toBe(new Date(block.createdAt).toISOString());
    expect(await publicUris("/api/v1/timelines/public")).not.toContain(posted.uri);
    expect(await publicUris("/api/v1/timelines/public?remote=true")).not.toContain(posted.uri);
    expect(await publicUris("/api/v1/timelines/tag/silencetest")).not.toContain(posted.uri);
    const gqlPublic = await a.gql(graphql(`query DomPublic { publicTimeline(first: 40) { edges { node { uri } } } }`), {}, null);
    expect(gqlPublic.data?.publicTimeline.edges.map((e) => e.node.uri)).not.toContain(posted.uri);
    // Followers still see it at home; strangers do not find bob, his follower does.
    expect((await home(a, alice)).some((s) => s.uri === posted.uri)).toBe(true);
    expect((await search(a, eve, bob.name, false)).map((x) => x.id)).not.toContain(bobOnA.id);
    expect((await search(a, alice, bob.name, false)).map((x) => x.id)).toContain(bobOnA.id);
    // Someone there met for the first time is limited too.
    const gina = await signUp(b, "gina");
    const ginaOnA = await resolveOne(a, alice, `${gina.name}@${hostB}`);
    const ginaRow = await a.app.deps.db.account.findUniqueOrThrow({ where: { id: BigInt(ginaOnA.id) } });
    expect(ginaRow.silencedAt?.toISOString()).toBe(new Date(block.createdAt).toISOString());

    // Live: the public streams (GraphQL, Mastodon) pass a local post, not bob's new one.
    const client = wsClient(`${urlA.replace("http", "ws")}/graphql`);
    const live = await subscribe(client, SubscribePublic, {});
    const socket = new WebSocket(`${urlA.replace("http", "ws")}/api/v1/streaming?stream=public`);
    const streamed: string[] = [];
    socket.on("message", (data) => {
      const message = JSON.parse(String(data)) as { event?: string; payload?: string };
      if (message.event === "update") streamed.push((JSON.parse(message.payload!) as { uri: string }).uri);
    });
    await new Promise((resolve) => socket.once("open", resolve));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const later = await postOn(b, bob, "still loud #silencetest");
    await eventually(async () => (await home(a, alice)).find((s) => s.uri === later.uri), "bob's second post on A");
    const local = await postOn(a, eve, "a local voice");
    const pushed = await live.next();
    expect(pushed.data?.publicTimeline.statusId).toBe(local.id);
    await eventually(async () => streamed.includes(local.uri), "the local post on the Mastodon stream");
    expect(streamed).not.toContain(later.uri);
    socket.close();
    await live.close();
    await client.dispose();

    // Down to noop: bob is no longer limited; then the block goes.
    const noop = await admin.api.v1.admin.domainBlocks.$select(block.id).update({ severity: "noop" });
    expect(noop.severity).toBe("noop");
    expect((await a.app.deps.db.account.findUniqueOrThrow({ where: { id: BigInt(bobOnA.id) } })).silencedAt).toBeNull();
    expect(await publicUris("/api/v1/timelines/public?remote=true")).toContain(posted.uri);
    await admin.api.v1.admin.domainBlocks.$select(block.id).remove();
  }, 90_000);
});

describe("limited federation (allowlist)", () => {
  it("refuses a domain not on the list both ways, while an allowed one federates", async () => {
    await setSetting(a.app.deps, SYSTEM, "limitedFederation", "true");
    const allow = await admin.api.v1.admin.domainAllows.create({ domain: hostC });
    expect(allow).toMatchObject({ domain: hostC });
    try {
      // Inbound from B: 403, nothing written.
      const before = await rowCounts(a);
      expect((await signedPost(b, bob)).status).toBe(403);
      expect(await rowCounts(a)).toEqual(before);

      // Resolving: nobody on B, carol on C.
      const frank = await signUp(b, "frank");
      expect(await search(a, alice, `${frank.name}@${hostB}`)).toEqual([]);
      const carolOnA = await resolveOne(a, alice, `${carol.name}@${hostC}`);

      // C federates both ways: carol follows alice (accepted back on C), alice follows carol.
      const aliceOnC = await resolveOne(c, carol, `${alice.name}@${hostA}`);
      await api(c, carol.token, "POST", `/api/v1/accounts/${aliceOnC.id}/follow`);
      await eventually(async () => {
        const [rel] = (await api(c, carol.token, "GET", `/api/v1/accounts/relationships?id[]=${aliceOnC.id}`)).body;
        return rel.following === true;
      }, "carol's follow accepted");
      await api(a, alice.token, "POST", `/api/v1/accounts/${carolOnA.id}/follow`);
      await eventually(async () => (await account(c, carol, carol.snowflake)).followers_count === 1, "alice's follow on C");

      // Outbound: alice's public post reaches C, not B (where alice still follows bob).
      const onB = await b.app.deps.db.status.count({ where: { local: false } });
      const note = await postOn(a, alice, `@${bob.name}@${hostB} @${carol.name}@${hostC} allowlisted`);
      await eventually(async () => c.app.deps.db.status.findUnique({ where: { uri: note.uri } }), "alice's post on C");
      await settle(a);
      expect(await b.app.deps.db.status.count({ where: { local: false } })).toBe(onB);

      // Taking C off the list refuses it too.
      await admin.api.v1.admin.domainAllows.$select(allow.id).remove();
      expect((await signedPost(c, carol)).status).toBe(403);
    } finally {
      await setSetting(a.app.deps, SYSTEM, "limitedFederation", "false");
    }
    expect((await signedPost(c, carol)).status).toBe(202);
    await settle(a);
  }, 90_000);

  it("serves posts and collections only to fetches signed on allowed servers (authorized fetch); actors stay open", async () => {
    const note = await postOn(a, alice, "public, for allowed servers only");
    const paths = [
      new URL(note.uri).pathname, `/users/${alice.name}/outbox`, `/users/${alice.name}/followers`,
      `/users/${alice.name}/following`, `/users/${alice.name}/collections/featured`,
    ];
    for (const path of paths) expect((await get(a, path)).status, path).toBe(200);
    await setSetting(a.app.deps, SYSTEM, "limitedFederation", "true");
    const allow = await admin.api.v1.admin.domainAllows.create({ domain: hostC });
    try {
      for (const path of paths) {
        expect((await get(a, path)).status, `unsigned ${path}`).toBe(401);
        expect((await signedGet(b, bob, path)).status, `from B ${path}`).toBe(401);
        expect((await signedGet(c, carol, path)).status, `from C ${path}`).toBe(200);
      }
      expect((await get(a, `/users/${alice.name}`)).status).toBe(200);
      expect((await get(a, "/actor")).status).toBe(200);
    } finally {
      await admin.api.v1.admin.domainAllows.$select(allow.id).remove();
      await setSetting(a.app.deps, SYSTEM, "limitedFederation", "false");
    }
    expect((await get(a, paths[0]!)).status).toBe(200);
  }, 60_000);
});

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

const GqlBlocks = graphql(`
  query DomAdminBlocks($first: Int, $after: String) {
    adminDomainBlocks(first: $first, after: $after) { edges { node { id domain severity rejectMedia obfuscate publicComment } } pageInfo { hasNextPage endCursor } }
  }
`);
const GqlBlock = graphql(`query DomAdminBlock($id: ID!) { adminDomainBlock(id: $id) { id domain digest severity privateComment } }`);
const GqlAllows = graphql(`query DomAdminAllows { adminDomainAllows(first: 10) { edges { node { id domain } } } }`);
const GqlAllow = graphql(`query DomAdminAllow($id: ID!) { adminDomainAllow(id: $id) { id domain } }`);
const GqlCreateBlock = graphql(`
  mutation DomCreateBlock($domain: String!, $severity: DomainBlockSeverity, $obfuscate: Boolean, $publicComment: String) {
    createDomainBlock(domain: $domain, severity: $severity, obfuscate: $obfuscate, publicComment: $publicComment) {
      __typename
      ... on MutationCreateDomainBlockSuccess { data { id domain severity obfuscate publicComment } }
      ... on Error { message code }
    }
  }
`);
const GqlUpdateBlock = graphql(`
  mutation DomUpdateBlock($id: ID!, $severity: DomainBlockSeverity, $rejectReports: Boolean) {
    updateDomainBlock(id: $id, severity: $severity, rejectReports: $rejectReports) {
      __typename ... on MutationUpdateDomainBlockSuccess { data { id severity rejectReports } } ... on Error { message code }
    }
  }
`);
const GqlDeleteBlock = graphql(`
  mutation DomDeleteBlock($id: ID!) { deleteDomainBlock(id: $id) { __typename ... on MutationDeleteDomainBlockSuccess { data { domain } } ... on Error { code } } }
`);
const GqlCreateAllow = graphql(`
  mutation DomCreateAllow($domain: String!) { createDomainAllow(domain: $domain) { __typename ... on MutationCreateDomainAllowSuccess { data { id domain } } ... on Error { code } } }
`);
const GqlDeleteAllow = graphql(`
  mutation DomDeleteAllow($id: ID!) { deleteDomainAllow(id: $id) { __typename ... on MutationDeleteDomainAllowSuccess { data { domain } } ... on Error { code } } }
`);
const GqlPublished = graphql(`query DomPublished { domainBlocks { domain digest severity comment } }`);

describe("the admin domain APIs", () => {
  it("validate, page, refuse clashes and keep an audit trail (REST)", async () => {
    const call = (method: string, path: string, body?: unknown) => callA(method, path, admin.token, body);
    await refused(a, 422, () => call("POST", "/api/v1/admin/domain_blocks", { domain: "not a domain" }));
    await refused(a, 422, () => call("POST", "/api/v1/admin/domain_blocks", {}));
    await refused(a, 422, () => call("POST", "/api/v1/admin/domain_blocks", { domain: hostA }));
    await refused(a, 422, () => call("POST", "/api/v1/admin/domain_blocks", { domain: "ok.example", severity: "obliterate" }));
    const idn = (await call("POST", "/api/v1/admin/domain_blocks", { domain: "BÜCHER.example", severity: "noop", reject_media: true })).body;
    expect(idn).toMatchObject({ domain: "xn--bcher-kva.example", severity: "noop", reject_media: true, private_comment: null });
    const evil = (await call("POST", "/api/v1/admin/domain_blocks", { domain: "https://evil.example/", severity: "suspend" })).body;
    expect(evil.domain).toBe("evil.example");
    const again = await refused(a, 422, () => call("POST", "/api/v1/admin/domain_blocks", { domain: "evil.example", severity: "silence" }));
    expect(again.body.existing_domain_block).toMatchObject({ id: evil.id, domain: "evil.example" });
    // Under a suspended parent only a suspension may be added; under a silenced one, more.
    await refused(a, 422, () => call("POST", "/api/v1/admin/domain_blocks", { domain: "sub.evil.example", severity: "silence" }));
    const sub = (await call("POST", "/api/v1/admin/domain_blocks", { domain: "sub.evil.example", severity: "suspend" })).body;
    expect(sub.domain).toBe("sub.evil.example");

    const first = await call("GET", "/api/v1/admin/domain_blocks?limit=2");
    expect(first.body.map((x: { id: string }) => x.id)).toEqual([sub.id, evil.id]);
    const next = /<([^>]+)>; rel="next"/.exec(first.headers.get("link") ?? "")![1]!;
    expect((await callA("GET", new URL(next).pathname + new URL(next).search, admin.token)).body.map((x: { id: string }) => x.id)).toEqual([idn.id]);
    expect((await call("GET", `/api/v1/admin/domain_blocks/${evil.id}`)).body).toMatchObject({ domain: "evil.example", digest: sha256("evil.example") });
    await refused(a, 404, () => call("GET", "/api/v1/admin/domain_blocks/123456789012345"));

    const updated = (await call("PUT", `/api/v1/admin/domain_blocks/${idn.id}`, { reject_reports: true, private_comment: "noted", domain: "ignored.example" })).body;
    expect(updated).toMatchObject({ domain: "xn--bcher-kva.example", severity: "noop", reject_media: true, reject_reports: true, private_comment: "noted" });
    for (const id of [sub.id, evil.id, idn.id]) expect((await call("DELETE", `/api/v1/admin/domain_blocks/${id}`)).body).toEqual({});
    await refused(a, 404, () => call("DELETE", `/api/v1/admin/domain_blocks/${idn.id}`));
    const actions = (await a.app.deps.db.auditLogEntry.findMany({ where: { targetId: idn.id }, orderBy: { id: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["domain_block.create", "domain_block.update", "domain_block.delete"]);

    // Allows: a domain allowed twice is the same allow.
    const allow = (await call("POST", "/api/v1/admin/domain_allows", { domain: "Friendly.Example" })).body;
    expect(allow).toMatchObject({ domain: "friendly.example", created_at: expect.any(String) });
    expect((await call("POST", "/api/v1/admin/domain_allows", { domain: "friendly.example" })).body.id).toBe(allow.id);
    expect((await call("GET", "/api/v1/admin/domain_allows")).body.map((x: { id: string }) => x.id)).toEqual([allow.id]);
    expect((await call("GET", `/api/v1/admin/domain_allows/${allow.id}`)).body.domain).toBe("friendly.example");
    await refused(a, 422, () => call("POST", "/api/v1/admin/domain_allows", { domain: "a b" }));
    expect((await call("DELETE", `/api/v1/admin/domain_allows/${allow.id}`)).body).toEqual({});
    await refused(a, 404, () => call("GET", `/api/v1/admin/domain_allows/${allow.id}`));
  });

  it("work the same in GraphQL", async () => {
    const created = await a.gql(GqlCreateBlock, { domain: "gql.example", severity: "SUSPEND", obfuscate: true, publicComment: "why" }, admin.token);
    if (created.data?.createDomainBlock.__typename !== "MutationCreateDomainBlockSuccess") throw new Error(JSON.stringify(created));
    const block = created.data.createDomainBlock.data;
    expect(block).toMatchObject({ domain: "gql.example", severity: "SUSPEND", obfuscate: true, publicComment: "why" });
    const clash = await a.gql(GqlCreateBlock, { domain: "GQL.example" }, admin.token);
    expect(clash.data?.createDomainBlock).toMatchObject({ __typename: "ConflictError", code: "CONFLICT" });
    const listed = await a.gql(GqlBlocks, { first: 10 }, admin.token);
    expect(listed.data?.adminDomainBlocks.edges.map((e) => e.node.id)).toEqual([block.id]);
    expect((await a.gql(GqlBlock, { id: block.id }, admin.token)).data?.adminDomainBlock).toMatchObject({ digest: sha256("gql.example") });
    expect((await a.gql(GqlBlock, { id: "123456789012345" }, admin.token)).data?.adminDomainBlock).toBeNull();
    const changed = await a.gql(GqlUpdateBlock, { id: block.id, severity: "SILENCE", rejectReports: true }, admin.token);
    expect(changed.data?.updateDomainBlock).toMatchObject({ data: { severity: "SILENCE", rejectReports: true } });
    expect((await a.gql(GqlDeleteBlock, { id: block.id }, admin.token)).data?.deleteDomainBlock).toMatchObject({ data: { domain: "gql.example" } });
    expect((await a.gql(GqlDeleteBlock, { id: block.id }, admin.token)).data?.deleteDomainBlock).toMatchObject({ code: "NOT_FOUND" });

    const allowed = await a.gql(GqlCreateAllow, { domain: "pal.example" }, admin.token);
    if (allowed.data?.createDomainAllow.__typename !== "MutationCreateDomainAllowSuccess") throw new Error(JSON.stringify(allowed));
    const allowId = allowed.data.createDomainAllow.data.id;
    expect((await a.gql(GqlAllows, {}, admin.token)).data?.adminDomainAllows.edges.map((e) => e.node.domain)).toEqual(["pal.example"]);
    expect((await a.gql(GqlAllow, { id: allowId }, admin.token)).data?.adminDomainAllow).toMatchObject({ domain: "pal.example" });
    expect((await a.gql(GqlDeleteAllow, { id: allowId }, admin.token)).data?.deleteDomainAllow).toMatchObject({ data: { domain: "pal.example" } });
  });

  it("publish the list as the visibility setting says (REST and GraphQL)", async () => {
    const spam = await admin.api.v1.admin.domainBlocks.create({ domain: "spam.example", severity: "suspend", obfuscate: true, publicComment: "Spam" });
    const noisy = await admin.api.v1.admin.domainBlocks.create({ domain: "noisy.example", severity: "silence" });
    const quiet = await admin.api.v1.admin.domainBlocks.create({ domain: "quiet.example", severity: "noop", privateComment: "watching" });
    try {
      const expected = [
        { domain: "spam.****ple", digest: sha256("spam.example"), severity: "suspend", comment: "Spam" },
        { domain: "noisy.example", digest: sha256("noisy.example"), severity: "silence", comment: null },
      ];
      expect((await callA("GET", "/api/v1/instance/domain_blocks", null)).body).toEqual(expected);
      expect((await a.gql(GqlPublished, {}, null)).data?.domainBlocks).toEqual(expected.map((e) => ({ ...e, severity: e.severity.toUpperCase() })));

      await setSetting(a.app.deps, SYSTEM, "domainBlocksVisibility", "users");
      await refused(a, 404, () => callA("GET", "/api/v1/instance/domain_blocks", null));
      expect((await callA("GET", "/api/v1/instance/domain_blocks", alice.token)).body).toEqual(expected);
      await refusedGql(a, GqlPublished, {}, null, "UNAUTHENTICATED");

      await setSetting(a.app.deps, SYSTEM, "domainBlocksVisibility", "admins");
      await refused(a, 404, () => callA("GET", "/api/v1/instance/domain_blocks", alice.token));
      await refused(a, 404, () => callA("GET", "/api/v1/instance/domain_blocks", mod.token));
      expect((await callA("GET", "/api/v1/instance/domain_blocks", admin.token)).body).toEqual(expected);
      await refusedGql(a, GqlPublished, {}, alice.token, "FORBIDDEN");
      expect((await a.gql(GqlPublished, {}, admin.token)).data?.domainBlocks).toHaveLength(2);
    } finally {
      await setSetting(a.app.deps, SYSTEM, "domainBlocksVisibility", "all");
      for (const block of [spam, noisy, quiet]) await admin.api.v1.admin.domainBlocks.$select(block.id).remove();
    }
  });

  it("refuse anonymous callers (401), ordinary users and moderators (403), and admins without the scope, writing nothing", async () => {
    const block = await admin.api.v1.admin.domainBlocks.create({ domain: "matrix.example", severity: "silence" });
    const allow = await admin.api.v1.admin.domainAllows.create({ domain: "matrix-allowed.example" });
    const unscoped = await passwordToken(urlA, admin, "read write follow");
    const rest: [string, string, unknown?][] = [
      ["GET", "/api/v1/admin/domain_blocks"],
      ["GET", `/api/v1/admin/domain_blocks/${block.id}`],
      ["POST", "/api/v1/admin/domain_blocks", { domain: "new.example", severity: "suspend" }],
      ["PUT", `/api/v1/admin/domain_blocks/${block.id}`, { severity: "suspend" }],
      ["DELETE", `/api/v1/admin/domain_blocks/${block.id}`],
      ["GET", "/api/v1/admin/domain_allows"],
      ["GET", `/api/v1/admin/domain_allows/${allow.id}`],
      ["POST", "/api/v1/admin/domain_allows", { domain: "new.example" }],
      ["DELETE", `/api/v1/admin/domain_allows/${allow.id}`],
    ];
    for (const [method, path, body] of rest) {
      await refused(a, 401, () => callA(method, path, null, body));
      for (const token of [alice.token, mod.token, unscoped]) await refused(a, 403, () => callA(method, path, token, body));
    }
    const gql = [
      () => [GqlBlocks, { first: 5 }] as const,
      () => [GqlBlock, { id: block.id }] as const,
      () => [GqlAllows, {}] as const,
      () => [GqlAllow, { id: allow.id }] as const,
      () => [GqlCreateBlock, { domain: "new.example", severity: "SUSPEND" as const }] as const,
      () => [GqlUpdateBlock, { id: block.id, severity: "SUSPEND" as const }] as const,
      () => [GqlDeleteBlock, { id: block.id }] as const,
      () => [GqlCreateAllow, { domain: "new.example" }] as const,
      () => [GqlDeleteAllow, { id: allow.id }] as const,
    ];
    for (const make of gql) {
      const [document, variables] = make();
      await refusedGql(a, document as never, variables as never, null, "UNAUTHENTICATED");
      for (const token of [alice.token, mod.token, unscoped]) await refusedGql(a, document as never, variables as never, token, "FORBIDDEN");
    }
    expect((await a.app.deps.db.domainBlock.findUniqueOrThrow({ where: { id: BigInt(block.id) } })).severity).toBe("SILENCE");
    await admin.api.v1.admin.domainBlocks.$select(block.id).remove();
    await admin.api.v1.admin.domainAllows.$select(allow.id).remove();
  });
});
