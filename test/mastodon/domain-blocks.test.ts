// A person's own block of a whole server (/api/v1/domain_blocks through masto.js, GraphQL's
// blockedDomains / blockDomain / unblockDomain), across two Fedigraph instances on loopback:
// the blocker's follows there end (an Undo reaches that server), followers there are rejected
// (a Reject reaches it, and a new Follow from there is rejected too), notifications from there
// go and no new ones come; its posts, and boosts of them by people the blocker follows, leave
// the blocker's timelines and live streams; relationships say domain_blocking. Everyone
// else still sees everything. Bad domains, the 1000 limit and anonymous callers are refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "../../src/core/ids.js";
import { MAX_DOMAIN_BLOCKS } from "../../src/services/domains/account-blocks.js";
import { graphql } from "../generated/gql.js";
import { api } from "../support/activitypub.js";
import { caller, refused } from "../support/api.js";
import { startListeningApp, type TestApp } from "../support/app.js";
import { SubscribeHome } from "../support/documents.js";
import { mastoPerson, type MastoPerson } from "../support/masto.js";
import { expectFailure, VALIDATION } from "../support/mutation-helpers.js";
import { signUp, subscribe, wsClient, type Person } from "../support/world.js";
import { eventually } from "../support/eventually.js";

let a: TestApp;
let b: TestApp;
let urlA: string;
let hostA: string;
let hostB: string;
let alice: MastoPerson;
let carol: MastoPerson;
let bob: Person;

beforeAll(async () => {
  const env = { ALLOW_PRIVATE_NETWORK: "true", API_RATE_LIMIT: "0" };
  const started = await Promise.all([startListeningApp(env), startListeningApp(env)]);
  [a, b] = started.map((s) => s.t) as [TestApp, TestApp];
  urlA = started[0]!.url;
  [hostA, hostB] = started.map((s) => new URL(s.url).host) as [string, string];
  alice = await mastoPerson(a, urlA, "alice");
  carol = await mastoPerson(a, urlA, "carol");
  bob = await signUp(b, "bob");
});
afterAll(() => Promise.all([a?.close(), b?.close()]));

const callA = caller(() => urlA);

async function resolveOne(t: TestApp, who: Person, handle: string): Promise<string> {
  const found = (await api(t, who.token, "GET", `/api/v2/search?resolve=true&type=accounts&q=${encodeURIComponent(handle)}`)).body.accounts;
  expect(found, handle).toHaveLength(1);
  return found[0].id as string;
}

type Shown = { id: string; uri: string; reblog: { uri: string } | null };
const home = async (who: Person) => (await api(a, who.token, "GET", "/api/v1/timelines/home")).body as Shown[];
const uris = (list: Shown[]) => list.map((s) => s.reblog?.uri ?? s.uri);
const postOn = async (t: TestApp, who: Person, status: string) => (await api(t, who.token, "POST", "/api/v1/statuses", { status, visibility: "public" })).body as { id: string; uri: string };
const relationship = async (t: TestApp, who: Person, id: string) => (await api(t, who.token, "GET", `/api/v1/accounts/relationships?id[]=${id}`)).body[0];

const BlockedDomains = graphql(`query DbBlockedDomains($first: Int) { blockedDomains(first: $first) { edges { cursor node } pageInfo { hasNextPage } } }`);
const BlockDomain = graphql(`
  mutation DbBlockDomain($domain: String!) {
    blockDomain(domain: $domain) { __typename ... on MutationBlockDomainSuccess { data } ... on Error { message code } ... on ValidationError { field } }
  }
`);
const UnblockDomain = graphql(`
  mutation DbUnblockDomain($domain: String!) { unblockDomain(domain: $domain) { __typename ... on MutationUnblockDomainSuccess { data } ... on Error { code } } }
`);
const DomainRelationship = graphql(`query DbRelationship($id: ID!) { account(id: $id) { relationship { domainBlocking following followedBy } } }`);

describe("blocking a server for oneself", () => {
  it("ends follows both ways (telling that server), hides its posts, boosts of them and its notifications from the blocker only", async () => {
    await home(alice);
    await api(a, alice.token, "POST", `/api/v1/accounts/${carol.snowflake}/follow`);
    const bobOnA = await resolveOne(a, alice, `${bob.name}@${hostB}`);
    await api(a, alice.token, "POST", `/api/v1/accounts/${bobOnA}/follow`);
    const aliceOnB = await resolveOne(b, bob, `${alice.name}@${hostA}`);
    await api(b, bob.token, "POST", `/api/v1/accounts/${aliceOnB}/follow`);
    await eventually(async () => (await relationship(a, alice, bobOnA)).followed_by, "bob's follow on A");
    await eventually(async () => (await relationship(b, bob, aliceOnB)).followed_by, "alice's follow on B");

    // bob posts (it reaches alice), carol boosts it; bob favourites a post of alice's (she is told).
    const fromBob = await postOn(b, bob, "hello from B");
    const bobsOnA = await eventually(async () => (await home(alice)).find((s) => s.uri === fromBob.uri), "bob's post on A");
    await api(a, carol.token, "POST", `/api/v1/statuses/${bobsOnA.id}/reblog`);
    const mine = await postOn(a, alice, "like me");
    const mineOnB = await eventually(async () => b.app.deps.db.status.findUnique({ where: { uri: mine.uri } }), "alice's post on B");
    await api(b, bob.token, "POST", `/api/v1/statuses/${mineOnB.id}/favourite`);
    const notified = async () => (await alice.api.v1.notifications.list()).filter((n) => n.account.acct === `${bob.name}@${hostB}`);
    await eventually(async () => (await notified()).length > 0, "the favourite notification");

    await alice.api.v1.domainBlocks.create({ domain: hostB });
    await a.app.events.drain();
    expect(await alice.api.v1.domainBlocks.list()).toEqual([hostB]);

    // Follows gone on A, and on B once the Undo and the Reject arrive.
    expect(await relationship(a, alice, bobOnA)).toMatchObject({ following: false, followed_by: false, domain_blocking: true });
    expect(await relationship(a, carol, bobOnA)).toMatchObject({ domain_blocking: false });
    await eventually(async () => {
      const rel = await relationship(b, bob, aliceOnB);
      return !rel.following && !rel.followed_by;
    }, "the Undo and the Reject on B");
    const gqlRel = await a.gql(DomainRelationship, { id: bobOnA }, alice.token);
    expect(gqlRel.data?.account?.relationship).toEqual({ domainBlocking: true, following: false, followedBy: false });

    // bob's post and carol's boost of it are gone from alice's home (carol's own posts stay); others still see them.
    const carols = await postOn(a, carol, "carol's own");
    await eventually(async () => uris(await home(alice)).includes(carols.uri), "carol's post in alice's home");
    expect(uris(await home(alice))).not.toContain(fromBob.uri);
    expect(uris(await home(carol))).toContain(fromBob.uri);
    const publicFor = async (token: string | null) => ((await callA("GET", "/api/v1/timelines/public", token)).body as Shown[]).map((s) => s.uri);
    expect(await publicFor(alice.token)).not.toContain(fromBob.uri);
    expect(await publicFor(null)).toContain(fromBob.uri);
    expect(await notified()).toEqual([]);

    // Live: a boost of bob's new post by carol does not reach alice's home stream; carol's next post does.
    const client = wsClient(`${urlA.replace("http", "ws")}/graphql`, alice.token);
    const live = await subscribe(client, SubscribeHome);
    const again = await postOn(b, bob, `@${alice.name}@${hostA} still here`);
    const againOnA = await eventually(async () => a.app.deps.db.status.findUnique({ where: { uri: again.uri } }), "bob's mention on A");
    await api(a, carol.token, "POST", `/api/v1/statuses/${againOnA.id}/reblog`);
    const next = await postOn(a, carol, "after the boost");
    expect((await live.next()).data?.homeTimeline.statusId).toBe(next.id);
    await live.close();
    await client.dispose();
    // ... and his mention brought no notification.
    await a.app.events.drain();
    expect(await notified()).toEqual([]);

    // A new Follow from there is rejected.
    await api(b, bob.token, "POST", `/api/v1/accounts/${aliceOnB}/follow`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await eventually(async () => !(await relationship(b, bob, aliceOnB)).following, "the Reject of the new follow");
    expect((await relationship(a, alice, bobOnA)).followed_by).toBe(false);

    // GraphQL: listed, then lifted (the follows do not come back).
    const listed = await a.gql(BlockedDomains, { first: 10 }, alice.token);
    expect(listed.data?.blockedDomains.edges.map((e) => e.node)).toEqual([hostB]);
    const lifted = await a.gql(UnblockDomain, { domain: hostB.toUpperCase() }, alice.token);
    expect(lifted.data?.unblockDomain).toEqual({ __typename: "MutationUnblockDomainSuccess", data: hostB });
    expect(await alice.api.v1.domainBlocks.list()).toEqual([]);
    expect(await relationship(a, alice, bobOnA)).toMatchObject({ domain_blocking: false, following: false });
    expect(uris(await home(alice))).toContain(carols.uri);
  }, 90_000);
});

describe("the domain block endpoints", () => {
  it("page with Link headers, refuse bad domains, the 1001st block and anonymous callers", async () => {
    const dora = await mastoPerson(a, urlA, "dora");
    const made = await a.gql(BlockDomain, { domain: "First.Example" }, dora.token);
    expect(made.data?.blockDomain).toEqual({ __typename: "MutationBlockDomainSuccess", data: "first.example" });
    await dora.api.v1.domainBlocks.create({ domain: "second.example" });
    await dora.api.v1.domainBlocks.create({ domain: "second.example" }); // again: nothing more
    const page = await callA("GET", "/api/v1/domain_blocks?limit=1", dora.token);
    expect(page.body).toEqual(["second.example"]);
    const next = /<([^>]+)>; rel="next"/.exec(page.headers.get("link") ?? "")![1]!;
    expect((await callA("GET", new URL(next).pathname + new URL(next).search, dora.token)).body).toEqual(["first.example"]);
    const paged = await a.gql(BlockedDomains, { first: 1 }, dora.token);
    expect(paged.data?.blockedDomains).toMatchObject({ edges: [{ node: "second.example" }], pageInfo: { hasNextPage: true } });

    await refused(a, 422, () => callA("POST", "/api/v1/domain_blocks", dora.token, { domain: "not a domain" }));
    await refused(a, 422, () => callA("POST", "/api/v1/domain_blocks", dora.token, {}));
    await refused(a, 422, () => callA("POST", "/api/v1/domain_blocks", dora.token, { domain: hostA }));
    await expectFailure(a, BlockDomain, { domain: "a/b" }, dora.token, VALIDATION("domain"));
    await refused(a, 401, () => callA("GET", "/api/v1/domain_blocks", null));
    await refused(a, 401, () => callA("POST", "/api/v1/domain_blocks", null, { domain: "x.example" }));
    await refused(a, 401, () => callA("DELETE", "/api/v1/domain_blocks", null, { domain: "first.example" }));
    const anonymous = await a.gql(BlockedDomains, { first: 1 }, null);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");

    // At most 1000 each.
    await a.app.deps.db.accountDomainBlock.createMany({
      data: Array.from({ length: MAX_DOMAIN_BLOCKS - 2 }, (_, i) => ({ id: newId(), accountId: BigInt(dora.snowflake), domain: `filler${i}.example` })),
    });
    await refused(a, 422, () => callA("POST", "/api/v1/domain_blocks", dora.token, { domain: "one-too-many.example" }), /at most 1000/);
    expect((await callA("DELETE", "/api/v1/domain_blocks", dora.token, { domain: "first.example" })).body).toEqual({});
    expect((await callA("POST", "/api/v1/domain_blocks", dora.token, { domain: "one-more.example" })).status).toBe(200);
  });
});
