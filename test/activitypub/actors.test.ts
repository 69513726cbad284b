// Actor documents with every field Mastodon reads (research/activitypub-interop.md §1.4),
// content negotiation, and keys: RSA-2048 at #main-key, Ed25519 as a Multikey, made once and
// stored, the private halves never shown by any API.
import { createPublicKey } from "node:crypto";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, AS, get, LD, MASTODON_ACCEPT } from "../support/activitypub.js";
import { accountKeyPairs, instanceKeyPairs } from "../../src/services/accounts/keys.js";
import { startTestApp, type TestApp } from "../support/app.js";
import { signUp, type Person } from "../support/world.js";

let t: TestApp;
let alice: Person;
const ORIGIN = "http://localhost:3000";

beforeAll(async () => {
  t = await startTestApp();
  alice = await signUp(t, "Alice");
});
afterAll(() => t.close());

async function png(width: number, height: number): Promise<Blob> {
  const data = await sharp({ create: { width, height, channels: 3, background: { r: 10, g: 120, b: 200 } } }).png().toBuffer();
  return new Blob([new Uint8Array(data)], { type: "image/png" });
}

describe("actor document", () => {
  it("has every field Mastodon needs, under both ActivityPub media types", async () => {
    const form = new FormData();
    form.set("display_name", "Alice Liddell");
    form.set("note", "Curiouser and #curiouser");
    form.set("locked", "true");
    form.set("fields_attributes[0][name]", "Home");
    form.set("fields_attributes[0][value]", "https://wonderland.example");
    form.set("fields_attributes[1][name]", "Pronouns");
    form.set("fields_attributes[1][value]", "she/her");
    form.set("avatar", await png(64, 64), "avatar.png");
    form.set("header", await png(300, 100), "header.png");
    const profile = (await api(t, alice.token, "PATCH", "/api/v1/accounts/update_credentials", form)).body;

    for (const accept of [AS, LD, MASTODON_ACCEPT, `${AS}; charset=utf-8`, "application/json"]) {
      const actor = await get(t, `/users/${alice.name}`, accept);
      expect(actor.status, accept).toBe(200);
      expect(actor.headers.get("content-type"), accept).toMatch(/^application\/activity\+json/);
      expect(actor.headers.get("vary")).toMatch(/accept/i);
    }
    const { body } = await get(t, `/users/${alice.name}`);
    const id = `${ORIGIN}/users/${alice.name}`;
    expect(body["@context"]).toContain("https://www.w3.org/ns/activitystreams");
    expect(body).toMatchObject({
      id,
      type: "Person",
      preferredUsername: alice.name,
      name: "Alice Liddell",
      url: `${ORIGIN}/@${alice.name}`,
      inbox: `${id}/inbox`,
      outbox: `${id}/outbox`,
      followers: `${id}/followers`,
      following: `${id}/following`,
      featured: `${id}/collections/featured`,
      endpoints: { sharedInbox: `${ORIGIN}/inbox` },
      manuallyApprovesFollowers: true,
      discoverable: true,
      indexable: true,
      suspended: false,
      publicKey: { id: `${id}#main-key`, type: "CryptographicKey", owner: id },
    });
    expect(body.summary).toBe(profile.note);
    expect(body.summary).toContain(`href="${ORIGIN}/tags/curiouser"`);
    const row = await t.app.deps.db.account.findUniqueOrThrow({ where: { id: BigInt(alice.snowflake) } });
    // The day of sign-up, at midnight UTC (as the Mastodon API's created_at).
    expect(Date.parse(body.published)).toBe(Date.parse(`${row.createdAt.toISOString().slice(0, 10)}T00:00:00Z`));
    expect(body.icon).toMatchObject({ type: "Image", mediaType: "image/webp", url: profile.avatar });
    expect(body.image).toMatchObject({ type: "Image", mediaType: "image/webp", url: profile.header });
    expect(body.attachment).toEqual([
      {
        type: "PropertyValue",
        name: "Home",
        value: '<a href="https://wonderland.example" target="_blank" rel="nofollow noopener noreferrer me">https://wonderland.example</a>',
      },
      { type: "PropertyValue", name: "Pronouns", value: "she/her" },
    ]);
    // The ids the actor names dereference (followers, following, outbox, featured; the inbox comes later).
    for (const collection of [body.outbox, body.followers, body.following, body.featured]) {
      expect((await get(t, collection)).status, collection).toBe(200);
    }
    // WebFinger lists the avatar too.
    const jrd = await get(t, `/.well-known/webfinger?resource=acct:${alice.name}@localhost:3000`, null);
    expect(jrd.body.links).toContainEqual({ rel: "http://webfinger.net/rel/avatar", href: profile.avatar, type: "image/webp" });
  });

  it("keys: an RSA-2048 #main-key and an Ed25519 Multikey, made once, kept, and private halves never shown", async () => {
    const bob = await signUp(t, "bob");
    const stored = () => t.app.deps.db.account.findUniqueOrThrow({ where: { id: BigInt(bob.snowflake) } });
    // Nothing is made before anyone asks.
    expect((await stored()).publicKeyPem).toBeNull();
    // Two fetches racing for a fresh key agree on one.
    const [first, second] = await Promise.all([get(t, `/users/${bob.name}`), get(t, `/users/${bob.name}`)]);
    expect(first.body.publicKey.publicKeyPem).toBe(second.body.publicKey.publicKeyPem);
    const key = createPublicKey(first.body.publicKey.publicKeyPem);
    expect(key.asymmetricKeyType).toBe("rsa");
    expect(key.asymmetricKeyDetails?.modulusLength).toBe(2048);
    const row = await stored();
    expect(row.publicKeyPem).toBe(first.body.publicKey.publicKeyPem);
    expect(row.privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(first.body.assertionMethod).toHaveLength(2);
    expect(first.body.assertionMethod[1]).toMatchObject({
      id: `${ORIGIN}/users/${bob.name}#multikey-2`,
      type: "Multikey",
      controller: `${ORIGIN}/users/${bob.name}`,
    });
    expect(first.body.assertionMethod[1].publicKeyMultibase).toMatch(/^z6Mk/); // Ed25519
    const ed25519 = await t.app.deps.db.actorKey.findMany({ where: { accountId: BigInt(bob.snowflake) } });
    expect(ed25519.map((k) => k.algorithm)).toEqual(["ed25519"]);
    // Later fetches serve the same keys.
    expect((await get(t, `/users/${bob.name}`)).body).toEqual(first.body);

    // No API shows a private key.
    const texts = [
      (await get(t, `/users/${bob.name}`)).text,
      (await api(t, bob.token, "GET", "/api/v1/accounts/verify_credentials")).text,
      (await api(t, bob.token, "GET", `/api/v1/accounts/${bob.snowflake}`)).text,
      JSON.stringify(await t.raw({ query: `{ viewer { id handle } }` }, bob.token).then((r) => r.json())),
    ];
    for (const text of texts) expect(text).not.toContain("PRIVATE KEY");
  });

  it("two requests making the same key at once store one pair, and both get it", async () => {
    const carol = await signUp(t, "carol");
    const deps = t.app.deps;
    const [a, b] = await Promise.all([accountKeyPairs(deps, BigInt(carol.snowflake)), accountKeyPairs(deps, BigInt(carol.snowflake))]);
    expect(a).toEqual(b);
    expect(await accountKeyPairs(deps, BigInt(carol.snowflake))).toEqual(a);
    const [x, y] = await Promise.all([instanceKeyPairs(deps), instanceKeyPairs(deps)]);
    expect(x).toEqual(y);
    expect(await t.app.deps.db.actorKey.count({ where: { owner: "instance" } })).toBe(2);
    expect(await accountKeyPairs(deps, 12345n)).toBeNull();
  });

  it("a bot is a Service; a suspended account says so and nothing more", async () => {
    const robot = await signUp(t, "robot");
    await api(t, robot.token, "PATCH", "/api/v1/accounts/update_credentials", { bot: true, note: "beep" });
    expect((await get(t, `/users/${robot.name}`)).body.type).toBe("Service");

    const gone = await signUp(t, "gone");
    await api(t, gone.token, "PATCH", "/api/v1/accounts/update_credentials", { display_name: "Gone Girl", note: "bio" });
    await t.app.deps.db.account.update({ where: { id: BigInt(gone.snowflake) }, data: { suspendedAt: new Date() } });
    const actor = await get(t, `/users/${gone.name}`);
    expect(actor.status).toBe(200);
    expect(actor.body).toMatchObject({ type: "Person", preferredUsername: gone.name, suspended: true });
    expect(actor.body.summary).toBeUndefined();
    expect(actor.body.name).toBe(gone.name);
    expect((await get(t, `/users/${gone.name}/outbox`)).status).toBe(404);
  });
});

describe("content negotiation", () => {
  it("gives browsers and clients without an ActivityPub Accept no JSON-LD", async () => {
    for (const accept of [
      "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
      "text/html",
      null,
      "*/*",
      "image/png",
    ]) {
      const answer = await get(t, `/users/${alice.name}`, accept);
      expect(answer.status, String(accept)).not.toBe(200);
      expect(answer.headers.get("content-type") ?? "", String(accept)).not.toMatch(/activity\+json|ld\+json/);
      expect(answer.text).not.toContain("https://www.w3.org/ns/activitystreams");
    }
    expect((await get(t, `/users/${alice.name}`, "text/html")).status).toBe(406);
  });

  it("leaves the rest of the app alone: the Mastodon API and GraphQL answer as before", async () => {
    const lookup = await api(t, alice.token, "GET", `/api/v1/accounts/lookup?acct=${alice.name}`);
    expect(lookup.body.username).toBe(alice.name);
    expect((await get(t, "/healthz", null)).body).toEqual({ status: "ok" });
  });

  it("answers 404 for unknown actors, and for a name in another case (ids are exact)", async () => {
    expect((await get(t, "/users/nobody")).status).toBe(404);
    expect((await get(t, `/users/${alice.name.toLowerCase()}`)).status).toBe(404);
    expect((await get(t, "/users/%00bad")).status).toBe(404);
    expect((await get(t, `/users/${"x".repeat(500)}`)).status).toBe(404);
  });
});
