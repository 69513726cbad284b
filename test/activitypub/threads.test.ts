// Thread backfill: bob on B follows carol on A, not alice. carol replies to alice's post (a
// reply to a reply to it, in fact); when carol's reply reaches B, the posts above it that B
// lacks are fetched and stored first, so the thread reads whole on B. Bounded: a thread
// deeper than MAX_ANCESTORS stops there.
import { afterAll, beforeAll, expect, it } from "vitest";
import { MAX_ANCESTORS } from "../../src/activitypub/thread-backfill.js";
import { api } from "../support/activitypub.js";
import { startFederatingPair, type TestApp } from "../support/app.js";
import { signUp, type Person } from "../support/world.js";

let a: TestApp;
let b: TestApp;
let alice: Person;
let carol: Person;
let bob: Person;

beforeAll(async () => {
  [a, b] = await startFederatingPair();
  [alice, carol, bob] = await Promise.all([signUp(a, "alice"), signUp(a, "carol"), signUp(b, "bob")]);
  const handle = `${carol.name}@${new URL(a.app.config.publicUrl).host}`;
  const found = await api(b, bob.token, "GET", `/api/v2/search?resolve=true&type=accounts&q=${encodeURIComponent(handle)}`);
  await api(b, bob.token, "POST", `/api/v1/accounts/${found.body.accounts[0].id}/follow`);
  await settle();
});
afterAll(() => Promise.all([a?.close(), b?.close()]));

async function settle() {
  const until = Date.now() + 15_000;
  for (;;) {
    await Promise.all([a.app.events.drain(), b.app.events.drain()]);
    const left = (await a.app.deps.db.job.count({ where: { failedAt: null } })) + (await b.app.deps.db.job.count({ where: { failedAt: null } }));
    if (left === 0) return;
    if (Date.now() > until) throw new Error("queues did not run dry");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const postOnA = async (who: Person, text: string, inReplyTo?: string) =>
  (await api(a, who.token, "POST", "/api/v1/statuses", { status: text, visibility: "public", ...(inReplyTo ? { in_reply_to_id: inReplyTo } : {}) })).body as { id: string; uri: string };

it("a reply brings the posts above it that B lacks", async () => {
  const root = await postOnA(alice, "the root");
  const middle = await postOnA(alice, "alice again", root.id);
  await settle();
  expect(await b.app.deps.db.status.count({ where: { uri: { in: [root.uri, middle.uri] } } })).toBe(0);

  const reply = await postOnA(carol, "carol's reply", middle.id);
  await settle();
  const onB = await b.app.deps.db.status.findUniqueOrThrow({ where: { uri: reply.uri } });
  const context = (await api(b, bob.token, "GET", `/api/v1/statuses/${onB.id}/context`)).body as { ancestors: { uri: string }[] };
  expect(context.ancestors.map((s) => s.uri)).toEqual([root.uri, middle.uri]);
  // Fetched for the thread only: not in bob's home (who does not follow alice).
  const home = ((await api(b, bob.token, "GET", "/api/v1/timelines/home")).body as { uri: string }[]).map((s) => s.uri);
  expect(home).not.toContain(root.uri);
  expect(home).not.toContain(middle.uri);
});

it(`stops ${MAX_ANCESTORS} posts up`, async () => {
  let parent = await postOnA(alice, "deep 0");
  const chain = [parent];
  for (let i = 1; i <= MAX_ANCESTORS + 2; i++) chain.push((parent = await postOnA(alice, `deep ${i}`, parent.id)));
  await settle();
  const leaf = await postOnA(carol, "at the bottom", parent.id);
  await settle();
  expect(await b.app.deps.db.status.findUnique({ where: { uri: leaf.uri } })).not.toBeNull();
  const stored = await b.app.deps.db.status.findMany({ where: { uri: { in: chain.map((s) => s.uri) } }, select: { uri: true } });
  expect(stored.map((s) => s.uri).sort()).toEqual(chain.slice(-MAX_ANCESTORS).map((s) => s.uri).sort());
});
