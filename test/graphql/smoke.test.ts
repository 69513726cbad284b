import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../support/app.js";
import { HomeTimeline, SubscribeHome } from "../support/documents.js";
import { follow, post, signUp, subscribe, wsClient } from "../support/world.js";

let t: TestApp;
let url: string;
beforeAll(async () => {
  t = await startTestApp();
  url = `ws://127.0.0.1:${await t.app.listen()}/graphql`;
});
afterAll(() => t.close());

describe("smoke", () => {
  it("a follower sees a post in home, live and by query", async () => {
    const alice = await signUp(t, "alice");
    const bob = await signUp(t, "bob");
    await follow(t, bob, alice);
    const client = wsClient(url, bob.token);
    const live = await subscribe(client, SubscribeHome);
    const status = await post(t, alice, "hello #world @" + bob.name);
    const pushed = await live.next();
    expect(pushed.errors).toBeUndefined();
    expect(pushed.data?.homeTimeline.status?.snowflake).toBe(status.snowflake);
    const home = await t.gql(HomeTimeline, { first: 10 }, bob.token);
    expect(home.errors).toBeUndefined();
    expect(home.data?.homeTimeline.edges.map((e) => e.node.snowflake)).toEqual([status.snowflake]);
    expect(status.content).toContain("hashtag");
    expect(status.mentions.map((m) => m.username)).toEqual([bob.name]);
    await live.close();
    await client.dispose();
  });
});
