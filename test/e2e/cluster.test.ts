// Two instances of the server on one database and one Redis (REDIS_URL): live events,
// cache evictions, rate limits and Idempotency-Key records cross from one to the other.
// Needs a Redis: TEST_REDIS_URL (set by .ci/run for the run on the PostgreSQL service).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../support/app.js";
import { Logout, SubscribeHome } from "../support/documents.js";
import { follow, post, signUp, subscribe, wsClient } from "../support/world.js";

const redisUrl = process.env.TEST_REDIS_URL;

describe.skipIf(!redisUrl)("two instances sharing Redis", () => {
  let a: TestApp;
  let b: TestApp;
  let urlA: string;
  let urlB: string;
  beforeAll(async () => {
    const env = { REDIS_URL: redisUrl!, API_RATE_LIMIT: "6" };
    a = await startTestApp(env);
    b = await startTestApp(env, { databaseUrl: a.databaseUrl });
    urlA = `http://127.0.0.1:${await a.app.listen()}`;
    urlB = `http://127.0.0.1:${await b.app.listen()}`;
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it("delivers a post made on one instance to a live subscriber on the other", async () => {
    const ana = await signUp(a, "clusterana");
    const ben = await signUp(a, "clusterben");
    await follow(a, ben, ana);
    const client = wsClient(`${urlB.replace(/^http/, "ws")}/graphql`, ben.token);
    const live = await subscribe(client, SubscribeHome);
    const status = await post(a, ana, "across instances");
    const pushed = await live.next(5000);
    expect(pushed.data?.homeTimeline.status?.snowflake).toBe(status.snowflake);
    await live.close();
    await client.dispose();
  });

  it("forgets a token revoked on the other instance at once", async () => {
    const cy = await signUp(a, "clustercy");
    const whoAmI = (url: string) => fetch(`${url}/api/v1/accounts/verify_credentials`, { headers: { authorization: `Bearer ${cy.token}` } });
    expect((await whoAmI(urlB)).status).toBe(200); // B caches the token's answer for 30 s
    expect((await a.gql(Logout, {}, cy.token)).data?.logout.__typename).toBe("MutationLogoutSuccess");
    await a.app.events.drain();
    let status = 200;
    for (let i = 0; i < 40 && status === 200; i++) {
      await new Promise((r) => setTimeout(r, 25));
      status = (await whoAmI(urlB)).status;
    }
    expect(status).toBe(401);
  });

  it("counts rate limits and Idempotency-Keys across instances", async () => {
    const dot = await signUp(a, "clusterdot");
    // GraphQL sign-up tokens work for the REST API too, and keep address-keyed limits out of it.
    const token = dot.token;
    const read = (url: string) => fetch(`${url}/api/v1/timelines/home`, { headers: { authorization: `Bearer ${token}` } });
    const statuses: number[] = [];
    for (const url of [urlA, urlB, urlA, urlB, urlA, urlB, urlA]) statuses.push((await read(url)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 429]);

    const other = await signUp(a, "clusterdottwo");
    const second = other.token;
    const send = (url: string) =>
      fetch(`${url}/api/v1/statuses`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${second}`, "idempotency-key": "cluster-1" },
        body: JSON.stringify({ status: "only once, anywhere" }),
      }).then((r) => r.json() as Promise<{ id: string }>);
    const [first, again] = await Promise.all([send(urlA), send(urlB)]);
    expect(again.id).toBe(first.id);
    expect(await a.app.deps.db.status.count({ where: { accountId: BigInt(other.snowflake) } })).toBe(1);
  });
});
