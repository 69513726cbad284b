// Two instances on loopback: a profile update reaches followers on the other server, an
// account moves (GraphQL aliases + move; followers on both servers follow the new account,
// each side asserted), a report forwarded as a Flag becomes a report there, a deleted remote
// account takes its posts and follows with it, and a followers-only post is served to a
// signed fetch by a follower only.
import { Delete, Person as APPerson } from "@fedify/vocab";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newFederationData } from "../../src/activitypub/context.js";
import { api, AS, get, pathOf } from "../support/activitypub.js";
import { startFederatingPair, type TestApp } from "../support/app.js";
import { signUp, type Person } from "../support/world.js";
import { graphql } from "../generated/gql.js";

let a: TestApp;
let b: TestApp;
let hostA: string;
let hostB: string;

beforeAll(async () => {
  [a, b] = await startFederatingPair();
  hostA = new URL(a.app.config.publicUrl).host;
  hostB = new URL(b.app.config.publicUrl).host;
});
afterAll(() => Promise.all([a?.close(), b?.close()]));

async function eventually<T>(check: () => Promise<T | null | undefined | false>, what: string, ms = 15_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) {
      const jobs = async (t: TestApp) => JSON.stringify((await t.app.deps.pool.query("SELECT attempts, last_error, failed_at FROM jobs")).rows).slice(0, 1500);
      throw new Error(`timed out waiting for ${what}; jobs on A: ${await jobs(a)}; on B: ${await jobs(b)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function resolve(t: TestApp, who: Person, handle: string): Promise<{ id: string; acct: string }> {
  const found = await api(t, who.token, "GET", `/api/v2/search?resolve=true&type=accounts&q=${encodeURIComponent(handle)}`);
  expect(found.body.accounts, handle).toHaveLength(1);
  return found.body.accounts[0];
}

/** `who` on `t` follows `handle` on the other server, and waits until that server has the follow too. */
async function followAcross(t: TestApp, who: Person, handle: string) {
  const remote = await resolve(t, who, handle);
  await api(t, who.token, "POST", `/api/v1/accounts/${remote.id}/follow`);
  const other = t === a ? b : a;
  const username = handle.split("@")[0]!;
  await eventually(
    async () => other.app.deps.db.follow.findFirst({ where: { targetAccount: { username, domain: null }, account: { username: who.name } } }),
    `${who.name} following ${handle} on its server`,
  );
  return remote;
}

const Move = graphql(`
  mutation Move($handle: String!) {
    moveAccount(handle: $handle) {
      __typename
      ... on MutationMoveAccountSuccess { data { movedTo { acct } } }
      ... on Error { message }
    }
  }
`);
const Alias = graphql(`
  mutation Alias($handle: String!) {
    addAccountAlias(handle: $handle) {
      __typename
      ... on MutationAddAccountAliasSuccess { data { alsoKnownAs } }
      ... on Error { message }
    }
  }
`);

describe("profile, move, report, account deletion, followers-only fetch", () => {
  it("a profile update reaches the followers' server", async () => {
    const alice = await signUp(a, "alice");
    const bob = await signUp(b, "bob");
    const remote = await followAcross(b, bob, `${alice.name}@${hostA}`);
    await api(a, alice.token, "PATCH", "/api/v1/accounts/update_credentials", {
      display_name: "Alice Liddell",
      fields_attributes: { 0: { name: "Home", value: "https://example.com/alice" } },
    });
    const seen = await eventually(async () => {
      const account = (await api(b, bob.token, "GET", `/api/v1/accounts/${remote.id}`)).body;
      return account.display_name === "Alice Liddell" ? account : null;
    }, "the new name on B");
    expect(seen.fields.map((f: { name: string }) => f.name)).toEqual(["Home"]);
    expect(seen.fields[0].value).toContain("https://example.com/alice");
  });

  it("an account moves to the other server; followers on both servers follow the new one", async () => {
    const old = await signUp(a, "oldme");
    const fresh = await signUp(b, "newme");
    const dave = await signUp(a, "dave"); // local follower of the old account
    const carol = await signUp(b, "carol"); // remote follower of the old account
    await api(a, dave.token, "POST", `/api/v1/accounts/${old.snowflake}/follow`);
    const oldOnB = await followAcross(b, carol, `${old.name}@${hostA}`);

    // Without the alias the move is refused, and nothing changes.
    const refused = await a.gql(Move, { handle: `${fresh.name}@${hostB}` }, old.token);
    expect(refused.data?.moveAccount).toMatchObject({ __typename: "ValidationError" });
    expect((await a.app.deps.db.account.findUniqueOrThrow({ where: { id: BigInt(old.snowflake) } })).movedToAccountId).toBeNull();

    const aliased = await b.gql(Alias, { handle: `${old.name}@${hostA}` }, fresh.token);
    expect(aliased.data?.addAccountAlias).toMatchObject({ __typename: "MutationAddAccountAliasSuccess", data: { alsoKnownAs: [`${a.app.config.publicUrl}/users/${old.name}`] } });
    const moved = await a.gql(Move, { handle: `${fresh.name}@${hostB}` }, old.token);
    expect(moved.data?.moveAccount).toMatchObject({ __typename: "MutationMoveAccountSuccess", data: { movedTo: { acct: `${fresh.name}@${hostB}` } } });

    // A: dave now follows newme (remote), not oldme; the old account shows where it went.
    const newOnA = await eventually(
      async () => a.app.deps.db.account.findFirst({ where: { username: fresh.name, domain: hostB, followers: { some: { accountId: BigInt(dave.snowflake) } } } }),
      "dave following newme",
    );
    expect(await a.app.deps.db.follow.count({ where: { accountId: BigInt(dave.snowflake), targetAccountId: BigInt(old.snowflake) } })).toBe(0);
    const oldAccount = (await api(a, dave.token, "GET", `/api/v1/accounts/${old.snowflake}`)).body;
    expect(oldAccount.moved.acct).toBe(`${fresh.name}@${hostB}`);
    // B: newme has both followers (dave through A's Follow, carol moved by B on the Move).
    await eventually(async () => (await b.app.deps.db.account.findUniqueOrThrow({ where: { id: BigInt(fresh.snowflake) } })).followersCount === 2, "newme's two followers on B");
    const followers = (await api(b, fresh.token, "GET", `/api/v1/accounts/${fresh.snowflake}/followers`)).body.map((f: { acct: string }) => f.acct);
    expect(followers.sort()).toEqual([carol.name, `${dave.name}@${hostA}`].sort());
    const carolToOld = (await api(b, carol.token, "GET", `/api/v1/accounts/relationships?id[]=${oldOnB.id}`)).body[0];
    expect(carolToOld.following).toBe(false);
    expect((await api(b, carol.token, "GET", `/api/v1/accounts/${oldOnB.id}`)).body.moved.acct).toBe(fresh.name);
    expect(newOnA.movedToAccountId).toBeNull();
  });

  it("a report forwarded to the other server arrives there as a report", async () => {
    const troll = await signUp(a, "troll");
    const victim = await signUp(b, "victim");
    const trollOnB = await resolve(b, victim, `${troll.name}@${hostA}`);
    const report = (await api(b, victim.token, "POST", "/api/v1/reports", { account_id: trollOnB.id, comment: "Spam links", category: "spam", forward: true })).body;
    expect(report).toMatchObject({ category: "spam", comment: "Spam links", forwarded: true, action_taken: false });
    expect(report.target_account.acct).toBe(`${troll.name}@${hostA}`);
    const received = await eventually(async () => a.app.deps.db.report.findFirst({ where: { targetAccountId: BigInt(troll.snowflake) }, include: { account: true } }), "the Flag on A");
    expect(received.comment).toBe("Spam links");
    // From B's server actor, not from the person who reported.
    expect(received.account.uri).toBe(`${b.app.config.publicUrl}/actor`);
    expect(received.uri).toContain(b.app.config.publicUrl);
  });

  it("a remote account deleted on its server goes with its posts and follows", async () => {
    const leaver = await signUp(a, "leaver");
    const stayer = await signUp(b, "stayer");
    const onB = await followAcross(b, stayer, `${leaver.name}@${hostA}`);
    const posted = (await api(a, leaver.token, "POST", "/api/v1/statuses", { status: "Last words", visibility: "public" })).body;
    await eventually(async () => b.app.deps.db.status.findUnique({ where: { uri: posted.uri } }), "the post on B");

    const ctx = a.app.activityPub.federation.createContext(new URL(a.app.config.publicUrl), newFederationData(a.app.deps));
    const actor = new URL(`${a.app.config.publicUrl}/users/${leaver.name}`);
    const recipient = { id: new URL(`${b.app.config.publicUrl}/users/${stayer.name}`), inboxId: new URL(`${b.app.config.publicUrl}/users/${stayer.name}/inbox`) };
    const del = new Delete({ id: new URL(`${actor.href}#delete`), actor, object: new APPerson({ id: actor }) });
    await ctx.sendActivity({ identifier: leaver.name }, recipient, del, { immediate: true });

    await eventually(async () => (await b.app.deps.db.account.findUniqueOrThrow({ where: { id: BigInt(onB.id) } })).suspendedAt, "the account gone on B");
    // (the account is marked first, then its follows and posts go)
    await eventually(async () => (await b.app.deps.db.job.count()) === 0, "B's queue to run dry");
    expect((await b.app.deps.db.status.findUniqueOrThrow({ where: { uri: posted.uri } })).deletedAt).not.toBeNull();
    expect(await b.app.deps.db.follow.count({ where: { targetAccountId: BigInt(onB.id) } })).toBe(0);
    expect((await api(b, stayer.token, "GET", `/api/v1/accounts/${stayer.snowflake}`)).body.following_count).toBe(0);
    const lookup = await b.app.fetch(new Request(`${b.app.config.publicUrl}/api/v1/accounts/${onB.id}`, { headers: { authorization: `Bearer ${stayer.token}` } }));
    expect(lookup.status).toBe(404);
  });

  it("serves a followers-only post to a signed fetch by a follower only", async () => {
    const writer = await signUp(a, "writer");
    const reader = await signUp(b, "reader");
    const stranger = await signUp(b, "stranger");
    await followAcross(b, reader, `${writer.name}@${hostA}`);
    const posted = (await api(a, writer.token, "POST", "/api/v1/statuses", { status: "Friends only", visibility: "private" })).body;

    expect((await get(a, pathOf(posted.uri), AS)).status).toBe(404);
    const ctxB = b.app.activityPub.federation.createContext(new URL(b.app.config.publicUrl), newFederationData(b.app.deps));
    const fetchAs = async (identifier: string) => {
      const documentLoader = await ctxB.getDocumentLoader({ identifier });
      return documentLoader(posted.uri).then((doc) => doc.document as { content?: string; id?: string }, () => null);
    };
    expect((await fetchAs(reader.name))?.content).toContain("Friends only");
    expect(await fetchAs(stranger.name)).toBeNull();
  });
});
