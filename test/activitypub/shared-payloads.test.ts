// Deliveries of one activity to many servers share one stored copy of the activity and keys
// (src/activitypub/shared-payloads.ts): packed jobs hold a reference, unpacked they are what
// Fedify queued, and the sweep removes copies no job refers to.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sharedPayloads, sweepSharedPayloads } from "../../src/activitypub/shared-payloads.js";
import { startTestApp, type TestApp } from "../support/app.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const count = async () => (await t.app.deps.pool.query<{ n: number }>("SELECT count(*)::int AS n FROM job_payload_parts")).rows[0]!.n;

describe("shared delivery payloads", () => {
  it("stores an activity sent to many inboxes once, gives each job back whole, and sweeps copies no job needs", async () => {
    const shared = sharedPayloads(t.app.deps.pool);
    const activity = { id: "https://here.test/a/1", type: "Create", content: "x".repeat(4000) };
    const keys = [{ keyId: "https://here.test/u#main-key", privateKey: { kty: "RSA", d: "secret" } }];
    const messages = ["a", "b", "c"].map((host) => ({ type: "outbox", id: host, inbox: `https://${host}.test/inbox`, activity, keys }));
    const before = await count();
    const packed = await Promise.all(messages.map(shared.pack));
    expect(await count()).toBe(before + 1);
    for (const job of packed) {
      expect(job).not.toHaveProperty("activity");
      expect(JSON.stringify(job).length).toBeLessThan(200);
    }
    // as a worker (another process, even) reads them back from the table
    const reader = sharedPayloads(t.app.deps.pool);
    const unpacked = await Promise.all(packed.map((job) => reader.unpack(JSON.parse(JSON.stringify(job)))));
    expect(unpacked).toEqual(messages);
    // inbox messages and anything else pass as they are
    const inbox = { type: "inbox", activity: { id: "x" } };
    expect(await shared.pack(inbox)).toBe(inbox);

    // queued jobs keep their copy; once no job refers to it (and it is old enough) it goes
    await t.app.deps.pool.query("UPDATE job_payload_parts SET created_at = now() - interval '2 hours'");
    await t.app.deps.pool.query("INSERT INTO jobs (queue, payload) VALUES ('sweep-test', $1)", [JSON.stringify(packed[0])]);
    await sweepSharedPayloads(t.app.deps.pool);
    expect(await count()).toBe(1);
    await t.app.deps.pool.query("DELETE FROM jobs WHERE queue = 'sweep-test'");
    await sweepSharedPayloads(t.app.deps.pool);
    expect(await count()).toBe(0);
    await expect(sharedPayloads(t.app.deps.pool).unpack(packed[0])).rejects.toThrow(/gone/);
  });
});
