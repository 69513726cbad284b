// Endpoint coverage, part 1: OAuth and apps, server discovery, accounts, relationships,
// follow requests, notifications and markers. Each endpoint has a success case with real
// values and a refused case: 4xx with {"error": ...}, and no table changed.
import sharp from "sharp";
import { createRestAPIClient, type mastodon } from "masto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startListeningApp, type TestApp } from "../support/app.js";
import { caller, refused } from "../support/api.js";
import { mastoPerson, passwordToken } from "../support/masto.js";
import { signUp } from "../support/world.js";

let t: TestApp;
let url: string;
// No rate limit: this file sends many requests, signed out ones from one address.
beforeAll(async () => ({ t, url } = await startListeningApp({ API_RATE_LIMIT: "0" })));
afterAll(() => t.close());

const call = caller(() => url);
const OOB = "urn:ietf:wg:oauth:2.0:oob";

const someone = (name: string) => mastoPerson(t, url, name);

/** An app registered over the API, with its secret. */
async function registerApp(scopes = "read write follow") {
  const answer = await call("POST", "/api/v1/apps", null, { client_name: "coverage", redirect_uris: OOB, scopes });
  expect(answer.status).toBe(200);
  return answer.body as { client_id: string; client_secret: string };
}

const form = (path: string, body: Record<string, string>, token: string | null = null) =>
  call("POST", path, token, new URLSearchParams(body).toString(), "application/x-www-form-urlencoded");

const image = async () =>
  new Blob([new Uint8Array(await sharp({ create: { width: 60, height: 30, channels: 3, background: "#3050a0" } }).png().toBuffer())], { type: "image/png" });

describe("OAuth and apps", () => {
  it("registers an app with what it asked for, and refuses one without a name or redirect", async () => {
    const app = await createRestAPIClient({ url }).v1.apps.create({
      clientName: "Coverage app", redirectUris: `https://app.example/cb ${OOB}`, scopes: "read write:statuses", website: "https://app.example",
    });
    expect(app).toMatchObject({ name: "Coverage app", website: "https://app.example", scopes: ["read", "write:statuses"], redirectUris: ["https://app.example/cb", OOB] });
    const stored = await t.app.deps.db.oAuthApp.findUnique({ where: { clientId: app.clientId! } });
    expect(stored).toMatchObject({ name: "Coverage app", redirectUris: ["https://app.example/cb", OOB] });

    await refused(t, 422, () => call("POST", "/api/v1/apps", null, { redirect_uris: OOB }), /client_name/);
    await refused(t, 422, () => call("POST", "/api/v1/apps", null, { client_name: "x" }), /redirect_uris/);
    await refused(t, 422, () => call("POST", "/api/v1/apps", null, { client_name: "x", redirect_uris: OOB, website: "ftp://x" }), /website/);
    await refused(t, 400, () => call("POST", "/api/v1/apps", null, "{broken"));
  });

  it("tells an app about itself from a token, and refuses a missing or unknown token", async () => {
    const ann = await someone("ovann");
    expect(await ann.api.v1.apps.verifyCredentials()).toMatchObject({ name: "tests", scopes: ["read", "write", "follow"] });
    await refused(t, 401, () => call("GET", "/api/v1/apps/verify_credentials", null), /access token is invalid/);
    await refused(t, 401, () => call("GET", "/api/v1/apps/verify_credentials", "not-a-token"), /access token is invalid/);
  });

  it("issues tokens for a good grant and none for a bad one", async () => {
    const ben = await signUp(t, "ovben");
    const app = await registerApp();
    const good = { grant_type: "password", client_id: app.client_id, client_secret: app.client_secret, username: `${ben.name}@example.org`, password: "correct horse battery", scope: "read" };
    const issued = await form("/oauth/token", good);
    expect(issued.body).toMatchObject({ token_type: "Bearer", scope: "read", access_token: expect.any(String) });
    const me = await call("GET", "/api/v1/accounts/verify_credentials", issued.body.access_token);
    expect(me.body).toMatchObject({ id: ben.snowflake, username: ben.name });

    await refused(t, 422, () => form("/oauth/token", { ...good, grant_type: "implicit" }), /grant_type/);
    await refused(t, 401, () => form("/oauth/token", { ...good, password: "wrong horse battery" }), /Invalid e-mail address or password/);
    await refused(t, 401, () => form("/oauth/token", { ...good, client_secret: "nope" }), /client_secret/);
    await refused(t, 401, () => form("/oauth/token", { ...good, client_id: "nope" }), /client_id/);
    await refused(t, 422, () => form("/oauth/token", { ...good, scope: "read rule-the-world" }), /scope/);
    await refused(t, 422, () => form("/oauth/token", { grant_type: "authorization_code", client_id: app.client_id, client_secret: app.client_secret }), /code/);
  });

  it("revokes a token for the app it was issued to, and for nobody else", async () => {
    const cy = await signUp(t, "ovcy");
    const app = await registerApp();
    const other = await registerApp();
    const issued = await form("/oauth/token", {
      grant_type: "password", client_id: app.client_id, client_secret: app.client_secret, username: `${cy.name}@example.org`, password: "correct horse battery",
    });
    const token = issued.body.access_token as string;
    await refused(t, 401, () => form("/oauth/revoke", { client_id: app.client_id, client_secret: "nope", token }), /client_secret/);
    await refused(t, 401, () => form("/oauth/revoke", { token }), /client_id/);
    // Another app's token: refused as Doorkeeper does (403 unauthorized_client), and it still works.
    await refused(t, 403, () => form("/oauth/revoke", { client_id: other.client_id, client_secret: other.client_secret, token }));
    expect((await call("GET", "/api/v1/accounts/verify_credentials", token)).status).toBe(200);

    const revoked = await form("/oauth/revoke", { client_id: app.client_id, client_secret: app.client_secret, token });
    expect(revoked).toMatchObject({ status: 200, body: {} });
    expect(await call("GET", "/api/v1/accounts/verify_credentials", token)).toMatchObject({ status: 401, body: { error: "The access token is invalid" } });
    // An unknown token is no error (RFC 7009).
    expect((await form("/oauth/revoke", { client_id: app.client_id, client_secret: app.client_secret, token: "gone" })).status).toBe(200);
  });
});

describe("discovery", () => {
  it("describes the server: instance v1 and v2, nodeinfo and OAuth metadata", async () => {
    await someone("ovdee");
    const users = await t.app.deps.db.credential.count();
    const posts = await t.app.deps.db.status.count({ where: { local: true, deletedAt: null, reblogOfId: null } });
    const anonymous = createRestAPIClient({ url });
    const v1 = await anonymous.v1.instance.fetch();
    expect(v1).toMatchObject({ uri: t.app.config.domain, title: "Fedigraph", registrations: true, stats: { userCount: users, statusCount: posts } });
    expect(v1.version).toMatch(/^4\.5\.0 \(compatible; Fedigraph/);
    expect(v1.urls.streamingApi).toBe(url.replace(/^http/, "ws"));
    expect(v1.configuration.statuses.maxCharacters).toBe(500);
    const v2 = await anonymous.v2.instance.fetch();
    expect(v2).toMatchObject({ domain: t.app.config.domain, usage: { users: { activeMonth: users } }, registrations: { enabled: true } });
    expect(v2.configuration.urls.streaming).toBe(url.replace(/^http/, "ws"));

    const index = (await call("GET", "/.well-known/nodeinfo", null)).body as { links: { rel: string; href: string }[] };
    expect(index.links.map((l) => l.href)).toEqual([`${url}/nodeinfo/2.0`, `${url}/nodeinfo/2.1`]);
    for (const [version, link] of [["2.0", index.links[0]!], ["2.1", index.links[1]!]] as const) {
      const info = (await (await fetch(link.href)).json()) as { software: Record<string, unknown> };
      expect(info).toMatchObject({ version, software: { name: "fedigraph" }, usage: { users: { total: users }, localPosts: posts }, metadata: { upstream: { name: "mastodon" } } });
      expect("repository" in info.software).toBe(version === "2.1");
    }

    const oauth = await call("GET", "/.well-known/oauth-authorization-server", null);
    expect(oauth.body).toMatchObject({
      issuer: `${url}/`, authorization_endpoint: `${url}/oauth/authorize`, token_endpoint: `${url}/oauth/token`,
      revocation_endpoint: `${url}/oauth/revoke`, app_registration_endpoint: `${url}/api/v1/apps`,
      scopes_supported: ["read", "write", "follow", "push", "profile"], code_challenge_methods_supported: ["S256"],
    });
  });

  it("answers the lists kept empty, the default header, and 404 for unknown API paths", async () => {
    const eve = await someone("oveve");
    for (const path of ["/api/v1/instance/peers", "/api/v1/instance/rules", "/api/v1/custom_emojis", "/api/v1/announcements"]) {
      expect(await call("GET", path, null)).toMatchObject({ status: 200, body: [] });
    }
    expect(await eve.api.v1.endorsements.list()).toEqual([]);
    expect(await eve.api.v1.featuredTags.list()).toEqual([]);
    await refused(t, 401, () => call("GET", "/api/v1/endorsements", null));
    await refused(t, 401, () => call("GET", "/api/v1/featured_tags", null));
    await eve.api.v1.statuses.create({ status: "#Alias" });
    expect((await call("GET", "/api/v1/trends", null)).body).toEqual((await call("GET", "/api/v1/trends/tags", null)).body);
    expect(((await call("GET", "/api/v1/trends", null)).body as { name: string }[]).map((tag) => tag.name)).toContain("Alias");

    const header = await fetch(`${url}/headers/original/missing.png`);
    expect(header.headers.get("content-type")).toBe("image/png");
    expect((await sharp(Buffer.from(await header.arrayBuffer())).metadata()).width).toBe(1);
    await refused(t, 404, () => call("GET", "/api/v1/no_such_thing", eve.token), /Record not found/);
  });
});

describe("accounts", () => {
  it("signs up with an app token that may write accounts, and refuses bad sign-ups", async () => {
    const app = await registerApp("read write");
    const appToken = async (scope: string) =>
      (await form("/oauth/token", { grant_type: "client_credentials", client_id: app.client_id, client_secret: app.client_secret, scope })).body.access_token as string;
    const writer = await appToken("write:accounts");
    const created = await call("POST", "/api/v1/accounts", writer, { username: "ovnewbie", email: "ovnewbie@example.org", password: "long enough password", agreement: true });
    expect(created.body).toMatchObject({ token_type: "Bearer", access_token: expect.any(String) });
    expect((await call("GET", "/api/v1/accounts/verify_credentials", created.body.access_token)).body).toMatchObject({ username: "ovnewbie", acct: "ovnewbie" });

    const good = { username: "ovother", email: "ovother@example.org", password: "long enough password", agreement: true };
    // Mastodon wants write:accounts: a read-only app token signs nobody up.
    const reader = await appToken("read");
    await refused(t, 403, () => call("POST", "/api/v1/accounts", reader, good), /scopes/);
    await refused(t, 422, () => call("POST", "/api/v1/accounts", writer, { ...good, email: "not-an-email" }), /E-mail/);
    await refused(t, 422, () => call("POST", "/api/v1/accounts", writer, { ...good, password: "short" }), /Password/);
    await refused(t, 422, () => call("POST", "/api/v1/accounts", writer, { ...good, username: "OVNEWBIE" }), /taken/);
    await refused(t, 422, () => call("POST", "/api/v1/accounts", writer, { ...good, username: "bad name!" }), /Username/);
    await refused(t, 401, () => call("POST", "/api/v1/accounts", "not-a-token", good));
  });

  it("shows and edits one's own profile; refuses a missing token, a read-only one and bad values", async () => {
    const fay = await someone("ovfay");
    const readOnly = await passwordToken(url, fay, "read");
    expect(await fay.api.v1.accounts.verifyCredentials()).toMatchObject({ id: fay.snowflake, username: fay.name, source: { note: "" } });
    await refused(t, 401, () => call("GET", "/api/v1/accounts/verify_credentials", null), /access token is invalid/);
    await refused(t, 401, () => call("GET", "/api/v1/accounts/verify_credentials", "not-a-token"));

    await fay.api.v1.accounts.updateCredentials({ displayName: "Fay", note: "hello" });
    const patch = (token: string | null, body: unknown) => call("PATCH", "/api/v1/accounts/update_credentials", token, body);
    await refused(t, 401, () => patch(null, { display_name: "Nobody" }));
    await refused(t, 403, () => patch(readOnly, { display_name: "Reader" }), /scopes/);
    await refused(t, 422, () => patch(fay.token, { display_name: "x".repeat(31) }), /Display name is too long/);
    await refused(t, 422, () => patch(fay.token, { note: "x".repeat(501), display_name: "Changed" }), /Bio is too long/);
    await refused(t, 422, () => patch(fay.token, { fields_attributes: [{ name: "", value: "nameless" }] }), /field names/);
    expect(await t.app.deps.db.account.findUnique({ where: { id: BigInt(fay.snowflake) } })).toMatchObject({ displayName: "Fay", noteSource: "hello" });
  });

  it("removes the avatar and the header, for the owner only", async () => {
    const gus = await someone("ovgus");
    const readOnly = await passwordToken(url, gus, "read");
    const set = await gus.api.v1.accounts.updateCredentials({ avatar: await image(), header: await image() });
    expect(set.header).toMatch(/\/system\/media\/accounts\//);
    await refused(t, 401, () => call("DELETE", "/api/v1/profile/header", null));
    await refused(t, 403, () => call("DELETE", "/api/v1/profile/header", readOnly));
    await refused(t, 403, () => call("DELETE", "/api/v1/profile/avatar", readOnly));
    expect(await gus.api.v1.accounts.verifyCredentials()).toMatchObject({ avatar: set.avatar, header: set.header });
    const noHeader = await gus.api.v1.profile.header.remove();
    expect(noHeader).toMatchObject({ header: `${url}/headers/original/missing.png`, avatar: set.avatar });
    expect((await fetch(set.header)).status).toBe(404);
    const noAvatar = await gus.api.v1.profile.avatar.remove();
    expect(noAvatar.avatar).toBe(`${url}/avatars/original/missing.png`);
  });

  it("finds accounts by id, acct and search; 404 for ones that do not exist", async () => {
    const hal = await someone("ovhal");
    const anonymous = createRestAPIClient({ url });
    expect(await anonymous.v1.accounts.$select(hal.snowflake).fetch()).toMatchObject({ id: hal.snowflake, username: hal.name, acct: hal.name });
    await refused(t, 404, () => call("GET", "/api/v1/accounts/123456789012345", null), /Record not found/);
    await refused(t, 404, () => call("GET", "/api/v1/accounts/not-an-id", null));

    expect((await anonymous.v1.accounts.lookup({ acct: hal.name })).id).toBe(hal.snowflake);
    expect((await anonymous.v1.accounts.lookup({ acct: `@${hal.name}@${t.app.config.domain}` })).id).toBe(hal.snowflake);
    await refused(t, 404, () => call("GET", "/api/v1/accounts/lookup?acct=nobody_here", null), /not found/);
    await refused(t, 422, () => call("GET", "/api/v1/accounts/lookup", null), /acct/);

    expect((await hal.api.v1.accounts.search.list({ q: hal.name })).map((a) => a.id)).toEqual([hal.snowflake]);
    await refused(t, 422, () => call("GET", "/api/v1/accounts/search?q=%20", hal.token), /blank/);
  });

  it("lists an account's statuses with its filters; 404 for an unknown account, 422 for a bad page", async () => {
    const ida = await someone("ovida");
    const jon = await someone("ovjon");
    const first = await ida.api.v1.statuses.create({ status: "first" });
    const elsewhere = await jon.api.v1.statuses.create({ status: "jon's" });
    const reply = await ida.api.v1.statuses.create({ status: "reply to jon", inReplyToId: elsewhere.id });
    await ida.api.v1.statuses.$select(first.id).pin();
    const anonymous = createRestAPIClient({ url });
    const list = (params: mastodon.rest.v1.ListAccountStatusesParams) => anonymous.v1.accounts.$select(ida.snowflake).statuses.list(params);
    expect((await list({})).map((s) => s.id)).toEqual([reply.id, first.id]);
    expect((await list({ excludeReplies: true })).map((s) => s.id)).toEqual([first.id]);
    expect((await list({ pinned: true })).map((s) => s.id)).toEqual([first.id]);
    await refused(t, 404, () => call("GET", "/api/v1/accounts/123456789012345/statuses", null));
    await refused(t, 422, () => call("GET", `/api/v1/accounts/${ida.snowflake}/statuses?limit=0`, null), /limit/);
    await refused(t, 422, () => call("GET", `/api/v1/accounts/${ida.snowflake}/statuses?max_id=abc`, null), /max_id/);
  });
});

describe("relationships", () => {
  it("answers relationships, to a token with read:follows only too", async () => {
    const jo = await someone("ovjo");
    const kit = await someone("ovkit");
    const lee = await someone("ovlee");
    await jo.api.v1.accounts.$select(kit.snowflake).follow();
    const rels = await jo.api.v1.accounts.relationships.fetch({ id: [kit.snowflake, lee.snowflake] });
    expect(rels.map((r) => [r.id, r.following, r.followedBy])).toEqual([[kit.snowflake, true, false], [lee.snowflake, false, false]]);
    const granular = await passwordToken(url, jo, "read:follows");
    const answer = await call("GET", `/api/v1/accounts/relationships?id[]=${kit.snowflake}`, granular);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body).toMatchObject([{ id: kit.snowflake, following: true }]);
    await refused(t, 401, () => call("GET", `/api/v1/accounts/relationships?id[]=${kit.snowflake}`, null));
  });

  it("follows and unfollows, with the legacy follow scope too; refuses unknown accounts, oneself and missing tokens", async () => {
    const max = await someone("ovmax");
    const ned = await someone("ovned");
    const legacy = await passwordToken(url, max, "follow");
    const followed = await call("POST", `/api/v1/accounts/${ned.snowflake}/follow`, legacy, { reblogs: false });
    expect(followed.status, JSON.stringify(followed.body)).toBe(200);
    expect(followed.body).toMatchObject({ id: ned.snowflake, following: true, showing_reblogs: false });
    const readOnly = await passwordToken(url, max, "read");
    for (const verb of ["follow", "unfollow"]) {
      await refused(t, 404, () => call("POST", `/api/v1/accounts/123456789012345/${verb}`, max.token), /not found/);
      await refused(t, 404, () => call("POST", `/api/v1/accounts/not-an-id/${verb}`, max.token));
      await refused(t, 401, () => call("POST", `/api/v1/accounts/${ned.snowflake}/${verb}`, null));
      await refused(t, 403, () => call("POST", `/api/v1/accounts/${ned.snowflake}/${verb}`, readOnly), /scopes/);
    }
    await refused(t, 422, () => call("POST", `/api/v1/accounts/${max.snowflake}/follow`, max.token), /yourself/);
    expect(await max.api.v1.accounts.$select(ned.snowflake).unfollow()).toMatchObject({ following: false });
    expect(await t.app.deps.db.follow.count({ where: { accountId: BigInt(max.snowflake) } })).toBe(0);
  });

  it("takes the granular scopes (write:follows, write:blocks, write:mutes) in place of follow", async () => {
    const uma = await someone("granuma");
    const vic = await someone("granvic");
    for (const [scope, verb, field] of [
      ["write:follows", "follow", "following"],
      ["write:blocks", "block", "blocking"],
      ["write:mutes", "mute", "muting"],
    ] as const) {
      const token = await passwordToken(url, uma, scope);
      const done = await call("POST", `/api/v1/accounts/${vic.snowflake}/${verb}`, token);
      expect(done.status, JSON.stringify(done.body)).toBe(200);
      expect(done.body).toMatchObject({ [field]: true });
    }
    // A granular scope is for its own verb only.
    const blocksOnly = await passwordToken(url, uma, "write:blocks");
    await refused(t, 403, () => call("POST", `/api/v1/accounts/${vic.snowflake}/unmute`, blocksOnly), /scopes/);
  });

  it("blocks, mutes and undoes them, with a token that may not read too; refuses bad targets", async () => {
    const oz = await someone("ovoz");
    const pia = await someone("ovpia");
    const blocker = await passwordToken(url, oz, "follow write:blocks");
    const blocked = await call("POST", `/api/v1/accounts/${pia.snowflake}/block`, blocker);
    expect(blocked.status, JSON.stringify(blocked.body)).toBe(200);
    expect(blocked.body).toMatchObject({ id: pia.snowflake, blocking: true });
    expect(await oz.api.v1.accounts.$select(pia.snowflake).unblock()).toMatchObject({ blocking: false });
    expect(await oz.api.v1.accounts.$select(pia.snowflake).mute({ duration: 3600 })).toMatchObject({ muting: true, mutingNotifications: true });
    const until = await t.app.deps.db.mute.findFirst({ where: { accountId: BigInt(oz.snowflake) } });
    expect(until!.expiresAt!.getTime() - Date.now()).toBeGreaterThan(3500_000);
    expect(await oz.api.v1.accounts.$select(pia.snowflake).unmute()).toMatchObject({ muting: false });

    const readOnly = await passwordToken(url, oz, "read");
    for (const verb of ["block", "unblock", "mute", "unmute"]) {
      await refused(t, 404, () => call("POST", `/api/v1/accounts/123456789012345/${verb}`, oz.token), /not found/);
      await refused(t, 404, () => call("POST", `/api/v1/accounts/not-an-id/${verb}`, oz.token));
      await refused(t, 401, () => call("POST", `/api/v1/accounts/${pia.snowflake}/${verb}`, null));
      await refused(t, 403, () => call("POST", `/api/v1/accounts/${pia.snowflake}/${verb}`, readOnly), /scopes/);
    }
    await refused(t, 422, () => call("POST", `/api/v1/accounts/${oz.snowflake}/block`, oz.token), /yourself/);
    await refused(t, 422, () => call("POST", `/api/v1/accounts/${oz.snowflake}/mute`, oz.token), /yourself/);
    await refused(t, 422, () => call("POST", `/api/v1/accounts/${pia.snowflake}/mute`, oz.token, { duration: "soon" }), /Duration/);
    for (const path of ["/api/v1/blocks", "/api/v1/mutes", "/api/v1/follow_requests"]) await refused(t, 401, () => call("GET", path, null));
  });

  it("rejects a follow request; refuses requests that do not exist", async () => {
    const quin = await someone("ovquin");
    const rue = await someone("ovrue");
    await quin.api.v1.accounts.updateCredentials({ locked: true });
    expect(await rue.api.v1.accounts.$select(quin.snowflake).follow()).toMatchObject({ requested: true });
    const readOnly = await passwordToken(url, quin, "read");
    for (const verb of ["authorize", "reject"]) {
      await refused(t, 404, () => call("POST", `/api/v1/follow_requests/123456789012345/${verb}`, quin.token), /not found/);
      await refused(t, 404, () => call("POST", `/api/v1/follow_requests/${quin.snowflake}/${verb}`, rue.token)); // the other way round
      await refused(t, 401, () => call("POST", `/api/v1/follow_requests/${rue.snowflake}/${verb}`, null));
      await refused(t, 403, () => call("POST", `/api/v1/follow_requests/${rue.snowflake}/${verb}`, readOnly));
    }
    const rejected = await quin.api.v1.followRequests.$select(rue.snowflake).reject();
    expect(rejected).toMatchObject({ id: rue.snowflake, followedBy: false, requestedBy: false });
    expect(await quin.api.v1.followRequests.list()).toEqual([]);
    expect(await rue.api.v1.accounts.relationships.fetch({ id: [quin.snowflake] })).toMatchObject([{ following: false, requested: false }]);
  });

  it("lists followers and following; 404 for an account that does not exist", async () => {
    const sam = await someone("ovsam");
    const tia = await someone("ovtia");
    await tia.api.v1.accounts.$select(sam.snowflake).follow();
    expect((await sam.api.v1.accounts.$select(sam.snowflake).followers.list()).map((a) => a.id)).toEqual([tia.snowflake]);
    expect((await sam.api.v1.accounts.$select(tia.snowflake).following.list()).map((a) => a.id)).toEqual([sam.snowflake]);
    for (const side of ["followers", "following"]) {
      await refused(t, 404, () => call("GET", `/api/v1/accounts/123456789012345/${side}`, null), /Record not found/);
      await refused(t, 404, () => call("GET", `/api/v1/accounts/not-an-id/${side}`, null));
      await refused(t, 422, () => call("GET", `/api/v1/accounts/${sam.snowflake}/${side}?limit=-1`, null), /limit/);
    }
  });
});

describe("notifications, markers and signed-in lists", () => {
  it("needs a token for the signed-in lists", async () => {
    for (const path of [
      "/api/v1/notifications", "/api/v1/favourites", "/api/v1/bookmarks", "/api/v1/preferences", "/api/v1/markers",
      "/api/v1/conversations", "/api/v1/timelines/home", "/api/v1/filters", "/api/v1/followed_tags",
    ]) {
      await refused(t, 401, () => call("GET", path, null), /access token is invalid/);
    }
  });

  it("fetches and dismisses one's own notifications only; clearing needs a token that may write", async () => {
    const uma = await someone("ovuma");
    const vic = await someone("ovvic");
    await vic.api.v1.accounts.$select(uma.snowflake).follow();
    await t.app.events.drain();
    const [notice] = await uma.api.v1.notifications.list();
    expect(notice).toMatchObject({ type: "follow", account: { id: vic.snowflake } });
    expect(await uma.api.v1.notifications.$select(notice!.id).fetch()).toMatchObject({ id: notice!.id, type: "follow" });
    await refused(t, 404, () => call("GET", `/api/v1/notifications/${notice!.id}`, vic.token), /not found/);
    await refused(t, 404, () => call("GET", "/api/v1/notifications/not-an-id", uma.token));
    await refused(t, 404, () => call("POST", `/api/v1/notifications/${notice!.id}/dismiss`, vic.token), /not found/);
    await refused(t, 404, () => call("POST", "/api/v1/notifications/123456789012345/dismiss", uma.token));
    await refused(t, 401, () => call("POST", `/api/v1/notifications/${notice!.id}/dismiss`, null));
    const readOnly = await passwordToken(url, uma, "read");
    await refused(t, 401, () => call("POST", "/api/v1/notifications/clear", null));
    await refused(t, 403, () => call("POST", "/api/v1/notifications/clear", readOnly), /scopes/);
    await uma.api.v1.notifications.clear();
    expect(await t.app.deps.db.notification.count({ where: { accountId: BigInt(uma.snowflake) } })).toBe(0);
  });

  it("saves markers with ids only, for a token that may write", async () => {
    const wes = await someone("ovwes");
    await wes.api.v1.markers.create({ home: { lastReadId: "100" } });
    const readOnly = await passwordToken(url, wes, "read");
    await refused(t, 422, () => call("POST", "/api/v1/markers", wes.token, {}), /last_read_id/);
    await refused(t, 422, () => call("POST", "/api/v1/markers", wes.token, { home: { last_read_id: "x" }, notifications: { last_read_id: "5" } }), /must be an id/);
    await refused(t, 401, () => call("POST", "/api/v1/markers", null, { home: { last_read_id: "200" } }));
    await refused(t, 403, () => call("POST", "/api/v1/markers", readOnly, { home: { last_read_id: "200" } }), /scopes/);
    expect(await wes.api.v1.markers.fetch({ timeline: ["home"] })).toMatchObject({ home: { lastReadId: "100", version: 1 } });
  });

  it("searches, refusing an empty or overlong query", async () => {
    const xan = await someone("ovxan");
    await xan.api.v1.statuses.create({ status: "quokkas are happy" });
    const found = await createRestAPIClient({ url }).v2.search.list({ q: "quokkas" });
    expect(found.statuses.map((s) => s.content)).toEqual(["<p>quokkas are happy</p>"]);
    await refused(t, 422, () => call("GET", "/api/v2/search?q=%20%20", null), /blank/);
    await refused(t, 422, () => call("GET", `/api/v2/search?q=${"a".repeat(201)}`, null), /too long/);
  });
});
