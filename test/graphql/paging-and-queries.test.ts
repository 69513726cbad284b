// Cursor paging stays exact while new posts arrive, and a home page costs a bounded
// number of SQL queries whatever its size.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type GqlResult, type TestApp } from "../support/app.js";
import type { PublicTimelineQuery } from "../generated/graphql.js";
import { HomeTimeline, PublicTimeline } from "../support/documents.js";
import { graphql } from "../generated/gql.js";
import { follow, post, signUp, type Person } from "../support/world.js";

const Boost = graphql(`
  mutation PQBoost($id: ID!) { reblog(id: $id) { __typename } }
`);
const Fave = graphql(`
  mutation PQFave($id: ID!) { favourite(id: $id) { __typename } }
`);

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

async function homeIds(viewer: Person, args: { first?: number; after?: string | null }) {
  const result = await t.gql(HomeTimeline, args, viewer.token);
  expect(result.errors).toBeUndefined();
  return result.data!.homeTimeline;
}

describe("paging", () => {
  it("has no duplicates or gaps while posts arrive between page fetches", async () => {
    const reader = await signUp(t, "reader");
    const writer = await signUp(t, "writer");
    await follow(t, reader, writer);
    const before: string[] = [];
    for (let i = 0; i < 12; i++) before.push((await post(t, writer, `old ${i}`)).snowflake);
    await t.app.events.drain();

    const seen: string[] = [];
    const arrived: string[] = [];
    let after: string | null = null;
    for (let page = 0; ; page++) {
      const connection = await homeIds(reader, { first: 5, after });
      seen.push(...connection.edges.map((e) => e.node.snowflake));
      // New posts land at the top while we walk down.
      arrived.push((await post(t, writer, `new ${page}`)).snowflake);
      await t.app.events.drain();
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor!;
    }
    expect(seen).toEqual([...before].reverse());
    expect(new Set(seen).size).toBe(seen.length);

    // Walking back up from the newest we saw finds exactly the posts that arrived.
    const newer = await t.gql(HomeTimeline, { last: 50, before: seen[0] }, reader.token);
    expect(newer.data!.homeTimeline.edges.map((e) => e.node.snowflake)).toEqual([...arrived].reverse());
  });

  it("pages the public timeline the same way", async () => {
    const writer = await signUp(t, "publisher");
    const mine: string[] = [];
    for (let i = 0; i < 7; i++) mine.push((await post(t, writer, `public ${i}`)).snowflake);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const result: GqlResult<PublicTimelineQuery> = await t.gql(PublicTimeline, { first: 3, after }, null);
      const page = result.data!.publicTimeline;
      seen.push(...page.edges.map((e) => e.node.snowflake));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    const ours = seen.filter((id) => mine.includes(id));
    expect(ours).toEqual([...mine].reverse());
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("rejects bad paging arguments with a typed error", async () => {
    const reader = await signUp(t, "pager");
    for (const args of [{ first: -1 }, { first: 1000 }, { first: 1, last: 1 }, { first: 1, after: "not-a-cursor" }]) {
      const result = await t.gql(HomeTimeline, args, reader.token);
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(args)).toBe("VALIDATION");
    }
  });
});

describe("query count", () => {
  it("a home page of 40 costs the same bounded number of SQL queries as a page of 10", async () => {
    const viewer = await signUp(t, "counter");
    const authors: Person[] = [];
    for (let i = 0; i < 8; i++) authors.push(await signUp(t, `author${i}`));
    for (const author of authors) await follow(t, viewer, author);
    const statuses: string[] = [];
    for (let i = 0; i < 40; i++) {
      const author = authors[i % authors.length]!;
      statuses.push((await post(t, author, `status ${i} #tag${i % 3} @${viewer.name}`)).id);
    }
    // Boosts (of someone the viewer does not follow) and favourites, so every field has data.
    const outsider = await signUp(t, "outsider");
    for (let i = 0; i < 6; i++) {
      const original = await post(t, outsider, `boost me ${i}`);
      const boosted = await t.gql(Boost, { id: original.id }, authors[i % authors.length]!.token);
      expect(boosted.data?.reblog.__typename).toBe("MutationReblogSuccess");
    }
    for (let i = 0; i < 10; i++) await t.gql(Fave, { id: statuses[i * 2]! }, viewer.token);
    await t.app.events.drain();
    // and the posts' kept events have run (they query in the background, in the counted window)
    while ((await t.app.deps.db.job.count()) > 0) await new Promise((resolve) => setTimeout(resolve, 50));

    const count = async (first: number) => {
      t.queries.length = 0;
      const page = await homeIds(viewer, { first });
      const n = t.queries.length;
      expect(page.edges).toHaveLength(first);
      return { n, page };
    };
    // The newest 6 entries are boosts: a page of 10 already holds every kind of row.
    await count(10); // warm the caches of the connection pool
    const small = await count(10);
    const large = await count(40);
    expect(large.page.edges.some((e) => e.node.reblog)).toBe(true);
    expect(large.page.edges.some((e) => e.node.favourited)).toBe(true);
    expect(large.n).toBe(small.n);
    // The page's ids and one bundle query; the token and the viewer's relationships add
    // one query each when their few-second caches have expired.
    expect(large.n).toBeLessThanOrEqual(4);
  }, 60_000);
});
