// Moderating accounts through the Mastodon admin API (masto.js where it has the call) and
// GraphQL: suspension (login refused, tokens dead, content gone from every API and back
// after unsuspension; other servers get the actor's Update, and its Delete when the data
// goes), limits (silence), sensitive, disable, approval of applicants, the v1 and v2 lists,
// who may act on whom, and the authorization matrix: every operation refused for anonymous
// callers (401) and ordinary users (403), in REST and GraphQL, writing nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "../../src/core/ids.js";
import { graphql } from "../generated/gql.js";
import { caller, refused, rowCounts } from "../support/api.js";
import { startListeningApp, type TestApp } from "../support/app.js";
import { Login, StatusById } from "../support/documents.js";
import { startPeer, type Peer } from "../support/fixture-peers.js";
import { passwordToken } from "../support/masto.js";
import { follow, post } from "../support/world.js";
import { AdminAccountQuery, AuditLog, ModerateAccount, person, refusedGql, UnsuspendAccount, type Someone } from "./staff.js";
import { eventually } from "../support/eventually.js";

let t: TestApp;
let url: string;
let peer: Peer;
let mod: Someone;
let admin: Someone;
beforeAll(async () => {
  ({ t, url } = await startListeningApp({ API_RATE_LIMIT: "0", ALLOW_PRIVATE_NETWORK: "true" }));
  peer = await startPeer();
  mod = await person(t, url, "mod", "MODERATOR");
  admin = await person(t, url, "admin", "ADMIN");
});
afterAll(async () => {
  await peer?.close();
  await t?.close();
});

const call = caller(() => url);
const someone = (name: string) => person(t, url, name);

const AccountQ = graphql(`query AdmAccount($id: ID!) { account(id: $id) { id } }`);
const SearchQ = graphql(`query AdmSearch($q: String!) { search(query: $q) { accounts { snowflake } statuses { snowflake } } }`);
const SensitiveQ = graphql(`query AdmSensitive($id: ID!) { status(id: $id) { sensitive } }`);

const AdminList = graphql(`query AdmList { adminAccounts(first: 5) { edges { node { id } } } }`);
const Verbs = graphql(`
  mutation AdmVerbs($id: ID!) {
    approveAccount(accountId: $id) { __typename ... on Error { code } }
    rejectAccount(accountId: $id) { __typename ... on Error { code } }
    enableAccount(accountId: $id) { __typename ... on Error { code } }
    unsilenceAccount(accountId: $id) { __typename ... on Error { code } }
    unsensitizeAccount(accountId: $id) { __typename ... on Error { code } }
    deleteAccountData(accountId: $id) { __typename ... on Error { code } }
  }
`);

const ids = (list: { id: string }[]) => list.map((x) => x.id);

/** An account of the peer server, in our database, following `local`. */
async function remoteFollower(name: string, local: Someone) {
  const db = t.app.deps.db;
  const uri = `${peer.origin}/users/${name}`;
  const account = await db.account.create({
    data: { id: newId(), username: name, domain: peer.host, handleKey: `${name.toLowerCase()}@${peer.host}`, uri, inboxUrl: `${uri}/inbox` },
  });
  await db.follow.create({ data: { id: newId(), accountId: account.id, targetAccountId: BigInt(local.snowflake), uri: `${uri}#follows/1` } });
  await db.account.update({ where: { id: BigInt(local.snowflake) }, data: { followersCount: { increment: 1 } } });
  return account;
}

const delivered = (type: string, to: string) => peer.received.filter((r) => r.body?.type === type && r.path === new URL(to).pathname);

describe("suspension", () => {
  it("refuses login, kills tokens, hides content everywhere, and unsuspension brings it all back", async () => {
    const bob = await someone("suspbob");
    const carol = await someone("suspcarol");
    const word = `zebra${bob.snowflake.slice(-6)}`;
    await follow(t, carol, bob);
    await t.gql(graphql(`query AdmWarm { homeTimeline(first: 1) { edges { cursor } } }`), {}, carol.token);
    const status = await post(t, bob, `a public post with ${word}`);
    const carolPost = await post(t, carol, "carol's post");
    await bob.api.v1.statuses.$select(carolPost.snowflake).favourite();
    await t.app.events.drain();
    const sessions = [bob.token, await passwordToken(url, bob, "read")];

    await mod.api.v1.admin.accounts.$select(bob.snowflake).action.create({ type: "suspend", text: "spam, all of it" });
    await t.app.events.drain();

    // No login, no token.
    for (const token of sessions) expect((await call("GET", "/api/v1/accounts/verify_credentials", token)).status).toBe(401);
    expect(await t.app.deps.db.accessToken.count({ where: { accountId: BigInt(bob.snowflake) } })).toBe(0);
    const login = await t.gql(Login, { email: `${bob.name}@example.org`, password: "correct horse battery" });
    expect(login.data?.login).toMatchObject({ __typename: "UnauthenticatedError", message: expect.stringMatching(/suspended/) });
    await expect(passwordToken(url, bob, "read")).rejects.toThrow();

    // Gone: by id, the account, public timeline, search, home of a follower, notifications it caused.
    const gone = async () => {
      expect((await call("GET", `/api/v1/statuses/${status.snowflake}`, null)).status).toBe(404);
      expect((await call("GET", `/api/v1/accounts/${bob.snowflake}`, null)).status).toBe(404);
      expect((await call("GET", `/api/v1/accounts/lookup?acct=${bob.name}`, null)).status).toBe(404);
      expect(ids((await call("GET", "/api/v1/timelines/public?limit=40", null)).body)).not.toContain(status.snowflake);
      const found = (await call("GET", `/api/v2/search?q=${word}`, carol.token)).body;
      expect(found.statuses).toEqual([]);
      expect(ids((await call("GET", `/api/v2/search?q=${bob.name}&type=accounts`, carol.token)).body.accounts)).not.toContain(bob.snowflake);
      expect(ids((await call("GET", "/api/v1/timelines/home", carol.token)).body)).not.toContain(status.snowflake);
      const notifications = (await call("GET", "/api/v1/notifications", carol.token)).body as { account: { id: string } }[];
      expect(notifications.map((n) => n.account.id)).not.toContain(bob.snowflake);
      expect((await t.gql(StatusById, { id: status.snowflake })).data?.status).toBeNull();
      expect((await t.gql(AccountQ, { id: bob.snowflake })).data?.account).toBeNull();
      expect((await t.gql(SearchQ, { q: word }, carol.token)).data?.search.statuses).toEqual([]);
    };
    await gone();

    // The moderator still sees it all; the warning and the audit entry are there.
    const seen = await mod.api.v1.admin.accounts.$select(bob.snowflake).fetch();
    expect(seen).toMatchObject({ id: bob.snowflake, username: bob.name, suspended: true, silenced: false, email: `${bob.name}@example.org`, account: { id: bob.snowflake } });
    const warning = await t.app.deps.db.accountWarning.findFirstOrThrow({ where: { targetAccountId: BigInt(bob.snowflake) } });
    expect(warning).toMatchObject({ action: "suspend", text: "spam, all of it", accountId: BigInt(mod.snowflake) });
    const log = await t.gql(AuditLog, { targetId: bob.snowflake }, admin.token);
    expect(log.data?.auditLog.edges.map((e) => e.node)).toEqual([
      { action: "account.suspend", targetType: "account", targetId: bob.snowflake, reason: "spam, all of it", data: expect.any(String), account: { username: mod.name } },
    ]);

    // Unsuspended (in GraphQL): everything is back, and bob signs in anew (old tokens stay dead).
    const back = await t.gql(UnsuspendAccount, { accountId: bob.snowflake }, mod.token);
    expect(back.data?.unsuspendAccount).toMatchObject({ __typename: "MutationUnsuspendAccountSuccess", data: { suspended: false } });
    await t.app.events.drain();
    expect((await call("GET", `/api/v1/statuses/${status.snowflake}`, null)).status).toBe(200);
    expect((await call("GET", `/api/v1/accounts/${bob.snowflake}`, null)).status).toBe(200);
    expect(ids((await call("GET", "/api/v1/timelines/public?limit=40", null)).body)).toContain(status.snowflake);
    expect(ids((await call("GET", `/api/v2/search?q=${word}`, carol.token)).body.statuses)).toEqual([status.snowflake]);
    expect(ids((await call("GET", "/api/v1/timelines/home", carol.token)).body)).toContain(status.snowflake);
    expect(((await call("GET", "/api/v1/notifications", carol.token)).body as { account: { id: string } }[]).map((n) => n.account.id)).toContain(bob.snowflake);
    expect((await t.gql(StatusById, { id: status.snowflake })).data?.status?.snowflake).toBe(status.snowflake);
    expect((await call("GET", "/api/v1/accounts/verify_credentials", bob.token)).status).toBe(401);
    expect((await call("GET", "/api/v1/accounts/verify_credentials", await passwordToken(url, bob, "read"))).status).toBe(200);
    // Not suspended: unsuspending again is refused, as Mastodon does.
    await refused(t, 403, () => call("POST", `/api/v1/admin/accounts/${bob.snowflake}/unsuspend`, mod.token));
  });

  it("tells other servers with an Update of the actor, and a Delete when an admin deletes the data", async () => {
    const dan = await someone("fedidan");
    const fan = await remoteFollower("fan", dan);
    const inbox = fan.inboxUrl!;
    await mod.api.v1.admin.accounts.$select(dan.snowflake).action.create({ type: "suspend" });
    const update = await eventually(() => delivered("Update", inbox)[0], "the Update");
    expect(update.body).toMatchObject({ actor: `${url}/users/${dan.name}`, object: { id: `${url}/users/${dan.name}`, suspended: true } });
    await mod.api.v1.admin.accounts.$select(dan.snowflake).unsuspend();
    const lifted = await eventually(() => delivered("Update", inbox)[1], "the second Update");
    expect(lifted.body.object.suspended).toBe(false);

    // Deleting data needs a suspended account, and an admin.
    await refused(t, 403, () => call("DELETE", `/api/v1/admin/accounts/${dan.snowflake}`, admin.token));
    await mod.api.v1.admin.accounts.$select(dan.snowflake).action.create({ type: "suspend" });
    await refused(t, 403, () => call("DELETE", `/api/v1/admin/accounts/${dan.snowflake}`, mod.token));
    await post(t, admin, "unrelated"); // the admin's own posts stay
    const deleted = await call("DELETE", `/api/v1/admin/accounts/${dan.snowflake}`, admin.token);
    expect(deleted.status).toBe(200);
    expect(deleted.body).toMatchObject({ id: dan.snowflake, suspended: true, email: null });
    const remove = await eventually(() => delivered("Delete", inbox)[0], "the Delete");
    expect(remove.body).toMatchObject({ actor: `${url}/users/${dan.name}`, object: `${url}/users/${dan.name}` });
    expect(await t.app.deps.db.credential.count({ where: { accountId: BigInt(dan.snowflake) } })).toBe(0);
    expect(await t.app.deps.db.follow.count({ where: { targetAccountId: BigInt(dan.snowflake) } })).toBe(0);
    // Gone for good: neither deleted twice nor unsuspended.
    await refused(t, 403, () => call("DELETE", `/api/v1/admin/accounts/${dan.snowflake}`, admin.token));
    await refused(t, 403, () => call("POST", `/api/v1/admin/accounts/${dan.snowflake}/unsuspend`, admin.token));
  });

  it("makes a suspended remote account stop following people here (Reject, as Mastodon)", async () => {
    const erin = await someone("fedierin");
    const remote = await remoteFollower("rfan", erin);
    await mod.api.v1.admin.accounts.$select(String(remote.id)).action.create({ type: "suspend" });
    const reject = await eventually(() => delivered("Reject", remote.inboxUrl!)[0], "the Reject");
    expect(reject.body).toMatchObject({ actor: `${url}/users/${erin.name}`, object: { type: "Follow", id: `${remote.uri}#follows/1` } });
    expect(await t.app.deps.db.follow.count({ where: { accountId: remote.id } })).toBe(0);
    expect((await call("GET", `/api/v1/accounts/${erin.snowflake}`, null)).body.followers_count).toBe(0);
    // Disabling is for accounts of this server.
    await refused(t, 422, () => call("POST", `/api/v1/admin/accounts/${remote.id}/action`, mod.token, { type: "disable" }));
  });
});

describe("limits, sensitive, disable", () => {
  it("silence: off the public timeline and out of strangers' search, still seen by followers", async () => {
    const sam = await someone("silsam");
    const fan = await someone("silfan");
    const stranger = await someone("silstranger");
    await follow(t, fan, sam);
    await t.gql(graphql(`query AdmWarm2 { homeTimeline(first: 1) { edges { cursor } } }`), {}, fan.token);
    const result = await t.gql(ModerateAccount, { accountId: sam.id, action: "SILENCE", text: "too loud" }, mod.token);
    expect(result.data?.moderateAccount).toMatchObject({ __typename: "MutationModerateAccountSuccess", data: { silenced: true, suspended: false } });
    const status = await post(t, sam, "still here");
    await t.app.events.drain();
    expect(ids((await call("GET", "/api/v1/timelines/public?limit=40", null)).body)).not.toContain(status.snowflake);
    expect(ids((await call("GET", "/api/v1/timelines/public?local=true&limit=40", stranger.token)).body)).not.toContain(status.snowflake);
    expect(ids((await call("GET", "/api/v1/timelines/home", fan.token)).body)).toContain(status.snowflake);
    expect((await call("GET", `/api/v1/statuses/${status.snowflake}`, stranger.token)).status).toBe(200);
    const search = async (who: Someone) => ids((await call("GET", `/api/v2/search?q=${sam.name}&type=accounts`, who.token)).body.accounts);
    expect(await search(stranger)).not.toContain(sam.snowflake);
    expect(await search(fan)).toContain(sam.snowflake);
    expect((await t.gql(SearchQ, { q: sam.name }, stranger.token)).data?.search.accounts).toEqual([]);

    const lifted = await mod.api.v1.admin.accounts.$select(sam.snowflake).unsilence();
    expect(lifted.silenced).toBe(false);
    expect(ids((await call("GET", "/api/v1/timelines/public?limit=40", null)).body)).toContain(status.snowflake);
    expect(await search(stranger)).toContain(sam.snowflake);
  });

  it("sensitive: everything they post shows as sensitive, except to themselves", async () => {
    const sue = await someone("senssue");
    const status = await post(t, sue, "a picture, trust me");
    await mod.api.v1.admin.accounts.$select(sue.snowflake).action.create({ type: "sensitive" });
    expect((await call("GET", `/api/v1/statuses/${status.snowflake}`, null)).body.sensitive).toBe(true);
    expect((await call("GET", `/api/v1/statuses/${status.snowflake}`, sue.token)).body.sensitive).toBe(false);
    expect((await t.gql(SensitiveQ, { id: status.snowflake })).data?.status?.sensitive).toBe(true);
    // GraphQL says the same to everyone (live timelines render once for all viewers).
    expect((await t.gql(SensitiveQ, { id: status.snowflake }, sue.token)).data?.status?.sensitive).toBe(true);
    expect((await mod.api.v1.admin.accounts.$select(sue.snowflake).fetch()).sensitized).toBe(true);
    expect((await mod.api.v1.admin.accounts.$select(sue.snowflake).unsensitive()).sensitized).toBe(false);
    expect((await call("GET", `/api/v1/statuses/${status.snowflake}`, null)).body.sensitive).toBe(false);
  });

  it("disable: the login stops working, the account stays visible; enable gives it back", async () => {
    const dee = await someone("disdee");
    await mod.api.v1.admin.accounts.$select(dee.snowflake).action.create({ type: "disable" });
    expect((await call("GET", "/api/v1/accounts/verify_credentials", dee.token)).status).toBe(401);
    expect((await call("GET", `/api/v1/accounts/${dee.snowflake}`, null)).status).toBe(200);
    const login = await t.gql(Login, { email: `${dee.name}@example.org`, password: "correct horse battery" });
    expect(login.data?.login).toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/disabled/) });
    expect((await mod.api.v1.admin.accounts.$select(dee.snowflake).fetch()).disabled).toBe(true);
    expect((await mod.api.v1.admin.accounts.$select(dee.snowflake).enable()).disabled).toBe(false);
    expect((await call("GET", "/api/v1/accounts/verify_credentials", await passwordToken(url, dee, "read"))).status).toBe(200);
  });

  it("refuses an unknown action type (422) and an unknown account (404)", async () => {
    const x = await someone("typex");
    await refused(t, 422, () => call("POST", `/api/v1/admin/accounts/${x.snowflake}/action`, mod.token, { type: "obliterate" }));
    await refused(t, 422, () => call("POST", `/api/v1/admin/accounts/${x.snowflake}/action`, mod.token, {}));
    await refused(t, 404, () => call("POST", `/api/v1/admin/accounts/123456789012345/action`, mod.token, { type: "none" }));
  });
});

describe("applicants", () => {
  const pending = async (name: string) => {
    const who = await someone(name);
    await t.app.deps.db.credential.update({ where: { accountId: BigInt(who.snowflake) }, data: { approved: false } });
    return who;
  };
  const signIn = (who: Someone) => t.gql(Login, { email: `${who.name}@example.org`, password: "correct horse battery" });

  it("are approved or rejected (with the reason told at login), listed while pending", async () => {
    const ann = await pending("appann");
    const ben = await pending("appben");
    const listed = await mod.api.v1.admin.accounts.list({ pending: true, limit: 200 });
    expect(ids(listed)).toEqual(expect.arrayContaining([ann.snowflake, ben.snowflake]));
    const v2 = await call("GET", "/api/v2/admin/accounts?status=pending&origin=local", mod.token);
    expect(ids(v2.body)).toEqual(expect.arrayContaining([ann.snowflake, ben.snowflake]));
    expect(v2.body.every((a: { approved: boolean }) => !a.approved)).toBe(true);

    expect((await mod.api.v1.admin.accounts.$select(ann.snowflake).approve()).approved).toBe(true);
    await expect(signIn(ann)).resolves.toMatchObject({ data: { login: { __typename: "MutationLoginSuccess" } } });
    await refused(t, 403, () => call("POST", `/api/v1/admin/accounts/${ann.snowflake}/approve`, mod.token));

    const rejected = await call("POST", `/api/v1/admin/accounts/${ben.snowflake}/reject`, mod.token, { reason: "not a real person" });
    expect(rejected.body).toMatchObject({ approved: false });
    expect((await signIn(ben)).data?.login).toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("not a real person") });
    await refused(t, 403, () => call("POST", `/api/v1/admin/accounts/${ben.snowflake}/reject`, mod.token));
    const entries = await t.app.deps.db.auditLogEntry.findMany({ where: { targetId: { in: [ann.snowflake, ben.snowflake] } }, orderBy: { id: "asc" } });
    expect(entries.map((e) => [e.action, e.targetId, e.reason])).toEqual([
      ["account.approve", ann.snowflake, ""],
      ["account.reject", ben.snowflake, "not a real person"],
    ]);
  });
});

describe("lists", () => {
  it("filter as Mastodon's v1 and v2 do, and page with Link headers", async () => {
    const role = await call("GET", `/api/v2/admin/accounts?permissions=staff`, admin.token);
    expect(ids(role.body)).toEqual(expect.arrayContaining([mod.snowflake, admin.snowflake]));
    expect(role.body.find((a: { id: string }) => a.id === admin.snowflake).role).toMatchObject({ id: 2, name: "Admin", permissions: 0xfffff });
    expect(ids((await call("GET", "/api/v2/admin/accounts?role_ids[]=1", admin.token)).body)).toEqual([mod.snowflake]);
    expect(ids(await admin.api.v1.admin.accounts.list({ staff: true }))).toEqual([admin.snowflake, mod.snowflake]);
    expect(ids(await admin.api.v1.admin.accounts.list({ username: mod.name.slice(0, -2).toUpperCase() }))).toContain(mod.snowflake);
    expect(ids(await admin.api.v1.admin.accounts.list({ email: `${admin.name}@EXAMPLE` }))).toEqual([admin.snowflake]);
    const remote = await admin.api.v1.admin.accounts.list({ remote: true });
    expect(remote.length).toBeGreaterThan(0);
    expect(remote.every((a) => a.domain === peer.host)).toBe(true);
    expect((await call("GET", "/api/v2/admin/accounts?origin=elsewhere", admin.token)).status).toBe(400);

    const first = await call("GET", "/api/v1/admin/accounts?local=true&limit=2", admin.token);
    expect(first.body).toHaveLength(2);
    const next = /<([^>]+)>; rel="next"/.exec(first.headers.get("link") ?? "")![1]!;
    const second = await call("GET", new URL(next).pathname + new URL(next).search, admin.token);
    expect(second.body).toHaveLength(2);
    expect(BigInt(second.body[0].id)).toBeLessThan(BigInt(first.body[1].id));
    const keys = Object.keys(first.body[0]).sort();
    expect(keys).toEqual(
      ["account", "approved", "confirmed", "created_at", "disabled", "domain", "email", "id", "invite_request", "ip", "ips", "locale", "role", "sensitized", "silenced", "suspended", "username"].sort(),
    );
  });
});

describe("who may act on whom", () => {
  it("a moderator cannot act on an admin or a moderator, nor anyone on themselves; an admin can", async () => {
    const otherMod = await person(t, url, "othermod", "MODERATOR");
    for (const target of [admin, otherMod]) {
      await refused(t, 403, () => call("POST", `/api/v1/admin/accounts/${target.snowflake}/action`, mod.token, { type: "suspend" }));
      await refusedGql(t, ModerateAccount, { accountId: target.id, action: "SUSPEND" }, mod.token, "FORBIDDEN");
    }
    await refused(t, 403, () => call("POST", `/api/v1/admin/accounts/${mod.snowflake}/action`, mod.token, { type: "silence" }));
    await refused(t, 403, () => call("POST", `/api/v1/admin/accounts/${admin.snowflake}/action`, admin.token, { type: "silence" }));
    expect((await call("POST", `/api/v1/admin/accounts/${otherMod.snowflake}/action`, admin.token, { type: "silence" })).status).toBe(200);
    expect((await t.gql(AdminAccountQuery, { id: otherMod.snowflake }, mod.token)).data?.adminAccount).toMatchObject({ silenced: true, role: "MODERATOR" });
  });
});

describe("authorization matrix", () => {
  it("refuses every account operation to anonymous callers (401) and ordinary users (403), writing nothing", async () => {
    const user = await someone("plainuser");
    const target = await someone("matrixtarget");
    const noScope = await passwordToken(url, mod, "read write");
    const id = target.snowflake;
    const rest: [string, string, unknown?][] = [
      ["GET", "/api/v1/admin/accounts"],
      ["GET", "/api/v2/admin/accounts"],
      ["GET", `/api/v1/admin/accounts/${id}`],
      ["POST", `/api/v1/admin/accounts/${id}/action`, { type: "suspend" }],
      ...["approve", "reject", "enable", "unsilence", "unsuspend", "unsensitive"].map((verb): [string, string] => ["POST", `/api/v1/admin/accounts/${id}/${verb}`]),
      ["DELETE", `/api/v1/admin/accounts/${id}`],
    ];
    for (const [method, path, body] of rest) {
      await refused(t, 401, () => call(method, path, null, body));
      await refused(t, 403, () => call(method, path, user.token, body));
      await refused(t, 403, () => call(method, path, noScope, body));
    }
    const gql = [
      [ModerateAccount, { accountId: id, action: "SUSPEND" }],
      [UnsuspendAccount, { accountId: id }],
      [AdminAccountQuery, { id }],
      [AuditLog, {}],
      [AdminList, {}],
    ] as const;
    for (const [document, variables] of gql) {
      await refusedGql(t, document as never, variables as never, null, "UNAUTHENTICATED");
      await refusedGql(t, document as never, variables as never, user.token, "FORBIDDEN");
    }
    // The other verbs in one request: each answers its own typed error, nothing written.
    for (const [token, code] of [[null, "UNAUTHENTICATED"], [user.token, "FORBIDDEN"]] as const) {
      const before = await rowCounts(t);
      const answer = await t.gql(Verbs, { id }, token);
      expect(Object.values(answer.data ?? {}).map((v) => ("code" in v ? v.code : v.__typename))).toEqual(Array(6).fill(code));
      expect(await rowCounts(t)).toEqual(before);
    }
    // Admins only: the audit log and deleting data.
    await refusedGql(t, AuditLog, {}, mod.token, "FORBIDDEN");
    await mod.api.v1.admin.accounts.$select(id).action.create({ type: "suspend" });
    await refused(t, 403, () => call("DELETE", `/api/v1/admin/accounts/${id}`, mod.token));
  });
});
