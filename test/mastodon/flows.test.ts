// The Mastodon API driven by real client libraries (masto.js, megalodon) against the
// real HTTP stack on a fresh database.
import { createRestAPIClient } from "masto";
import generator, { detector } from "megalodon";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startListeningApp, startTestApp, type TestApp } from "../support/app.js";
import { StatusById } from "../support/documents.js";
import { signUp, type Person } from "../support/world.js";

let t: TestApp;
let url: string;
beforeAll(async () => ({ t, url } = await startListeningApp()));
afterAll(() => t.close());

async function form(path: string, body: Record<string, string>, token?: string) {
  const response = await fetch(`${url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: new URLSearchParams(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

/** Registers an app (JSON, as Elk does) and signs the person in with the password grant. */
async function appToken(person: Person, scopes = "read write follow") {
  const masto = createRestAPIClient({ url });
  const app = await masto.v1.apps.create({ clientName: "Test client", redirectUris: "urn:ietf:wg:oauth:2.0:oob", scopes });
  expect(app.clientId).toBeTruthy();
  const token = await form("/oauth/token", {
    grant_type: "password",
    client_id: app.clientId!,
    client_secret: app.clientSecret!,
    username: `${person.name}@example.org`,
    password: "correct horse battery",
    scope: scopes,
  });
  expect(token.status).toBe(200);
  return token.json.access_token as string;
}

describe("Mastodon API with masto.js", () => {
  it("signs in, posts with a content warning, and reads it back everywhere", async () => {
    const alice = await signUp(t, "mastoalice");
    const masto = createRestAPIClient({ url, accessToken: await appToken(alice) });
    const me = await masto.v1.accounts.verifyCredentials();
    expect(me).toMatchObject({ id: alice.snowflake, username: alice.name, acct: alice.name, followersCount: 0 });
    expect(me.avatar).toMatch(/^http/);

    const picture = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#20a040" } }).png().toBuffer();
    const media = await masto.v2.media.create({ file: new Blob([new Uint8Array(picture)], { type: "image/png" }), description: "A green field" });
    const status = await masto.v1.statuses.create({ status: "Hello #mastodon", spoilerText: "greetings", visibility: "public", mediaIds: [media.id] });
    expect(status).toMatchObject({ spoilerText: "greetings", sensitive: true, visibility: "public", favourited: false });
    expect(status.mediaAttachments).toMatchObject([{ id: media.id, type: "image", description: "A green field", meta: { original: { width: 64, height: 48 } } }]);
    expect((await fetch(status.mediaAttachments[0]!.url!)).headers.get("content-type")).toBe("image/png");
    expect(status.tags.map((tag) => tag.name)).toEqual(["mastodon"]);
    expect(await masto.v1.statuses.$select(status.id).fetch()).toMatchObject({ id: status.id, content: status.content });

    // The same status over GraphQL, with equal data.
    const viaGraphql = await t.gql(StatusById, { id: status.id }, alice.token);
    expect(viaGraphql.data?.status).toMatchObject({ snowflake: status.id, content: status.content, spoilerText: "greetings" });
  });

  it("follows, favourites, boosts, and pages home through Link headers", async () => {
    const bob = await signUp(t, "mastobob");
    const carol = await signUp(t, "mastocarol");
    const bobApi = createRestAPIClient({ url, accessToken: await appToken(bob) });
    const carolApi = createRestAPIClient({ url, accessToken: await appToken(carol) });
    const relationship = await bobApi.v1.accounts.$select(carol.snowflake).follow();
    expect(relationship.following).toBe(true);
    await t.app.events.drain();

    const posted: string[] = [];
    for (let i = 0; i < 7; i++) posted.push((await carolApi.v1.statuses.create({ status: `carol ${i}` })).id);
    await t.app.events.drain();
    const faved = await bobApi.v1.statuses.$select(posted[0]!).favourite();
    expect(faved).toMatchObject({ favourited: true, favouritesCount: 1 });
    const boost = await bobApi.v1.statuses.$select(posted[1]!).reblog();
    expect(boost.reblog?.id).toBe(posted[1]);
    await t.app.events.drain();

    const seen: string[] = [];
    for await (const page of bobApi.v1.timelines.home.list({ limit: 3 })) {
      seen.push(...page.map((s) => s.reblog?.id ?? s.id));
      if (seen.length > 20) break;
    }
    // Every post once: Bob's own boost of carol 1 is not repeated beside the original.
    expect(seen.filter((id) => posted.includes(id)).sort()).toEqual([...posted].sort());

    const newest = (await bobApi.v1.timelines.home.list({ limit: 40 }))[0]!;
    const newer = await carolApi.v1.statuses.create({ status: "carol later" });
    await t.app.events.drain();
    const sinceThen = await bobApi.v1.timelines.home.list({ minId: newest.id });
    expect(sinceThen.map((s) => s.id)).toEqual([newer.id]);
  });

  it("is detected as Mastodon by megalodon, which reads the home timeline", async () => {
    const dave = await signUp(t, "megadave");
    expect(await detector(url)).toBe("mastodon");
    const client = generator("mastodon", url, await appToken(dave));
    await client.postStatus("from megalodon");
    await t.app.events.drain();
    const home = await client.getHomeTimeline({ limit: 5 });
    expect(home.data.map((s) => s.content)).toContain("<p>from megalodon</p>");
  });
});

describe("Mastodon API errors", () => {
  it("answers bad input with Mastodon's error JSON and writes nothing", async () => {
    const erin = await signUp(t, "mastoerin");
    const token = await appToken(erin);
    const before = await t.app.deps.db.status.count();
    const blank = await form("/api/v1/statuses", { status: "   " }, token);
    expect(blank.status).toBe(422);
    expect(blank.json.error).toMatch(/blank/);
    const badVisibility = await form("/api/v1/statuses", { status: "hi", visibility: "everyone" }, token);
    expect(badVisibility.status).toBe(422);
    const noToken = await form("/api/v1/statuses", { status: "hi" });
    expect(noToken.status).toBe(401);
    expect(noToken.json).toEqual({ error: "The access token is invalid" });
    expect(await t.app.deps.db.status.count()).toBe(before);

    const missing = await fetch(`${url}/api/v1/statuses/123456`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: "Record not found" });
    const brokenJson = await fetch(`${url}/api/v1/statuses`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: "{nope",
    });
    expect(brokenJson.status).toBe(400);
    const readOnly = await appToken(erin, "read");
    const forbidden = await form("/api/v1/statuses", { status: "hi" }, readOnly);
    expect(forbidden.status).toBe(403);
  });

  it("rejects apps and grants that do not hold up", async () => {
    const noName = await form("/api/v1/apps", { redirect_uris: "urn:ietf:wg:oauth:2.0:oob" });
    expect(noName.status).toBe(422);
    const badRedirect = await form("/api/v1/apps", { client_name: "x", redirect_uris: "javascript:alert(1)" });
    expect(badRedirect.status).toBe(422);
    const badScope = await form("/api/v1/apps", { client_name: "x", redirect_uris: "urn:ietf:wg:oauth:2.0:oob", scopes: "read rule-the-world" });
    expect(badScope.status).toBe(422);
    const app = await form("/api/v1/apps", { client_name: "x", redirect_uris: "urn:ietf:wg:oauth:2.0:oob", scopes: "read" });
    const wrongSecret = await form("/oauth/token", { grant_type: "client_credentials", client_id: app.json.client_id as string, client_secret: "nope" });
    expect(wrongSecret.status).toBe(401);
    const tooMuch = await form("/oauth/token", {
      grant_type: "client_credentials",
      client_id: app.json.client_id as string,
      client_secret: app.json.client_secret as string,
      scope: "write",
    });
    expect(tooMuch.status).toBe(422);
    const appOnly = await form("/oauth/token", {
      grant_type: "client_credentials",
      client_id: app.json.client_id as string,
      client_secret: app.json.client_secret as string,
    });
    expect(appOnly.status).toBe(200);
    const verify = await fetch(`${url}/api/v1/apps/verify_credentials`, { headers: { authorization: `Bearer ${appOnly.json.access_token}` } });
    expect(await verify.json()).toMatchObject({ name: "x", scopes: ["read"] });
    // An app's own token is nobody: it cannot post.
    const posted = await form("/api/v1/statuses", { status: "hi" }, appOnly.json.access_token as string);
    expect(posted.status).toBe(401);
  });
});

describe("Mastodon API details", () => {
  it("answers a retried post with the same status (Idempotency-Key)", async () => {
    const kim = await signUp(t, "idemkim");
    const token = await appToken(kim);
    const send = () =>
      fetch(`${url}/api/v1/statuses`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "idempotency-key": "abc-123" },
        body: JSON.stringify({ status: "only once" }),
      }).then((r) => r.json() as Promise<{ id: string }>);
    const [first, second] = await Promise.all([send(), send()]);
    expect(second.id).toBe(first.id);
    expect(await t.app.deps.db.status.count({ where: { accountId: BigInt(kim.snowflake) } })).toBe(1);
  });

  it("serves the default avatar it hands out", async () => {
    const lee = await signUp(t, "avatarlee");
    const me = await createRestAPIClient({ url, accessToken: await appToken(lee) }).v1.accounts.verifyCredentials();
    const image = await fetch(me.avatar);
    expect(image.status).toBe(200);
    expect(image.headers.get("content-type")).toBe("image/png");
    expect((await image.arrayBuffer()).byteLength).toBeGreaterThan(0);
  });
});

describe("rate limits", () => {
  it("counts requests per token and answers 429 past the limit, with the headers", async () => {
    const limited = await startTestApp({ API_RATE_LIMIT: "3" });
    try {
      const statuses: number[] = [];
      let last: Response | undefined;
      for (let i = 0; i < 4; i++) {
        last = await limited.app.fetch(new Request("http://localhost/api/v1/timelines/public"));
        statuses.push(last.status);
        if (i === 0) {
          expect(last.headers.get("x-ratelimit-limit")).toBe("3");
          expect(last.headers.get("x-ratelimit-remaining")).toBe("2");
          expect(Date.parse(last.headers.get("x-ratelimit-reset")!)).toBeGreaterThan(Date.now());
        }
      }
      expect(statuses).toEqual([200, 200, 200, 429]);
      expect(await last!.json()).toEqual({ error: "Too many requests" });
    } finally {
      await limited.close();
    }
  });
});
