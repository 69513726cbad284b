// Discovery as remote servers do it: WebFinger (acct: and actor URLs, any case, the round trip
// Mastodon checks in fetch_remote_actor_service.rb#check_webfinger!), host-meta, nodeinfo,
// and the instance actor; bad input answers 400 or 404, never 500.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { get, type Answer } from "../support/activitypub.js";
import { startTestApp, type TestApp } from "../support/app.js";
import { signUp, type Person } from "../support/world.js";

let t: TestApp;
let alice: Person;
const ORIGIN = "http://localhost:3000";
const DOMAIN = "localhost:3000";

beforeAll(async () => {
  t = await startTestApp();
  alice = await signUp(t, "Alice");
});
afterAll(() => t.close());

const finger = (resource: string, raw = false) =>
  get(t, `/.well-known/webfinger?resource=${raw ? resource : encodeURIComponent(resource)}`, "application/jrd+json, application/json");

const selfLink = (jrd: Answer) =>
  (jrd.body.links as { rel: string; type?: string; href: string }[]).find((link) => link.rel === "self");

describe("WebFinger", () => {
  it("finds a person by acct:, answers JRD with a self link to the exact actor id", async () => {
    const jrd = await finger(`acct:${alice.name}@${DOMAIN}`);
    expect(jrd.status).toBe(200);
    expect(jrd.headers.get("content-type")).toMatch(/^application\/jrd\+json/);
    expect(jrd.headers.get("access-control-allow-origin")).toBe("*");
    expect(jrd.body.subject).toBe(`acct:${alice.name}@${DOMAIN}`);
    expect(selfLink(jrd)).toEqual({ rel: "self", type: "application/activity+json", href: `${ORIGIN}/users/${alice.name}` });
    expect(jrd.body.links).toContainEqual(
      expect.objectContaining({ rel: "http://webfinger.net/rel/profile-page", href: `${ORIGIN}/@${alice.name}` }),
    );

    // The round trip: the actor at that link has that id and a preferredUsername that fingers back to it.
    const actor = await get(t, selfLink(jrd)!.href);
    expect(actor.status).toBe(200);
    expect(actor.body.id).toBe(selfLink(jrd)!.href);
    const back = await finger(`acct:${actor.body.preferredUsername}@${new URL(actor.body.id).host}`);
    expect(selfLink(back)!.href).toBe(actor.body.id);
  });

  it("accepts the forms Mastodon and others send: unencoded, any case of name and host", async () => {
    for (const resource of [
      `acct:${alice.name}@${DOMAIN}`,
      `acct:${alice.name.toUpperCase()}@${DOMAIN}`,
      `acct:${alice.name.toLowerCase()}@${DOMAIN.toUpperCase()}`,
    ]) {
      const jrd = await finger(resource, true);
      expect(jrd.status, resource).toBe(200);
      expect(selfLink(jrd)!.href).toBe(`${ORIGIN}/users/${alice.name}`);
    }
  });

  it("finds a person by actor URL, with the acct: handle among the aliases", async () => {
    const jrd = await finger(`${ORIGIN}/users/${alice.name}`);
    expect(jrd.status).toBe(200);
    expect(jrd.body.subject).toBe(`${ORIGIN}/users/${alice.name}`);
    expect(jrd.body.aliases).toContain(`acct:${alice.name}@${DOMAIN}`);
    expect(selfLink(jrd)!.href).toBe(`${ORIGIN}/users/${alice.name}`);
  });

  it("finds the instance actor as acct:{domain}@{domain}", async () => {
    const jrd = await finger(`acct:${DOMAIN}@${DOMAIN}`);
    expect(jrd.status).toBe(200);
    expect(selfLink(jrd)!.href).toBe(`${ORIGIN}/actor`);
  });

  it("answers 404 for unknown people, other hosts and suspended people", async () => {
    const carol = await signUp(t, "carol");
    await t.app.deps.db.account.update({ where: { id: BigInt(carol.snowflake) }, data: { suspendedAt: new Date() } });
    for (const resource of [
      `acct:nobody@${DOMAIN}`,
      `acct:${alice.name}@elsewhere.example`,
      `acct:${carol.name}@${DOMAIN}`,
      `${ORIGIN}/users/${carol.name}`,
      `${ORIGIN}/users/nobody`,
      `https://elsewhere.example/users/${alice.name}`,
      `mailto:${alice.name}@${DOMAIN}`,
      `acct:a.b@${DOMAIN}`,
    ]) {
      const jrd = await finger(resource);
      expect(jrd.status, resource).toBe(404);
    }
  });

  it("answers 400 for a missing or malformed resource", async () => {
    expect((await get(t, "/.well-known/webfinger", null)).status).toBe(400);
    for (const resource of ["", "alice", `acct:${alice.name}`, `acct:@${DOMAIN}`, `acct:a@b@${DOMAIN}`, "acct:", "x".repeat(3000)]) {
      const jrd = await finger(resource);
      expect(jrd.status, resource.slice(0, 40)).toBe(400);
    }
  });
});

describe("host-meta", () => {
  it("gives the lrdd template as XRD, and as JSON when asked", async () => {
    const xrd = await get(t, "/.well-known/host-meta", null);
    expect(xrd.status).toBe(200);
    expect(xrd.headers.get("content-type")).toMatch(/^application\/xrd\+xml/);
    expect(xrd.text).toContain(`<Link rel="lrdd" template="${ORIGIN}/.well-known/webfinger?resource={uri}"/>`);
    const template = `${ORIGIN}/.well-known/webfinger?resource={uri}`;
    for (const answer of [await get(t, "/.well-known/host-meta", "application/json"), await get(t, "/.well-known/host-meta.json", null)]) {
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({ links: [{ rel: "lrdd", template }] });
    }
    // The template leads to WebFinger.
    const jrd = await get(t, template.replace(ORIGIN, "").replace("{uri}", encodeURIComponent(`acct:${alice.name}@${DOMAIN}`)), null);
    expect(jrd.status).toBe(200);
  });
});

describe("nodeinfo", () => {
  it("is still served by the Mastodon adapter (Fedify does not take it over)", async () => {
    const discovery = await get(t, "/.well-known/nodeinfo", null);
    expect(discovery.status).toBe(200);
    expect(discovery.body.links.map((link: { href: string }) => link.href)).toEqual([`${ORIGIN}/nodeinfo/2.0`, `${ORIGIN}/nodeinfo/2.1`]);
  });
});

describe("instance actor", () => {
  it("is an Application at /actor, fetchable without a signature, with a key", async () => {
    const actor = await get(t, "/actor");
    expect(actor.status).toBe(200);
    expect(actor.headers.get("content-type")).toMatch(/^application\/activity\+json/);
    expect(actor.body).toMatchObject({
      id: `${ORIGIN}/actor`,
      type: "Application",
      preferredUsername: DOMAIN,
      manuallyApprovesFollowers: true,
      endpoints: { sharedInbox: `${ORIGIN}/inbox` },
      publicKey: { id: `${ORIGIN}/actor#main-key`, owner: `${ORIGIN}/actor` },
    });
    expect(actor.body.publicKey.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    // The same key on the next fetch (stored, not made anew).
    expect((await get(t, "/actor")).body.publicKey.publicKeyPem).toBe(actor.body.publicKey.publicKeyPem);
    // Only at /actor.
    expect((await get(t, "/users/actor")).status).toBe(404);
  });
});
