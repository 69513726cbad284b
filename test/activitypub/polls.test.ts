// Votes across servers, as Mastodon sends them: bob on B votes in alice's poll on A (one Note
// per choice, named after the option, replying to the poll, to alice only); A counts each
// once, and the count comes back to B with alice's next Update of the poll or when B reads it.
import { afterAll, beforeAll, expect, it } from "vitest";
import { api } from "../support/activitypub.js";
import { startFederatingPair, type TestApp } from "../support/app.js";
import { signUp, type Person } from "../support/world.js";

let a: TestApp;
let b: TestApp;
let alice: Person;
let bob: Person;

beforeAll(async () => {
  [a, b] = await startFederatingPair();
  [alice, bob] = await Promise.all([signUp(a, "alice"), signUp(b, "bob")]);
  const handle = `${alice.name}@${new URL(a.app.config.publicUrl).host}`;
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

it("a vote from B is counted on A, once per choice", async () => {
  const posted = (await api(a, alice.token, "POST", "/api/v1/statuses", {
    status: "Tea or coffee?",
    visibility: "public",
    poll: { options: ["tea", "coffee", "water"], expires_in: 3600, multiple: true },
  })).body;
  await settle();
  const onB = await b.app.deps.db.status.findUniqueOrThrow({ where: { uri: posted.uri } });
  const pollOnB = (await api(b, bob.token, "GET", `/api/v1/statuses/${onB.id}`)).body.poll;
  expect(pollOnB.options.map((o: { title: string }) => o.title)).toEqual(["tea", "coffee", "water"]);

  const voted = (await api(b, bob.token, "POST", `/api/v1/polls/${pollOnB.id}/votes`, { choices: [0, 2] })).body;
  expect(voted).toMatchObject({ voted: true, own_votes: [0, 2] });
  await settle();
  const onA = (await api(a, alice.token, "GET", `/api/v1/polls/${posted.poll.id}`)).body;
  expect(onA).toMatchObject({ votes_count: 2, voters_count: 1 });
  expect(onA.options.map((o: { votes_count: number }) => o.votes_count)).toEqual([1, 0, 1]);
  // A vote is not stored as a reply.
  expect((await api(a, alice.token, "GET", `/api/v1/statuses/${posted.id}`)).body.replies_count).toBe(0);

  // Voting again from B is refused there; a replayed choice would not count twice on A.
  const again = await b.app.fetch(new Request(`${b.app.config.publicUrl}/api/v1/polls/${pollOnB.id}/votes`, {
    method: "POST",
    headers: { authorization: `Bearer ${bob.token}`, "content-type": "application/json" },
    body: JSON.stringify({ choices: [1] }),
  }));
  expect(again.status).toBe(422);
  await settle();
  expect((await api(a, alice.token, "GET", `/api/v1/polls/${posted.poll.id}`)).body.votes_count).toBe(2);
});
