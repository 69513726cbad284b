// SSRF: with ALLOW_PRIVATE_NETWORK off (the default) nothing the server fetches on someone's
// behalf reaches loopback (127.0.0.1, ::1), private (10/8) or link-local (169.254/16)
// addresses, directly or through a redirect from a public-looking server. Every outbound path
// we have is driven through its real entry point:
//   - search with resolve=true (Mastodon GET /api/v2/search, GraphQL `search`): WebFinger for a
//     handle, then a signed fetch (RemoteResolver in src/activitypub/remote.ts);
//   - the federation context as our code calls it: documentLoader, lookupObject, the signed
//     loader of `lookup()`, `accountForActorUri()`;
//   - an incoming signed POST to an inbox, whose keyId Fedify fetches to verify it;
//   - delivery of a local post to a remote follower whose inbox is on a private address, or
//     on a public one that redirects to a private address.
// A trap server listens on 127.0.0.1 and on ::1 and counts every TCP connection it gets.
//
// The redirect cases need a server that looks public. There is no DNS and no network here, and
// nothing may be sent off this machine, so every fetch of the process goes through `guard`
// (globalThis.fetch, which Fedify and our code call at call time): it answers for PUBLIC itself,
// in-process, lets loopback through to the real fetch (so a missing check shows up as a hit on
// the trap), and refuses any other address, recording the attempt. Fedify's loaders follow
// redirects by hand, one fetch per hop, re-validating each hop (vocab-runtime getDocumentLoader,
// the signed loader's doubleKnock with validateRedirect, @fedify/webfinger lookupWebFinger), so
// a 302 answered by `guard` is exactly what a real public server's 302 would be to them.
// A control app with ALLOW_PRIVATE_NETWORK=true reaches the trap through the same calls.
import { generateCryptoKeyPair, signRequest } from "@fedify/fedify";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { newFederationData } from "../../src/activitypub/context.js";
import { accountForActorUri, lookup } from "../../src/activitypub/remote.js";
import { newId } from "../../src/core/ids.js";
import { upsertRemoteAccount } from "../../src/services/accounts/remote.js";
import { api, PUBLIC } from "../support/activitypub.js";
import { startTestApp, type TestApp } from "../support/app.js";
import { signUp, type Person } from "../support/world.js";
import { eventually } from "../support/eventually.js";

/** An address Fedify takes for a public one. No packet goes to it: `guard` answers for it. */
const PUBLIC_HOST = "1.2.3.4";
const AS_CONTEXT = ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/v1"];

// ---- the trap: loopback servers that count connections and answer as a fediverse server would
let connections = 0;
const hits: string[] = [];
const traps: Server[] = [];
let v4 = ""; // http://127.0.0.1:PORT
let v6 = ""; // http://[::1]:PORT

function trap(host: string): Promise<Server> {
  const server = createServer((req, res) => {
    const base = `http://${req.headers.host}`;
    hits.push(`${req.method} ${base}${req.url}`);
    const json = (body: unknown, type = "application/activity+json") => {
      res.writeHead(200, { "content-type": type });
      res.end(JSON.stringify(body));
    };
    const path = new URL(req.url ?? "/", base).pathname;
    if (path === "/.well-known/webfinger") {
      return json({ subject: `acct:x@${req.headers.host}`, links: [{ rel: "self", type: "application/activity+json", href: `${base}/users/x` }] }, "application/jrd+json");
    }
    if (path === "/users/x") return json({ "@context": AS_CONTEXT, id: `${base}/users/x`, type: "Person", preferredUsername: "x", inbox: `${base}/inbox` });
    if (path === "/notes/1") {
      return json({ "@context": AS_CONTEXT, id: `${base}/notes/1`, type: "Note", attributedTo: `${base}/users/x`, content: "from the trap", to: [PUBLIC], published: "2026-01-01T00:00:00Z" });
    }
    if (path === "/redirect") {
      res.writeHead(302, { location: "/notes/1" });
      return res.end();
    }
    res.writeHead(req.method === "POST" ? 202 : 404);
    res.end();
  });
  server.on("connection", () => connections++);
  return new Promise((resolve) => server.listen(0, host, () => resolve(server)));
}

// ---- the network guard: every fetch of this process
const realFetch = globalThis.fetch;
/** every URL fetched that is neither loopback nor PUBLIC_HOST (refused here, never sent) */
const offMachine: string[] = [];
/** what PUBLIC_HOST was asked, as "METHOD path" */
const publicLog: string[] = [];

function publicServer(method: string, url: URL): Response {
  publicLog.push(`${method} ${url.pathname}${url.search}`);
  const redirect = (status: number, location: string) => new Response(null, { status, headers: { location } });
  const resource = url.searchParams.get("resource") ?? "";
  if (url.pathname === "/.well-known/webfinger" && resource.startsWith("acct:redirect@")) {
    return redirect(302, `https://127.0.0.1:${new URL(v4).port}/.well-known/webfinger?resource=${encodeURIComponent(resource)}`);
  }
  if (url.pathname === "/.well-known/webfinger" && resource.startsWith("acct:pointer@")) {
    // A public WebFinger whose actor link is on loopback.
    return Response.json({ subject: resource, links: [{ rel: "self", type: "application/activity+json", href: `${v4}/users/x` }] });
  }
  if (url.pathname === "/redirect") return redirect(302, `${v4}/notes/1`);
  if (url.pathname === "/redirect6") return redirect(302, `${v6}/notes/1`);
  if (url.pathname === "/redirect-metadata") return redirect(302, "http://169.254.169.254/latest/meta-data/");
  if (method === "POST" && url.pathname === "/inbox") return new Response(null, { status: 202 });
  if (method === "POST" && url.pathname === "/inbox-redirect") return redirect(307, `${v4}/inbox`);
  return new Response(null, { status: 404 });
}

const guard = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
  const request = input instanceof Request ? input : null;
  const url = new URL(request ? request.url : input.toString());
  const method = (init?.method ?? request?.method ?? "GET").toUpperCase();
  if (url.hostname === PUBLIC_HOST) return publicServer(method, url);
  if (["127.0.0.1", "[::1]", "localhost"].includes(url.hostname)) return realFetch(input, init);
  offMachine.push(`${method} ${url.href}`);
  throw new TypeError(`test network guard: ${url.href} is not on this machine`);
};

// ---- the apps
let closed: TestApp; // ALLOW_PRIVATE_NETWORK off, as by default
let open: TestApp; // the control
let alice: Person;

beforeAll(async () => {
  traps.push(await trap("127.0.0.1"), await trap("::1"));
  v4 = `http://127.0.0.1:${(traps[0]!.address() as AddressInfo).port}`;
  v6 = `http://[::1]:${(traps[1]!.address() as AddressInfo).port}`;
  vi.stubGlobal("fetch", guard);
  [closed, open] = await Promise.all([startTestApp(), startTestApp({ ALLOW_PRIVATE_NETWORK: "true" })]);
  alice = await signUp(closed, "alice");
});
afterAll(async () => {
  vi.unstubAllGlobals();
  await Promise.all([closed?.close(), open?.close()]);
  await Promise.all(traps.map((server) => new Promise((resolve) => server.close(resolve))));
});
beforeEach(() => {
  connections = 0;
  hits.length = 0;
  offMachine.length = 0;
  publicLog.length = 0;
});

const contextOf = (t: TestApp) => t.app.activityPub.federation.createContext(new URL(t.app.config.publicUrl), newFederationData(t.app.deps));

/** what a refused fetch must leave behind: no connection to the trap, no attempt off the machine */
function expectNothingReached() {
  expect(hits, "requests the trap served").toEqual([]);
  expect(connections, "connections to the trap").toBe(0);
  expect(offMachine, "fetches to private addresses").toEqual([]);
}

async function stored(t: TestApp) {
  const [accounts, statuses] = await Promise.all([
    t.app.deps.db.account.count({ where: { domain: { not: null } } }),
    t.app.deps.db.status.count({ where: { local: false } }),
  ]);
  return { accounts, statuses };
}

/** Private targets, by URL (statuses are what a URL resolves to) and by handle. */
const privateUrls = () => [
  `${v4}/notes/1`,
  `${v4.replace("127.0.0.1", "localhost")}/notes/1`,
  `http://2130706433:${new URL(v4).port}/notes/1`, // 127.0.0.1 as one number
  `http://[::ffff:127.0.0.1]:${new URL(v4).port}/notes/1`, // IPv4-mapped IPv6
  `${v6}/notes/1`,
  "http://10.0.0.1/notes/1",
  "http://10.255.255.254/users/x",
  "http://169.254.169.254/latest/meta-data/",
  `http://${PUBLIC_HOST}/redirect`, // public, 302 to 127.0.0.1
  `http://${PUBLIC_HOST}/redirect6`, // public, 302 to [::1]
  `http://${PUBLIC_HOST}/redirect-metadata`, // public, 302 to 169.254.169.254
];
const privateHandles = () => [
  `x@127.0.0.1:${new URL(v4).port}`,
  "x@10.0.0.1",
  "x@169.254.169.254",
  `redirect@${PUBLIC_HOST}`, // public WebFinger, 302 to 127.0.0.1
  `pointer@${PUBLIC_HOST}`, // public WebFinger naming an actor on 127.0.0.1
];

describe("with ALLOW_PRIVATE_NETWORK off", () => {
  it("search with resolve=true (Mastodon API) fetches nothing private and answers with empty results", async () => {
    expect(closed.app.config.allowPrivateNetwork).toBe(false);
    const before = await stored(closed);
    for (const q of [...privateUrls(), ...privateHandles()]) {
      const found = await api(closed, alice.token, "GET", `/api/v2/search?resolve=true&q=${encodeURIComponent(q)}`);
      expect(found.status, q).toBe(200);
      expect(found.body.accounts, q).toEqual([]);
      expect(found.body.statuses, q).toEqual([]);
    }
    expectNothingReached();
    expect(await stored(closed)).toEqual(before);
    // The public-looking server was asked (so the redirects were really served) and nothing past it.
    expect(publicLog).toContain("GET /redirect");
    expect(publicLog.some((line) => line.includes("acct%3Aredirect%40") || line.includes("acct:redirect@"))).toBe(true);
  });

  it("search with resolve=true (GraphQL) fetches nothing private", async () => {
    const before = await stored(closed);
    const query = "query($q: String!) { search(query: $q, resolve: true) { accounts { id } statuses { id } } }";
    for (const q of [`${v4}/notes/1`, `${v6}/notes/1`, `http://${PUBLIC_HOST}/redirect`, `x@127.0.0.1:${new URL(v4).port}`, `pointer@${PUBLIC_HOST}`]) {
      const response = await closed.raw({ query, variables: { q } }, alice.token);
      expect(response.status, q).toBe(200);
      const body = (await response.json()) as { data?: { search: { accounts: unknown[]; statuses: unknown[] } }; errors?: unknown };
      expect(body.errors, q).toBeUndefined();
      expect(body.data?.search, q).toEqual({ accounts: [], statuses: [] });
    }
    expectNothingReached();
    expect(await stored(closed)).toEqual(before);
  });

  it("the federation context refuses them as our code calls it (documentLoader, lookupObject, signed lookup)", async () => {
    const ctx = contextOf(closed);
    for (const url of privateUrls()) {
      await expect(ctx.documentLoader(url), url).rejects.toThrow();
      expect(await ctx.lookupObject(url), url).toBeNull();
      expect(await lookup(ctx, url), url).toBeNull(); // signed, as the instance actor
      expect(await accountForActorUri(ctx, new URL(url)), url).toBeNull();
    }
    for (const handle of privateHandles()) {
      expect(await ctx.lookupObject(`acct:${handle}`), handle).toBeNull();
      // pointer@ is answered by the public server itself (its JRD names the loopback actor).
      if (!handle.startsWith("pointer@")) expect(await ctx.lookupWebFinger(`acct:${handle}`), handle).toBeNull();
      const [username, domain] = handle.split("@") as [string, string];
      expect(await closed.app.activityPub.resolver.account(username, domain), handle).toBeNull();
    }
    for (const url of privateUrls()) expect(await closed.app.activityPub.resolver.status(url), url).toBeNull();
    expectNothingReached();
    const { rows } = await closed.app.deps.pool.query<{ key: string }>("SELECT key FROM fedify_kv WHERE key LIKE '%remoteDocument%'");
    expect(rows).toEqual([]);
  });

  it("an inbox POST signed with a keyId on a private address is refused without fetching the key", async () => {
    const { privateKey } = await generateCryptoKeyPair("RSASSA-PKCS1-v1_5");
    for (const actor of [`${v4}/users/x`, `${v6}/users/x`, "http://10.0.0.1/users/x", "http://169.254.169.254/users/x", `http://${PUBLIC_HOST}/redirect`]) {
      const activity = {
        "@context": "https://www.w3.org/ns/activitystreams",
        id: `${actor}#create-1`,
        type: "Create",
        actor,
        to: [PUBLIC],
        object: { id: `${actor}/notes/9`, type: "Note", attributedTo: actor, content: "hi", to: [PUBLIC] },
      };
      const request = new Request(`${closed.app.config.publicUrl}/users/${alice.name}/inbox`, {
        method: "POST",
        headers: { "content-type": "application/activity+json" },
        body: JSON.stringify(activity),
      });
      const response = await closed.app.fetch(await signRequest(request, privateKey, new URL(`${actor}#main-key`)));
      expect(response.status, actor).toBe(401);
    }
    expectNothingReached();
    expect(await closed.app.deps.db.job.count()).toBe(0);
  });

  // Delivery: a remote account's inbox is whatever its actor document says (the document itself
  // came from a public address), so a follower can name an inbox on a private address. Fedify's
  // sendActivity POSTs to the inbox without validatePublicUrl and follows the inbox's redirects
  // without validating them (its send.ts calls doubleKnock without validateRedirect), so the
  // check has to be ours (src/activitypub/delivery.ts checks the inbox address before each
  // delivery). A follower with an inbox on PUBLIC_HOST is the sign that delivery has run.
  it("a local post is not delivered to followers whose inbox is on a private address", async () => {
    const author = await signUp(closed, "author");
    await followedBy(closed, author, {
      loopback: `${v4}/inbox`,
      loopback6: `${v6}/inbox`,
      private: "http://10.0.0.1/inbox",
      linkLocal: "http://169.254.169.254/inbox",
      public: `http://${PUBLIC_HOST}/inbox`,
    });
    await postAndDeliver(closed, author);
    expectNothingReached();
  });

  // Fedify follows an inbox's redirects itself; each hop is checked (src/activitypub/public-fetch.ts).
  // The control below shows the same set-up reaches the trap when private addresses are allowed.
  it("a local post is not delivered through a public inbox's redirect to a private address", async () => {
    const author = await signUp(closed, "redirected");
    // The public inbox on another origin: deliveries of one post to one origin run in order
    // (Fedify's ordering key), so a refused redirect retried later would hold it up.
    await followedBy(closed, author, { redirect: `http://${PUBLIC_HOST}/inbox-redirect`, public: `http://${PUBLIC_HOST}:8080/inbox` });
    await postAndDeliver(closed, author);
    expect(publicLog).toContain("POST /inbox-redirect");
    expectNothingReached();
  });
});

/** Posts as `author` and waits until every delivery has been tried and the public inbox got its copy. */
async function postAndDeliver(t: TestApp, author: Person) {
  publicLog.length = 0;
  await api(t, author.token, "POST", "/api/v1/statuses", { status: "to my followers", visibility: "public" });
  await t.app.events.drain();
  await eventually(async () => publicLog.includes("POST /inbox"), "the delivery to the public inbox");
  await deliveriesAttempted(t);
}

/** Remote followers of `author`, one per inbox (actor ids on PUBLIC_HOST, as if fetched from there). */
async function followedBy(t: TestApp, author: Person, inboxes: Record<string, string>) {
  for (const [key, inboxUrl] of Object.entries(inboxes)) {
    const name = `${key}${author.name}`;
    const follower = await upsertRemoteAccount(t.app.deps, {
      uri: `http://${PUBLIC_HOST}/users/${name}`, username: name, domain: PUBLIC_HOST, url: null, displayName: name,
      noteHtml: "", inboxUrl, sharedInboxUrl: null, outboxUrl: null, followersUrl: null, publicKeyPem: null,
      avatarUrl: null, headerUrl: null, locked: false, bot: false, discoverable: false, createdAt: null,
    });
    if (!follower) throw new Error(`no remote account ${name}`);
    await t.app.deps.db.follow.create({ data: { id: newId(), accountId: follower.id, targetAccountId: BigInt(author.snowflake) } });
  }
}

/** Every queued delivery has been tried at least once (or dropped), and none is running. */
function deliveriesAttempted(t: TestApp) {
  return eventually(async () => {
    const { rows } = await t.app.deps.pool.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM jobs WHERE failed_at IS NULL AND (attempts = 0 OR locked_until > now())",
    );
    return rows[0]!.n === 0;
  }, "the deliveries to be tried");
}

describe("the control: with ALLOW_PRIVATE_NETWORK=true the same calls reach the trap", () => {
  it("search resolves a status on loopback, directly and through a public redirect", async () => {
    const bob = await signUp(open, "bob");
    const direct = await api(open, bob.token, "GET", `/api/v2/search?resolve=true&q=${encodeURIComponent(`${v4}/notes/1`)}`);
    expect(direct.body.statuses.map((s: { uri: string }) => s.uri)).toEqual([`${v4}/notes/1`]);
    expect(hits).toContain(`GET ${v4}/notes/1`);
    const viaRedirect = await contextOf(open).lookupObject(`http://${PUBLIC_HOST}/redirect6`);
    expect(viaRedirect?.id?.href).toBe(`${v6}/notes/1`);
    expect(hits).toContain(`GET ${v6}/notes/1`);
    const byHandle = await api(open, bob.token, "GET", `/api/v2/search?resolve=true&type=accounts&q=${encodeURIComponent(`x@127.0.0.1:${new URL(v4).port}`)}`);
    expect(byHandle.body.accounts.map((a: { acct: string }) => a.acct)).toEqual([`x@127.0.0.1:${new URL(v4).port}`]);
  });

  it("a local post is delivered to an inbox on loopback, and through a public inbox's redirect", async () => {
    const author = await signUp(open, "author");
    await followedBy(open, author, { loopback: `${v4}/inbox`, redirect: `http://${PUBLIC_HOST}/inbox-redirect` });
    await api(open, author.token, "POST", "/api/v1/statuses", { status: "to my followers", visibility: "public" });
    await open.app.events.drain();
    await eventually(async () => hits.filter((hit) => hit === `POST ${v4}/inbox`).length === 2, "two deliveries to the trap");
    await deliveriesAttempted(open);
    expect(hits.filter((hit) => hit === `POST ${v4}/inbox`)).toHaveLength(2);
  });
});
