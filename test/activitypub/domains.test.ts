// Server-level policy: a suspended domain's signed POSTs are refused (403, nothing written)
// and nothing is delivered to it; a host that failed on seven different days becomes
// unavailable (no deliveries) until it sends us something; EmojiReact is accepted and ignored.
import { signRequest } from "@fedify/fedify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { forgetDomainBlocks } from "../../src/services/domains/policy.js";
import { deliveryHealth, UNAVAILABLE_AFTER_DAYS } from "../../src/services/domains/delivery-health.js";
import { newId } from "../../src/core/ids.js";
import { api, get, PUBLIC } from "../support/activitypub.js";
import { rowCounts } from "../support/api.js";
import { startFederatingPair, type TestApp } from "../support/app.js";
import { signUp, type Person } from "../support/world.js";

let a: TestApp;
let b: TestApp;
let hostA: string;
let alice: Person;
let bob: Person;

beforeAll(async () => {
  [a, b] = await startFederatingPair();
  hostA = new URL(a.app.config.publicUrl).host;
  alice = await signUp(a, "alice");
  bob = await signUp(b, "bob");
});
afterAll(() => Promise.all([a?.close(), b?.close()]));

const actorOf = (t: TestApp, who: Person) => `${t.app.config.publicUrl}/users/${who.name}`;

/** alice's activity POSTed to bob's inbox on B, signed with her key. */
async function postAsAlice(activity: Record<string, unknown>) {
  const [rsa] = await a.app.activityPub.keys.account(BigInt(alice.snowflake));
  const keyId = (await get(a, `/users/${alice.name}`)).body.publicKey.id as string;
  const request = new Request(`${actorOf(b, bob)}/inbox`, {
    method: "POST",
    headers: { "content-type": "application/activity+json" },
    body: JSON.stringify({ "@context": "https://www.w3.org/ns/activitystreams", ...activity }),
  });
  const signed = await signRequest(request, rsa!.privateKey, new URL(keyId), { spec: "draft-cavage-http-signatures-12" });
  return b.app.fetch(signed);
}

/** Until `t` has no event handler running and no job left to run. */
async function settle(t: TestApp) {
  const until = Date.now() + 15_000;
  for (;;) {
    await t.app.events.drain();
    if ((await t.app.deps.db.job.count({ where: { failedAt: null } })) === 0) return;
    if (Date.now() > until) throw new Error("queue did not run dry");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

let serial = 0;
const noteToBob = () => {
  const me = actorOf(a, alice);
  const n = ++serial;
  return {
    id: `${me}#create-${n}`,
    type: "Create",
    actor: me,
    to: [PUBLIC],
    cc: [actorOf(b, bob)],
    object: { id: `${me}/statuses/domain-${n}`, type: "Note", attributedTo: me, content: `<p>note ${n}</p>`, to: [PUBLIC], cc: [actorOf(b, bob)] },
  };
};

describe("domain blocks", () => {
  it("refuses a suspended server's activities and delivers nothing to it", async () => {
    // Before the block: accepted and stored.
    expect((await postAsAlice(noteToBob())).status).toBe(202);
    await settle(b);
    expect(await b.app.deps.db.status.count({ where: { local: false } })).toBe(1);
    const aliceOnB = await b.app.deps.db.account.findUniqueOrThrow({ where: { uri: actorOf(a, alice) } });

    // bob follows alice before the block; B suspends A's domain.
    await b.app.deps.db.follow.create({ data: { id: newId(), accountId: BigInt(bob.snowflake), targetAccountId: aliceOnB.id } });
    await b.app.deps.db.domainBlock.create({ data: { id: newId(), domain: hostA, severity: "SUSPEND" } });
    forgetDomainBlocks(b.app.deps);

    const before = await rowCounts(b);
    const refused = await postAsAlice(noteToBob());
    expect(refused.status).toBe(403);
    expect((await refused.json()).error).toContain(hostA);
    await settle(b);
    expect(await rowCounts(b)).toEqual(before);
    expect(await b.app.deps.db.job.count()).toBe(0);

    // Searching for people there finds nothing new.
    const found = await api(b, bob.token, "GET", `/api/v2/search?resolve=true&type=accounts&q=${encodeURIComponent(`nobody@${hostA}`)}`);
    expect(found.body.accounts).toEqual([]);

    // A mention of alice from B is not delivered to her server.
    const inboxHits = await a.app.deps.db.status.count({ where: { local: false } });
    await api(b, bob.token, "POST", "/api/v1/statuses", { status: `hello @${alice.name}@${hostA}`, visibility: "public" });
    await settle(b);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await settle(a);
    expect(await a.app.deps.db.status.count({ where: { local: false } })).toBe(inboxHits);
  });

  it("accepts an EmojiReact and ignores it", async () => {
    const posted = (await api(b, bob.token, "POST", "/api/v1/statuses", { status: "react to me", visibility: "public" })).body;
    await b.app.deps.db.domainBlock.deleteMany({});
    forgetDomainBlocks(b.app.deps);
    const before = await rowCounts(b);
    const me = actorOf(a, alice);
    const answer = await postAsAlice({ id: `${me}#react-1`, type: "EmojiReact", actor: me, object: posted.uri, content: "🎉" });
    expect(answer.status).toBe(202);
    await settle(b);
    expect(await rowCounts(b)).toEqual(before);
    expect(await b.app.deps.db.job.count({ where: { failedAt: { not: null } } })).toBe(0);
  });
});

describe("delivery health", () => {
  it("a host failing on seven different days is unavailable until heard from", async () => {
    let day = new Date("2026-01-01T12:00:00Z");
    const health = deliveryHealth(b.app.deps, () => day);
    const host = "down.example";
    for (let i = 1; i < UNAVAILABLE_AFTER_DAYS; i++) {
      await health.failed(host);
      await health.failed(host); // a second failure the same day counts once
      day = new Date(day.getTime() + 24 * 60 * 60_000);
    }
    expect(await health.isUnavailable(host)).toBe(false);
    expect((await b.app.deps.db.deliveryHost.findUniqueOrThrow({ where: { host } })).failures).toBe(UNAVAILABLE_AFTER_DAYS - 1);
    await health.failed(host);
    expect(await health.isUnavailable(host)).toBe(true);
    // Another process (or this one after a restart) reads the same from the table.
    expect(await deliveryHealth(b.app.deps).isUnavailable(host)).toBe(true);
    await health.heardFrom(host);
    expect(await health.isUnavailable(host)).toBe(false);
    expect(await b.app.deps.db.deliveryHost.count({ where: { host } })).toBe(0);
  });

  it("no deliveries to an unavailable host; an activity from it makes it available again", async () => {
    // alice on A follows carol on B (so B has a remote follower on A), then A is marked unavailable on B.
    const carol = await signUp(b, "carol");
    const remote = (await api(a, alice.token, "GET", `/api/v2/search?resolve=true&type=accounts&q=${encodeURIComponent(`${carol.name}@${new URL(b.app.config.publicUrl).host}`)}`)).body.accounts[0];
    await api(a, alice.token, "POST", `/api/v1/accounts/${remote.id}/follow`);
    await settle(a);
    await settle(b);
    await settle(a);
    expect(await b.app.deps.db.follow.count({ where: { targetAccountId: BigInt(carol.snowflake) } })).toBe(1);
    await b.app.deps.db.deliveryHost.create({ data: { host: hostA, failures: UNAVAILABLE_AFTER_DAYS, failingSince: new Date(), lastFailureAt: new Date(), unavailableAt: new Date() } });
    // As an admin's change would: B's deliveries read the table again.
    await b.app.activityPub.health.reload();
    expect(await b.app.activityPub.health.isUnavailable(hostA)).toBe(true);

    const first = (await api(b, carol.token, "POST", "/api/v1/statuses", { status: "while you were away", visibility: "public" })).body;
    await settle(b);
    expect(await a.app.deps.db.status.findUnique({ where: { uri: first.uri } })).toBeNull();

    // A speaks to B (alice favourites... anything signed by A): B hears from A and delivers again.
    expect((await postAsAlice(noteToBob())).status).toBe(202);
    await settle(b);
    expect(await b.app.deps.db.deliveryHost.count({ where: { host: hostA } })).toBe(0);
    const second = (await api(b, carol.token, "POST", "/api/v1/statuses", { status: "welcome back", visibility: "public" })).body;
    await settle(b);
    const until = Date.now() + 10_000;
    while (!(await a.app.deps.db.status.findUnique({ where: { uri: second.uri } }))) {
      if (Date.now() > until) throw new Error("the post after recovery did not arrive");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
});
