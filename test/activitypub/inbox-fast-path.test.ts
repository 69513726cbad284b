// The inbox fast path (src/activitypub/inbox-fast-path.ts): once Fedify has fetched and cached
// a signer's key, a draft-cavage POST to the shared inbox is verified and queued without
// Fedify's receiving code, and Fedify's worker still runs it (the post is stored). It never
// refuses: whatever it is not sure of goes the full way (null here), where signatures.test.ts
// checks the refusals.
import { signRequest } from "@fedify/fedify";
import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inboxFastPath, type InboxFastPath } from "../../src/activitypub/inbox-fast-path.js";
import { postgresKvStore } from "../../src/db/fedify-kv.js";
import { get, PUBLIC } from "../support/activitypub.js";
import { startFederatingPair, type TestApp } from "../support/app.js";
import { eventually } from "../support/eventually.js";
import { signUp, type Person } from "../support/world.js";

describe("inbox fast path", () => {
  let a: TestApp;
  let b: TestApp;
  let alice: Person;
  let carol: Person;
  let bob: Person;
  let fast: InboxFastPath;
  const woken: string[] = [];
  const actor = (who: Person) => `${a.app.config.publicUrl}/users/${who.name}`;
  const sharedInbox = () => `${b.app.config.publicUrl}/inbox`;

  beforeAll(async () => {
    [a, b] = await startFederatingPair();
    alice = await signUp(a, "alice");
    carol = await signUp(a, "carol");
    bob = await signUp(b, "bob");
    fast = inboxFastPath(postgresKvStore(b.app.deps.pool), b.app.deps.pool, b.app.config.publicUrl, (queue) => {
      woken.push(queue);
      b.app.jobs.wake(queue);
    });
  });
  afterAll(() => Promise.all([a?.close(), b?.close()]));

  let serial = 0;
  const create = (by: Person = alice, extra: Record<string, unknown> = {}) => {
    const me = actor(by);
    const n = ++serial;
    // addressed to bob, so that B keeps it
    const cc = [`${b.app.config.publicUrl}/users/${bob.name}`];
    const note = { id: `${me}/statuses/fast-${n}`, type: "Note", attributedTo: me, content: `<p>fast ${n}</p>`, to: [PUBLIC], cc };
    return { "@context": "https://www.w3.org/ns/activitystreams", id: `${me}#create-fast-${n}`, type: "Create", actor: me, to: [PUBLIC], cc, object: note, ...extra };
  };

  /** `activity` signed by `by` (draft-cavage, as Mastodon signs) for B's shared inbox. */
  async function signed(activity: object, by: Person = alice) {
    const [rsa] = await a.app.activityPub.keys.account(BigInt(by.snowflake));
    const keyId = (await get(a, `/users/${by.name}`)).body.publicKey.id as string;
    const body = JSON.stringify(activity);
    const request = new Request(sharedInbox(), { method: "POST", headers: { "content-type": "application/activity+json" }, body });
    const out = await signRequest(request, rsa!.privateKey, new URL(keyId), { spec: "draft-cavage-http-signatures-12" });
    return { headers: new Headers(out.headers), body: new TextEncoder().encode(body), text: body };
  }

  /** Through B's HTTP server (node:http keeps the signed Host header). */
  const send = (wire: { headers: Headers; text: string }) =>
    new Promise<number>((resolve, reject) => {
      const req = httpRequest(sharedInbox(), { method: "POST", headers: Object.fromEntries(wire.headers) }, (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      });
      req.on("error", reject);
      req.end(wire.text);
    });

  const stored = (activity: { object: { id: string } }) =>
    eventually(() => b.app.deps.db.status.findFirst({ where: { uri: activity.object.id } }), `the post ${activity.object.id} on B`);

  it("goes the full way until Fedify has the signer's key, then queues without it; the worker stores the post", async () => {
    const first = create();
    const wire = await signed(first);
    expect(await fast.accept("/inbox", wire.headers, wire.body)).toBeNull();
    // Through the server: Fedify fetches alice's key and caches it.
    expect(await send(wire)).toBe(202);
    await stored(first);

    const second = create();
    const next = await signed(second);
    const answer = await fast.accept("/inbox", next.headers, next.body);
    expect(answer?.status).toBe(202);
    expect(woken).toContain("fedify");
    const status = await stored(second);
    expect(status.contentHtml).toMatch(/fast/);
    // The same request again is a replay: not for the fast path (the full way answers 401).
    expect(await fast.accept("/inbox", next.headers, next.body)).toBeNull();
    expect(await send(next)).toBe(401);
  });

  it("leaves to Fedify what it cannot vouch for", async () => {
    // carol's key is not cached yet; once it is, her signature on alice's activity is still not alice's
    const carols = create(carol);
    expect(await send(await signed(carols, carol))).toBe(202);
    await stored(carols);
    const forged = await signed(create(), carol);
    expect(await fast.accept("/inbox", forged.headers, forged.body)).toBeNull();

    const wire = await signed(create());
    const tampered = new TextEncoder().encode(JSON.stringify(create()));
    expect(await fast.accept("/inbox", wire.headers, tampered)).toBeNull();
    const otherDate = new Headers(wire.headers);
    otherDate.set("date", new Date(Date.now() + 5_000).toUTCString());
    expect(await fast.accept("/inbox", otherDate, wire.body)).toBeNull();
    // A personal inbox: Fedify checks that its owner exists.
    expect(await fast.accept(`/users/${bob.name}/inbox`, wire.headers, wire.body)).toBeNull();
    // An integrity proof is Fedify's to read.
    const proved = await signed(create(alice, { proof: { type: "DataIntegrityProof" } }));
    expect(await fast.accept("/inbox", proved.headers, proved.body)).toBeNull();
    // The untouched request still passes.
    expect((await fast.accept("/inbox", wire.headers, wire.body))?.status).toBe(202);
  });

  it("takes a Mastodon-style LD-signed activity on its HTTP signature", async () => {
    const activity = create(alice, { signature: { type: "RsaSignature2017", creator: `${actor(alice)}#main-key`, created: new Date().toISOString(), signatureValue: "bm90IGNoZWNrZWQ=" } });
    const wire = await signed(activity);
    expect((await fast.accept("/inbox", wire.headers, wire.body))?.status).toBe(202);
    await stored(activity);
  });

  it("refuses an inbox POST over 1 MiB with 413", async () => {
    const big = create(alice, { padding: "x".repeat(1024 * 1024) });
    expect(await send(await signed(big))).toBe(413);
  });
});
