// Trends from real activity, and familiar followers, through masto.js.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startListeningApp, type TestApp } from "../support/app.js";
import { mastoClient, passwordToken } from "../support/masto.js";
import { signUp, type Person } from "../support/world.js";

let t: TestApp;
let url: string;
beforeAll(async () => ({ t, url } = await startListeningApp()));
afterAll(() => t.close());

describe("trends", () => {
  it("ranks hashtags by the people using them and statuses by boosts and favourites", async () => {
    const people = await Promise.all(["trendana", "trendbo", "trendcy"].map((name) => signUp(t, name)));
    const apis = await Promise.all(people.map((p) => mastoClient(url, p)));
    for (const api of apis) await api.v1.statuses.create({ status: "I like #Gardening" });
    await apis[0]!.v1.statuses.create({ status: "#Chess twice" });
    await apis[0]!.v1.statuses.create({ status: "#Chess again" });
    await apis[1]!.v1.statuses.create({ status: "#Secret", visibility: "private" });
    const popular = await apis[0]!.v1.statuses.create({ status: "Popular one" });
    const liked = await apis[1]!.v1.statuses.create({ status: "Liked once" });
    const hidden = await apis[2]!.v1.statuses.create({ status: "Followers only", visibility: "private" });
    await apis[1]!.v1.statuses.$select(popular.id).reblog();
    await apis[2]!.v1.statuses.$select(popular.id).favourite();
    await apis[0]!.v1.statuses.$select(liked.id).favourite();
    await apis[2]!.v1.statuses.$select(hidden.id).favourite();

    const anonymous = (await import("masto")).createRestAPIClient({ url });
    const tags = await anonymous.v1.trends.tags.list();
    expect(tags.map((tag) => tag.name)).toEqual(["Gardening", "Chess"]);
    expect(tags[0]!.history!).toHaveLength(7);
    expect(tags[0]!.history![0]).toMatchObject({ uses: "3", accounts: "3" });
    expect(tags[1]!.history![0]).toMatchObject({ uses: "2", accounts: "1" });
    expect(Number(tags[0]!.history![0]!.day) * 1000).toBeLessThanOrEqual(Date.now());

    const statuses = await anonymous.v1.trends.statuses.list();
    expect(statuses.map((s) => s.id)).toEqual([popular.id, liked.id]);
    expect(await anonymous.v1.trends.links.list()).toEqual([]);
    const limited = await fetch(`${url}/api/v1/trends/tags?limit=1&offset=1`).then((r) => r.json());
    expect((limited as { name: string }[]).map((tag) => tag.name)).toEqual(["Chess"]);
  });
});

describe("familiar followers", () => {
  it("lists the people you follow who follow an account", async () => {
    const [me, friend, other, target] = (await Promise.all(["famme", "famfriend", "famother", "famtarget"].map((name) => signUp(t, name)))) as [Person, Person, Person, Person];
    const [meApi, friendApi, otherApi] = await Promise.all([mastoClient(url, me), mastoClient(url, friend), mastoClient(url, other)]);
    await meApi.v1.accounts.$select(friend.snowflake).follow();
    await friendApi.v1.accounts.$select(target.snowflake).follow();
    await otherApi.v1.accounts.$select(target.snowflake).follow();
    // masto.js sends this call's ids as ?0=…&1=… (which Mastodon ignores too), so ask as Mastodon documents it.
    const token = await passwordToken(url, me);
    const response = await fetch(`${url}/api/v1/accounts/familiar_followers?id[]=${target.snowflake}&id[]=${other.snowflake}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const familiar = (await response.json()) as { id: string; accounts: { id: string }[] }[];
    expect(familiar.map((f) => [f.id, f.accounts.map((a) => a.id)])).toEqual([
      [target.snowflake, [friend.snowflake]],
      [other.snowflake, []],
    ]);
    const anonymous = await fetch(`${url}/api/v1/accounts/familiar_followers?id[]=${target.snowflake}`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ error: "The access token is invalid" });
  });
});
