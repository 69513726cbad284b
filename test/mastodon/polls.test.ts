// Polls through the Mastodon API with masto.js: create with a status, vote, totals,
// visibility, end notices, and bad input.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { announceEndedPolls } from "../../src/services/polls/vote.js";
import { startListeningApp, type TestApp } from "../support/app.js";
import { mastoClient, passwordToken } from "../support/masto.js";
import { signUp } from "../support/world.js";

let t: TestApp;
let url: string;
beforeAll(async () => ({ t, url } = await startListeningApp()));
afterAll(() => t.close());

const endNow = (pollId: string) => t.app.deps.db.poll.update({ where: { id: BigInt(pollId) }, data: { expiresAt: new Date(Date.now() - 1000) } });

describe("polls", () => {
  it("creates, votes, counts, shows own votes and tells voters when it ends", async () => {
    const alice = await signUp(t, "pollalice");
    const bob = await signUp(t, "pollbob");
    const carol = await signUp(t, "pollcarol");
    const [aliceApi, bobApi, carolApi] = await Promise.all([mastoClient(url, alice), mastoClient(url, bob), mastoClient(url, carol)]);
    const status = await aliceApi.v1.statuses.create({ status: "Tea or coffee?", poll: { options: ["Tea", "Coffee", "Both"], expiresIn: 3600, multiple: true } });
    const poll = status.poll!;
    expect(poll).toMatchObject({ multiple: true, expired: false, votesCount: 0, votersCount: 0, voted: true, ownVotes: [] });
    expect(poll.options).toEqual([{ title: "Tea", votesCount: 0 }, { title: "Coffee", votesCount: 0 }, { title: "Both", votesCount: 0 }]);
    expect(Date.parse(poll.expiresAt!) - Date.now()).toBeGreaterThan(3500_000);

    const bobs = await bobApi.v1.polls.$select(poll.id).votes.create({ choices: [0, 2] });
    expect(bobs).toMatchObject({ votesCount: 2, votersCount: 1, voted: true, ownVotes: [0, 2] });
    const carols = await carolApi.v1.polls.$select(poll.id).votes.create({ choices: [1] });
    expect(carols.options.map((o) => o.votesCount)).toEqual([1, 1, 1]);
    expect(carols).toMatchObject({ votesCount: 3, votersCount: 2, ownVotes: [1] });
    // Everyone sees the same poll on the status, with their own votes.
    expect((await bobApi.v1.statuses.$select(status.id).fetch()).poll).toMatchObject({ ownVotes: [0, 2], voted: true });
    const anonymous = await fetch(`${url}/api/v1/polls/${poll.id}`).then((r) => r.json());
    expect(anonymous).toMatchObject({ voted: false, own_votes: [], votes_count: 3, voters_count: 2 });

    await endNow(poll.id);
    expect(await announceEndedPolls(t.app.deps)).toBe(1);
    expect(await announceEndedPolls(t.app.deps)).toBe(0); // once only
    await t.app.events.drain();
    for (const api of [aliceApi, bobApi, carolApi]) {
      const notices = await api.v1.notifications.list({ types: ["poll"] });
      expect(notices.map((n) => [n.type, n.status?.id])).toEqual([["poll", status.id]]);
    }
    expect((await carolApi.v1.polls.$select(poll.id).fetch()).expired).toBe(true);
  });

  it("hides totals until the end when asked, allows one choice in a single-choice poll", async () => {
    const dave = await signUp(t, "polldave");
    const erin = await signUp(t, "pollerin");
    const [daveApi, erinApi] = await Promise.all([mastoClient(url, dave), mastoClient(url, erin)]);
    const status = await daveApi.v1.statuses.create({ status: "Secret ballot", poll: { options: ["Yes", "No"], expiresIn: 600, hideTotals: true } });
    const id = status.poll!.id;
    const voted = await erinApi.v1.polls.$select(id).votes.create({ choices: [1] });
    expect(voted.options.map((o) => o.votesCount)).toEqual([null, null]);
    expect(voted.votersCount).toBeNull(); // single choice: Mastodon gives no voters_count
    expect((await daveApi.v1.polls.$select(id).fetch()).options.map((o) => o.votesCount)).toEqual([0, 1]);
    await endNow(id);
    expect((await erinApi.v1.polls.$select(id).fetch()).options.map((o) => o.votesCount)).toEqual([0, 1]);
  });

  it("refuses bad votes and bad polls with 422, and writes nothing", async () => {
    const frank = await signUp(t, "pollfrank");
    const gina = await signUp(t, "pollgina");
    const [frankApi, ginaApi] = await Promise.all([mastoClient(url, frank), mastoClient(url, gina)]);
    const single = (await frankApi.v1.statuses.create({ status: "Pick one", poll: { options: ["A", "B"], expiresIn: 600 } })).poll!;
    const hidden = (await frankApi.v1.statuses.create({ status: "Followers only", visibility: "private", poll: { options: ["A", "B"], expiresIn: 600 } })).poll!;
    await ginaApi.v1.polls.$select(single.id).votes.create({ choices: [0] });
    const token = await passwordToken(url, gina);
    const vote = (id: string, body: unknown) =>
      fetch(`${url}/api/v1/polls/${id}/votes`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify(body) });
    const votes = await t.app.deps.db.pollVote.count();
    for (const [id, body, status, message] of [
      [single.id, { choices: [1] }, 422, /already voted/],
      [single.id, { choices: [] }, 422, /at least one/],
      [single.id, { choices: ["x"] }, 422, /option indexes/],
      [hidden.id, { choices: [0] }, 404, /not found/],
      ["999", { choices: [0] }, 404, /not found/],
    ] as const) {
      const response = await vote(id, body);
      expect(response.status).toBe(status);
      expect(((await response.json()) as { error: string }).error).toMatch(message);
    }
    const other = (await frankApi.v1.statuses.create({ status: "Two", poll: { options: ["A", "B"], expiresIn: 600 } })).poll!;
    for (const [body, message] of [
      [{ choices: [0, 1] }, /one choice/],
      [{ choices: [2] }, /not one of the poll's options/],
    ] as const) {
      const response = await vote(other.id, body);
      expect(response.status).toBe(422);
      expect(((await response.json()) as { error: string }).error).toMatch(message);
    }
    await endNow(other.id);
    const late = await vote(other.id, { choices: [0] });
    expect(late.status).toBe(422);
    expect(((await late.json()) as { error: string }).error).toMatch(/already ended/);
    expect(await t.app.deps.db.pollVote.count()).toBe(votes);
    expect((await fetch(`${url}/api/v1/polls/${hidden.id}`)).status).toBe(404);

    const statuses = await t.app.deps.db.status.count();
    const post = (poll: unknown) =>
      fetch(`${url}/api/v1/statuses`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify({ status: "poll?", poll }) });
    for (const [poll, message] of [
      [{ options: ["only"], expires_in: 600 }, /at least 2/],
      [{ options: ["a", "b", "c", "d", "e"], expires_in: 600 }, /at most 4/],
      [{ options: ["a", "a"], expires_in: 600 }, /differ/],
      [{ options: ["a", "x".repeat(51)], expires_in: 600 }, /at most 50/],
      [{ options: ["a", "b"], expires_in: 10 }, /between 300/],
      [{ options: ["a", "b"] }, /expires_in/],
      ["yes", /options and expires_in/],
    ] as const) {
      const response = await post(poll);
      expect(response.status).toBe(422);
      expect(((await response.json()) as { error: string }).error).toMatch(message);
    }
    // Rails-style form bodies work too.
    const form = new URLSearchParams([["status", "form poll"], ["poll[options][]", "x"], ["poll[options][]", "y"], ["poll[expires_in]", "900"]]);
    const formed = await fetch(`${url}/api/v1/statuses`, { method: "POST", headers: { authorization: `Bearer ${token}` }, body: form });
    expect(((await formed.json()) as { poll: { options: { title: string }[] } }).poll.options.map((o) => o.title)).toEqual(["x", "y"]);
    expect(await t.app.deps.db.status.count()).toBe(statuses + 1);
  });
});
