// Direct conversations, trends and familiar followers over GraphQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../generated/gql.js";
import { startTestApp, type TestApp } from "../support/app.js";
import { follow, post, signUp } from "../support/world.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const Conversations = graphql(`
  query Conversations { conversations { id unread lastStatus { snowflake } accounts { snowflake } } }
`);
const MarkRead = graphql(`
  mutation MarkConversationRead($id: ID!) {
    markConversationRead(id: $id) {
      __typename
      ... on MutationMarkConversationReadSuccess { data { id unread } }
      ... on Error { message }
    }
  }
`);
const Hide = graphql(`
  mutation HideConversation($id: ID!) {
    hideConversation(id: $id) { __typename ... on Error { message } }
  }
`);
const Discover = graphql(`
  query Discover($id: ID!) {
    trendingTags { name }
    trendingStatuses { snowflake }
    node(id: $id) { ... on Account { familiarFollowers { snowflake } } }
  }
`);

describe("conversations over GraphQL", () => {
  it("lists, marks read and hides direct conversations", async () => {
    const ada = await signUp(t, "gqldmada");
    const bea = await signUp(t, "gqldmbea");
    const first = await post(t, ada, `@${bea.name} hi`, { visibility: "DIRECT" });
    const listed = await t.gql(Conversations, {}, bea.token);
    expect(listed.data?.conversations).toEqual([
      { id: expect.any(String), unread: true, lastStatus: { snowflake: first.snowflake }, accounts: [{ snowflake: ada.snowflake }] },
    ]);
    const id = listed.data!.conversations[0]!.id;
    expect((await t.gql(MarkRead, { id }, bea.token)).data?.markConversationRead).toEqual({
      __typename: "MutationMarkConversationReadSuccess", data: { id, unread: false },
    });
    expect((await t.gql(Hide, { id }, bea.token)).data?.hideConversation.__typename).toBe("MutationHideConversationSuccess");
    expect((await t.gql(Conversations, {}, bea.token)).data?.conversations).toEqual([]);
    // Someone else's conversation, and signed-out callers, are refused.
    const cal = await signUp(t, "gqldmcal");
    expect((await t.gql(MarkRead, { id }, cal.token)).data?.markConversationRead).toMatchObject({ __typename: "NotFoundError" });
    expect((await t.gql(Conversations, {}, null)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("shows trends and familiar followers", async () => {
    const [dee, eli, fay] = await Promise.all(["gqltrdee", "gqltreli", "gqltrfay"].map((n) => signUp(t, n)));
    await post(t, dee!, "#GqlTrend one");
    await post(t, eli!, "#GqlTrend two");
    await follow(t, dee!, eli!);
    await follow(t, eli!, fay!);
    const found = await t.gql(Discover, { id: fay!.id }, dee!.token);
    expect(found.data?.trendingTags.map((tag) => tag.name)).toContain("gqltrend");
    expect(found.data?.node).toEqual({ familiarFollowers: [{ snowflake: eli!.snowflake }] });
    expect((await t.gql(Discover, { id: fay!.id }, null)).data?.node).toEqual({ familiarFollowers: [] });
  });
});
