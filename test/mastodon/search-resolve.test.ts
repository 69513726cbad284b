// /api/v2/search with resolve=true: handles and URLs name one account or status.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startListeningApp, type TestApp } from "../support/app.js";
import { mastoClient } from "../support/masto.js";
import { graphql } from "../generated/gql.js";
import { signUp } from "../support/world.js";

const Resolve = graphql(`
  query ResolveSearch($query: String!) {
    search(query: $query, resolve: true) { accounts { snowflake } statuses { snowflake } }
  }
`);

let t: TestApp;
let url: string;
beforeAll(async () => ({ t, url } = await startListeningApp()));
afterAll(() => t.close());

describe("search with resolve=true", () => {
  it("finds our accounts by full handle and our statuses by URL", async () => {
    const rue = await signUp(t, "resolverue");
    const api = await mastoClient(url, rue);
    const status = await api.v1.statuses.create({ status: "find me by my address" });
    const domain = new URL(url).host;

    const byHandle = await api.v2.search.list({ q: `@${rue.name}@${domain}`, resolve: true });
    expect(byHandle.accounts.map((a) => a.id)).toEqual([rue.snowflake]);
    const byUrl = await api.v2.search.list({ q: status.url!, resolve: true, type: "statuses" });
    expect(byUrl.statuses.map((s) => s.id)).toEqual([status.id]);
    const byUri = await api.v2.search.list({ q: status.uri, resolve: true, type: "statuses" });
    expect(byUri.statuses.map((s) => s.id)).toEqual([status.id]);
    // GraphQL resolves the same way.
    const viaGraphql = await t.gql(Resolve, { query: status.url! }, rue.token);
    expect(viaGraphql.data?.search.statuses.map((s) => s.snowflake)).toEqual([status.id]);
    const handleViaGraphql = await t.gql(Resolve, { query: `${rue.name}@${domain}` }, rue.token);
    expect(handleViaGraphql.data?.search.accounts.map((a) => a.snowflake)).toEqual([rue.snowflake]);
    // Without resolve, a URL is just words.
    expect((await api.v2.search.list({ q: status.url!, type: "statuses" })).statuses).toEqual([]);
    // A handle on a server we cannot reach yet resolves to nothing, and nothing is written.
    const accounts = await t.app.deps.db.account.count();
    expect((await api.v2.search.list({ q: "someone@elsewhere.example", resolve: true })).accounts).toEqual([]);
    expect(await t.app.deps.db.account.count()).toBe(accounts);
    // A private status is not found by its URL by someone who may not see it.
    const hidden = await api.v1.statuses.create({ status: "followers only", visibility: "private" });
    const stranger = await mastoClient(url, await signUp(t, "resolvestranger"));
    expect((await stranger.v2.search.list({ q: hidden.url!, resolve: true, type: "statuses" })).statuses).toEqual([]);
  });
});
