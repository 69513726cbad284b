// Posts of all four visibilities from A reach exactly the right people on B: bob follows the
// author, carol is mentioned, dave is neither. Asserted on B through the Mastodon API and
// GraphQL (home timelines, the status by id, the public timeline), then a reply and a boost
// by bob come back to A.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api } from "../support/activitypub.js";
import { startFederatingPair, type TestApp } from "../support/app.js";
import { signUp, type Person } from "../support/world.js";
import { graphql } from "../generated/gql.js";

let a: TestApp;
let b: TestApp;
let hostA: string;
let hostB: string;
let alice: Person;
let bob: Person;
let carol: Person;
let dave: Person;

beforeAll(async () => {
  [a, b] = await startFederatingPair();
  hostA = new URL(a.app.config.publicUrl).host;
  hostB = new URL(b.app.config.publicUrl).host;
  [alice, bob, carol, dave] = await Promise.all([signUp(a, "alice"), signUp(b, "bob"), signUp(b, "carol"), signUp(b, "dave")]);
});
afterAll(() => Promise.all([a?.close(), b?.close()]));

/** Until both servers have no event handler running and no job left. */
async function settle() {
  const until = Date.now() + 15_000;
  for (;;) {
    await Promise.all([a.app.events.drain(), b.app.events.drain()]);
    const left = (await a.app.deps.db.job.count({ where: { failedAt: null } })) + (await b.app.deps.db.job.count({ where: { failedAt: null } }));
    if (left === 0) return;
    if (Date.now() > until) {
      const rows = async (t: TestApp) => JSON.stringify((await t.app.deps.pool.query("SELECT attempts, last_error, left(payload::text, 300) AS p FROM jobs")).rows);
      throw new Error(`queues did not run dry: A ${await rows(a)} B ${await rows(b)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const HomeUris = graphql(`query VisHome { homeTimeline(first: 40) { edges { node { uri } } } }`);
const StatusById = graphql(`query VisStatus($id: ID!) { status(id: $id) { uri visibility } }`);

const restHome = async (who: Person) => ((await api(b, who.token, "GET", "/api/v1/timelines/home?limit=40")).body as { uri: string }[]).map((s) => s.uri);
const gqlHome = async (who: Person) => ((await b.gql(HomeUris, {}, who.token)).data?.homeTimeline.edges ?? []).map((e) => e.node.uri);
/** What `who` gets for the status with `uri` on B: its visibility through both APIs, or null. */
async function seenBy(who: Person, uri: string) {
  const row = await b.app.deps.db.status.findUnique({ where: { uri } });
  if (!row) return { stored: false, rest: null, graphql: null };
  const response = await b.app.fetch(new Request(`${b.app.config.publicUrl}/api/v1/statuses/${row.id}`, { headers: { authorization: `Bearer ${who.token}` } }));
  const rest = response.status === 200 ? ((await response.json()) as { visibility: string }).visibility : null;
  const gql = await b.gql(StatusById, { id: String(row.id) }, who.token);
  return { stored: true, rest, graphql: gql.data?.status?.visibility ?? null };
}

describe("visibility across servers", () => {
  it("public, unlisted, followers-only and direct reach exactly the right people", async () => {
    const found = await api(b, bob.token, "GET", `/api/v2/search?resolve=true&type=accounts&q=${encodeURIComponent(`${alice.name}@${hostA}`)}`);
    await api(b, bob.token, "POST", `/api/v1/accounts/${found.body.accounts[0].id}/follow`);
    await settle();
    await Promise.all([restHome(bob), restHome(carol)]); // warm home feeds

    const mention = `@${carol.name}@${hostB}`;
    const post = async (visibility: string, text: string) =>
      (await api(a, alice.token, "POST", "/api/v1/statuses", { status: text, visibility })).body.uri as string;
    const pub = await post("public", "public post");
    const unlisted = await post("unlisted", "unlisted post");
    const priv = await post("private", "followers-only post");
    const privMention = await post("private", `followers-only, and ${mention}`);
    const direct = await post("direct", `just for you ${mention}`);
    await settle();

    // bob (follower): everything but the direct message; in his home too.
    for (const home of [await restHome(bob), await gqlHome(bob)]) {
      expect(home).toEqual(expect.arrayContaining([pub, unlisted, priv, privMention]));
      expect(home).not.toContain(direct);
    }
    expect(await seenBy(bob, priv)).toEqual({ stored: true, rest: "private", graphql: "PRIVATE" });
    expect((await seenBy(bob, direct)).rest).toBeNull();
    expect((await seenBy(bob, direct)).graphql).toBeNull();

    // carol (mentioned, not a follower): the two posts that mention her, nothing else private.
    expect(await seenBy(carol, direct)).toEqual({ stored: true, rest: "direct", graphql: "DIRECT" });
    expect(await seenBy(carol, privMention)).toEqual({ stored: true, rest: "private", graphql: "PRIVATE" });
    expect((await seenBy(carol, priv)).rest).toBeNull();
    const notifications = (await api(b, carol.token, "GET", "/api/v1/notifications?types[]=mention")).body as { status: { uri: string } }[];
    expect(notifications.map((n) => n.status.uri).sort()).toEqual([direct, privMention].sort());
    expect(await restHome(carol)).not.toContain(priv);

    // dave (neither): public and unlisted by id; public alone on the public timeline.
    expect((await seenBy(dave, pub)).rest).toBe("public");
    expect((await seenBy(dave, unlisted)).rest).toBe("unlisted");
    for (const hidden of [priv, privMention, direct]) expect(await seenBy(dave, hidden), hidden).toMatchObject({ rest: null, graphql: null });
    const timeline = ((await api(b, dave.token, "GET", "/api/v1/timelines/public?remote=true")).body as { uri: string }[]).map((s) => s.uri);
    expect(timeline).toContain(pub);
    expect(timeline).not.toContain(unlisted);
    expect(timeline).not.toContain(priv);
  });

  it("a reply and a boost from B come back to A", async () => {
    const original = (await api(a, alice.token, "POST", "/api/v1/statuses", { status: "reply to me", visibility: "public" })).body;
    await settle();
    const onB = await b.app.deps.db.status.findUniqueOrThrow({ where: { uri: original.uri } });
    const reply = (await api(b, bob.token, "POST", "/api/v1/statuses", { status: `@${alice.name}@${hostA} here is my reply`, in_reply_to_id: String(onB.id) })).body;
    await api(b, bob.token, "POST", `/api/v1/statuses/${onB.id}/reblog`);
    await settle();

    const context = (await api(a, alice.token, "GET", `/api/v1/statuses/${original.id}/context`)).body as { descendants: { uri: string }[] };
    expect(context.descendants.map((s) => s.uri)).toContain(reply.uri);
    const after = (await api(a, alice.token, "GET", `/api/v1/statuses/${original.id}`)).body;
    expect(after.replies_count).toBe(1);
    expect(after.reblogs_count).toBe(1);
    const types = ((await api(a, alice.token, "GET", "/api/v1/notifications")).body as { type: string; account: { acct: string } }[])
      .filter((n) => n.account.acct === `${bob.name}@${hostB}` && n.type !== "follow")
      .map((n) => n.type)
      .sort();
    expect(types).toEqual(["mention", "reblog"]);
  });
});
