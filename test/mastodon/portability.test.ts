// Leaving a server: exports in Mastodon's CSV formats, the posts archive, a following list
// exported on A imported on B, a move from A to B followed by a follower on a third server C,
// and the closing-date announcement.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SYSTEM } from "../../src/services/admin/guards.js";
import { setSetting } from "../../src/services/settings.js";
import { api } from "../support/activitypub.js";
import { startListeningApp, type TestApp } from "../support/app.js";
import { signUp, type Person } from "../support/world.js";
import { graphql } from "../generated/gql.js";

let a: TestApp;
let b: TestApp;
let c: TestApp;
const host = (t: TestApp) => new URL(t.app.config.publicUrl).host;

beforeAll(async () => {
  const started = await Promise.all([1, 2, 3].map(() => startListeningApp({ ALLOW_PRIVATE_NETWORK: "true" })));
  [a, b, c] = started.map((s) => s.t) as [TestApp, TestApp, TestApp];
});
afterAll(() => Promise.all([a?.close(), b?.close(), c?.close()]));

async function settle() {
  const until = Date.now() + 20_000;
  for (;;) {
    await Promise.all([a, b, c].map((t) => t.app.events.drain()));
    const left = (await Promise.all([a, b, c].map((t) => t.app.deps.db.job.count({ where: { failedAt: null } })))).reduce((x, y) => x + y, 0);
    if (left === 0) return;
    if (Date.now() > until) throw new Error("queues did not run dry");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function followAcross(t: TestApp, who: Person, handle: string) {
  const found = await api(t, who.token, "GET", `/api/v2/search?resolve=true&type=accounts&q=${encodeURIComponent(handle)}`);
  expect(found.body.accounts, handle).toHaveLength(1);
  await api(t, who.token, "POST", `/api/v1/accounts/${found.body.accounts[0].id}/follow`);
  await settle();
  return found.body.accounts[0] as { id: string };
}

const download = (t: TestApp, path: string, token: string | null) =>
  t.app.fetch(new Request(`${t.app.config.publicUrl}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} }));

const Import = graphql(`
  mutation ImportFollowing($csv: String!, $mode: ImportMode) {
    importFollowing(csv: $csv, mode: $mode) {
      __typename
      ... on MutationImportFollowingSuccess { data { followed unfollowed failed { address reason } } }
      ... on Error { message }
    }
  }
`);
const Export = graphql(`query ExportData($kind: ExportKind!) { exportData(kind: $kind) }`);

describe("exports and imports", () => {
  it("a following list exported on A imports on B", async () => {
    const [alice, carol] = await Promise.all([signUp(a, "alice"), signUp(a, "carol")]);
    const [dave, eve] = await Promise.all([signUp(b, "dave"), signUp(b, "eve")]);
    await api(a, alice.token, "POST", `/api/v1/accounts/${carol.snowflake}/follow`, { reblogs: false });
    await followAcross(a, alice, `${dave.name}@${host(b)}`);

    const file = await download(a, "/settings/exports/follows.csv", alice.token);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toContain("text/csv");
    const csv = await file.text();
    expect(csv.trim().split("\n")).toEqual([
      "Account address,Show boosts,Notify on new posts,Languages",
      `${carol.name}@${host(a)},false,false,`,
      `${dave.name}@${host(b)},true,false,`,
    ]);
    expect((await a.gql(Export, { kind: "following" }, alice.token)).data?.exportData).toBe(csv);
    expect((await download(a, "/settings/exports/follows.csv", null)).status).toBe(401);

    const imported = await b.gql(Import, { csv, mode: "MERGE" }, eve.token);
    expect(imported.data?.importFollowing).toEqual({ __typename: "MutationImportFollowingSuccess", data: { followed: 2, unfollowed: 0, failed: [] } });
    await settle();
    const following = (await api(b, eve.token, "GET", `/api/v1/accounts/${eve.snowflake}/following`)).body.map((f: { acct: string }) => f.acct);
    expect(following.sort()).toEqual([dave.name, `${carol.name}@${host(a)}`].sort());
    // carol's server has the follow too, with boosts off as in the file.
    expect(await a.app.deps.db.follow.count({ where: { targetAccountId: BigInt(carol.snowflake), account: { username: eve.name } } })).toBe(1);
    const carolOnB = await b.app.deps.db.account.findFirstOrThrow({ where: { username: carol.name, domain: host(a) } });
    expect((await b.app.deps.db.follow.findFirstOrThrow({ where: { account: { username: eve.name }, targetAccountId: carolOnB.id } })).showReblogs).toBe(false);

    // overwrite: only what the file lists stays followed.
    const onlyDave = `Account address,Show boosts\n${dave.name}@${host(b)},true\n`;
    const overwritten = await b.gql(Import, { csv: onlyDave, mode: "OVERWRITE" }, eve.token);
    expect(overwritten.data?.importFollowing).toMatchObject({ data: { followed: 1, unfollowed: 1 } });
  });

  it("refuses a file that is not a following list, and follows no one", async () => {
    const frank = await signUp(b, "frank");
    const before = await b.app.deps.db.follow.count();
    for (const csv of ["not an address at all\n", `"unclosed,quote\n`]) {
      const answer = await b.gql(Import, { csv }, frank.token);
      expect(answer.data?.importFollowing).toMatchObject({ __typename: "ValidationError" });
    }
    expect((await b.gql(Import, { csv: "" }, null)).data?.importFollowing).toMatchObject({ __typename: "UnauthenticatedError" });
    expect(await b.app.deps.db.follow.count()).toBe(before);
  });

  it("exports blocks, mutes and bookmarks, and the posts archive", async () => {
    const [gina, hal, ivy] = await Promise.all([signUp(a, "gina"), signUp(a, "hal"), signUp(a, "ivy")]);
    await api(a, gina.token, "POST", `/api/v1/accounts/${hal.snowflake}/block`);
    await api(a, gina.token, "POST", `/api/v1/accounts/${ivy.snowflake}/mute`, { notifications: false });
    const theirs = (await api(a, ivy.token, "POST", "/api/v1/statuses", { status: "bookmark me", visibility: "public" })).body;
    await api(a, gina.token, "POST", `/api/v1/statuses/${theirs.id}/bookmark`);
    const mine = [
      (await api(a, gina.token, "POST", "/api/v1/statuses", { status: "public words", visibility: "public" })).body,
      (await api(a, gina.token, "POST", "/api/v1/statuses", { status: "for followers", visibility: "private" })).body,
    ];
    const text = async (path: string) => (await download(a, path, gina.token)).text();
    expect((await text("/settings/exports/blocks.csv")).trim()).toBe(`${hal.name}@${host(a)}`);
    expect((await text("/settings/exports/mutes.csv")).trim().split("\n")).toEqual(["Account address,Hide notifications", `${ivy.name}@${host(a)},false`]);
    expect((await text("/settings/exports/bookmarks.csv")).trim()).toBe(theirs.uri);

    const archive = await download(a, "/settings/exports/outbox.json", gina.token);
    expect(archive.status).toBe(200);
    const outbox = (await archive.json()) as { type: string; totalItems: number; orderedItems: { type: string; object: { id: string; content: string } }[]; actor: { id: string } };
    expect(outbox.type).toBe("OrderedCollection");
    expect(outbox.orderedItems.map((item) => item.object.id)).toEqual(mine.map((s) => s.uri));
    expect(outbox.orderedItems.every((item) => item.type === "Create")).toBe(true);
    expect(outbox.actor.id).toBe(`${a.app.config.publicUrl}/users/${gina.name}`);
    expect((await download(a, "/settings/exports/outbox.json", null)).status).toBe(401);
  });
});

describe("moving and closing", () => {
  it("an account on A moves to B; its follower on C then follows B", async () => {
    const [old, fresh, follower] = await Promise.all([signUp(a, "leaving"), signUp(b, "arriving"), signUp(c, "loyal")]);
    const oldOnC = await followAcross(c, follower, `${old.name}@${host(a)}`);
    const Alias = graphql(`mutation PortAlias($handle: String!) { addAccountAlias(handle: $handle) { __typename } }`);
    const Move = graphql(`mutation PortMove($handle: String!) { moveAccount(handle: $handle) { __typename ... on Error { message } } }`);
    expect((await b.gql(Alias, { handle: `${old.name}@${host(a)}` }, fresh.token)).data?.addAccountAlias.__typename).toBe("MutationAddAccountAliasSuccess");
    expect((await a.gql(Move, { handle: `${fresh.name}@${host(b)}` }, old.token)).data?.moveAccount.__typename).toBe("MutationMoveAccountSuccess");
    await settle();
    await settle();
    const following = (await api(c, follower.token, "GET", `/api/v1/accounts/${follower.snowflake}/following`)).body.map((f: { acct: string }) => f.acct);
    expect(following).toEqual([`${fresh.name}@${host(b)}`]);
    expect(await b.app.deps.db.follow.count({ where: { targetAccountId: BigInt(fresh.snowflake), account: { username: follower.name } } })).toBe(1);
    expect((await api(c, follower.token, "GET", `/api/v1/accounts/${oldOnC.id}`)).body.moved.acct).toBe(`${fresh.name}@${host(b)}`);
  });

  it("a closing date is announced to everyone", async () => {
    const reader = await signUp(a, "reader");
    expect((await api(a, reader.token, "GET", "/api/v1/announcements")).body).toEqual([]);
    await setSetting(a.app.deps, SYSTEM, "closingAt", "2027-03-01T00:00:00Z");
    const [announcement] = (await api(a, reader.token, "GET", "/api/v1/announcements")).body;
    expect(announcement).toMatchObject({ id: "closing", ends_at: "2027-03-01T00:00:00.000Z", published: true });
    expect(announcement.content).toContain("1 Mar 2027");
    // Not an admin: cannot change it.
    await expect(setSetting(a.app.deps, { accountId: BigInt(reader.snowflake), role: "USER", scopes: ["read", "write", "admin:write"] }, "closingAt", null)).rejects.toThrow(/admins/);
  });
});
