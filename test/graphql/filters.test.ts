// Filters through GraphQL: create, update (keywords added, changed, removed), delete,
// filtered statuses, Status.filtered in a context, typed errors that write nothing, and
// other people's filters (NotFound).
import type { VariablesOf } from "@graphql-typed-document-node/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueToken } from "../../src/services/auth/tokens.js";
import { graphql } from "../generated/gql.js";
import { startTestApp, type TestApp } from "../support/app.js";
import { follow, post, signUp } from "../support/world.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

export const FilterFields = graphql(`
  fragment FilterFields on Filter {
    id title context action expiresAt
    keywords { id keyword wholeWord }
    statuses { id statusId status { snowflake } }
  }
`);

const CreateFilter = graphql(`
  mutation CreateFilter($title: String!, $context: [FilterContext!]!, $action: FilterAction, $expiresIn: Int, $keywords: [FilterKeywordInput!]) {
    createFilter(title: $title, context: $context, action: $action, expiresIn: $expiresIn, keywords: $keywords) {
      __typename
      ... on MutationCreateFilterSuccess { data { ...FilterFields } }
      ... on Error { message code }
      ... on ValidationError { field }
    }
  }
`);

const UpdateFilter = graphql(`
  mutation UpdateFilter($id: ID!, $title: String, $context: [FilterContext!], $action: FilterAction, $expiresIn: Int, $keywords: [FilterKeywordChange!]) {
    updateFilter(id: $id, title: $title, context: $context, action: $action, expiresIn: $expiresIn, keywords: $keywords) {
      __typename
      ... on MutationUpdateFilterSuccess { data { ...FilterFields } }
      ... on Error { message code }
      ... on ValidationError { field }
    }
  }
`);

const DeleteFilter = graphql(`
  mutation DeleteFilter($id: ID!) {
    deleteFilter(id: $id) { __typename ... on MutationDeleteFilterSuccess { data { id title } } ... on Error { message code } }
  }
`);

const AddFilterStatus = graphql(`
  mutation AddFilterStatus($filterId: ID!, $statusId: ID!) {
    addFilterStatus(filterId: $filterId, statusId: $statusId) {
      __typename
      ... on MutationAddFilterStatusSuccess { data { id statusId } }
      ... on Error { message code }
    }
  }
`);

const RemoveFilterStatus = graphql(`
  mutation RemoveFilterStatus($id: ID!) {
    removeFilterStatus(id: $id) { __typename ... on MutationRemoveFilterStatusSuccess { data { id } } ... on Error { message code } }
  }
`);

const Filters = graphql(`
  query Filters { filters { ...FilterFields } }
`);

const OneFilter = graphql(`
  query OneFilter($id: ID!) { filter(id: $id) { id title } }
`);

const FilteredHome = graphql(`
  query FilteredHome($context: FilterContext) {
    homeTimeline(first: 20) {
      edges { node { snowflake content
        filtered(context: $context) { keywordMatches statusMatches filter { id title action context keywords { keyword } } }
        everywhere: filtered { filter { title } } } }
    }
  }
`);

const counts = async () => ({
  filters: await t.app.deps.db.filter.count(),
  keywords: await t.app.deps.db.filterKeyword.count(),
  statuses: await t.app.deps.db.filterStatus.count(),
});

async function create(token: string, variables: VariablesOf<typeof CreateFilter>) {
  const result = await t.gql(CreateFilter, variables, token);
  const payload = result.data?.createFilter;
  if (payload?.__typename !== "MutationCreateFilterSuccess") throw new Error(`createFilter failed: ${JSON.stringify(result)}`);
  return payload.data;
}

describe("filter mutations", () => {
  it("creates, lists, updates and deletes a filter with keywords", async () => {
    const alice = await signUp(t, "gqlfilteralice");
    const filter = await create(alice.token, {
      title: "Spoilers",
      context: ["HOME", "THREAD"],
      expiresIn: 600,
      keywords: [{ keyword: "finale" }, { keyword: "season", wholeWord: false }],
    });
    expect(filter).toMatchObject({ title: "Spoilers", context: ["HOME", "THREAD"], action: "WARN", statuses: [] });
    expect(filter.keywords.map((k) => [k.keyword, k.wholeWord])).toEqual([["finale", true], ["season", false]]);
    expect(Date.parse(filter.expiresAt!)).toBeGreaterThan(Date.now() + 590_000);
    expect((await t.gql(Filters, {}, alice.token)).data?.filters.map((f) => f.id)).toEqual([filter.id]);

    const [finale, season] = filter.keywords;
    const updated = await t.gql(UpdateFilter, {
      id: filter.id,
      title: "TV",
      action: "HIDE",
      expiresIn: null,
      keywords: [{ id: finale!.id, destroy: true }, { id: season!.id, keyword: "episode" }, { keyword: "cliffhanger", wholeWord: false }],
    }, alice.token);
    const data = updated.data?.updateFilter.__typename === "MutationUpdateFilterSuccess" ? updated.data.updateFilter.data : null;
    expect(data).toMatchObject({ title: "TV", action: "HIDE", context: ["HOME", "THREAD"], expiresAt: null });
    expect(data!.keywords.map((k) => [k.keyword, k.wholeWord])).toEqual([["episode", false], ["cliffhanger", false]]);

    const status = await post(t, alice, "to be filtered");
    const added = await t.gql(AddFilterStatus, { filterId: filter.id, statusId: status.snowflake }, alice.token);
    expect(added.data?.addFilterStatus).toMatchObject({ __typename: "MutationAddFilterStatusSuccess", data: { statusId: status.snowflake } });
    const listed = (await t.gql(Filters, {}, alice.token)).data!.filters[0]!;
    expect(listed.statuses).toEqual([expect.objectContaining({ statusId: status.snowflake, status: { snowflake: status.snowflake } })]);
    const entryId = listed.statuses[0]!.id;
    expect((await t.gql(RemoveFilterStatus, { id: entryId }, alice.token)).data?.removeFilterStatus.__typename).toBe("MutationRemoveFilterStatusSuccess");

    const deleted = await t.gql(DeleteFilter, { id: filter.id }, alice.token);
    expect(deleted.data?.deleteFilter).toMatchObject({ __typename: "MutationDeleteFilterSuccess", data: { id: filter.id, title: "TV" } });
    expect((await t.gql(Filters, {}, alice.token)).data?.filters).toEqual([]);
    expect(await t.app.deps.db.filterKeyword.count({ where: { filterId: BigInt(filter.id) } })).toBe(0);
  });

  it("answers typed errors and writes nothing", async () => {
    const bob = await signUp(t, "gqlfilterbob");
    const carol = await signUp(t, "gqlfiltercarol");
    const mine = await create(bob.token, { title: "Mine", context: ["HOME"], keywords: [{ keyword: "one" }] });
    const theirs = await create(carol.token, { title: "Theirs", context: ["PUBLIC"], keywords: [{ keyword: "two" }] });
    const before = await counts();

    const failures: [unknown, string, string | null][] = [
      [(await t.gql(CreateFilter, { title: " ", context: ["HOME"] }, bob.token)).data?.createFilter, "ValidationError", "title"],
      [(await t.gql(CreateFilter, { title: "x", context: [] }, bob.token)).data?.createFilter, "ValidationError", "context"],
      [(await t.gql(CreateFilter, { title: "x", context: ["HOME"], expiresIn: 0 }, bob.token)).data?.createFilter, "ValidationError", "expires_in"],
      [(await t.gql(CreateFilter, { title: "x", context: ["HOME"], keywords: [{ keyword: "ok" }, { keyword: "" }] }, bob.token)).data?.createFilter, "ValidationError", "keyword"],
      [(await t.gql(UpdateFilter, { id: mine.id, title: "Changed", keywords: [{ id: theirs.keywords[0]!.id, keyword: "stolen" }] }, bob.token)).data?.updateFilter, "NotFoundError", null],
      [(await t.gql(UpdateFilter, { id: mine.id, title: "Changed", keywords: [{ keyword: "new" }, { id: mine.keywords[0]!.id, keyword: "" }] }, bob.token)).data?.updateFilter, "ValidationError", "keyword"],
      [(await t.gql(UpdateFilter, { id: theirs.id, title: "Mine now" }, bob.token)).data?.updateFilter, "NotFoundError", null],
      [(await t.gql(DeleteFilter, { id: theirs.id }, bob.token)).data?.deleteFilter, "NotFoundError", null],
      [(await t.gql(AddFilterStatus, { filterId: mine.id, statusId: "123456789" }, bob.token)).data?.addFilterStatus, "NotFoundError", null],
      [(await t.gql(CreateFilter, { title: "x", context: ["HOME"] }, null)).data?.createFilter, "UnauthenticatedError", null],
      [(await t.gql(CreateFilter, { title: "x", context: ["HOME"] }, await issueToken(t.app.deps, BigInt(bob.snowflake), ["read"]))).data?.createFilter, "ForbiddenError", null],
    ];
    for (const [payload, typename, field] of failures) {
      expect(payload).toMatchObject({ __typename: typename, message: expect.any(String) });
      if (field) expect(payload).toMatchObject({ field });
    }
    expect(await counts()).toEqual(before);
    expect((await t.gql(OneFilter, { id: theirs.id }, bob.token)).data?.filter).toBeNull();
    expect((await t.gql(OneFilter, { id: mine.id }, bob.token)).data?.filter).toMatchObject({ title: "Mine" });
    expect((await t.gql(OneFilter, { id: theirs.id }, carol.token)).data?.filter).toMatchObject({ title: "Theirs" });
  });
});

describe("Status.filtered", () => {
  it("reports the reader's matching filters in the context asked for", async () => {
    const dave = await signUp(t, "gqlfilterdave");
    const erin = await signUp(t, "gqlfiltererin");
    await follow(t, dave, erin);
    const warn = await create(dave.token, { title: "Cats", context: ["HOME"], keywords: [{ keyword: "cat" }] });
    await create(dave.token, { title: "Public dogs", context: ["PUBLIC"], action: "HIDE", keywords: [{ keyword: "dog" }] });
    await create(dave.token, { title: "Gone", context: ["HOME"], expiresIn: 1, keywords: [{ keyword: "cat" }] });
    await post(t, erin, "a cat and a dog");
    await post(t, erin, "concatenated catalogue");
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await t.app.events.drain();

    const home = await t.gql(FilteredHome, { context: "HOME" }, dave.token);
    expect(home.errors).toBeUndefined();
    const [miss, hit] = home.data!.homeTimeline.edges.map((e) => e.node); // newest first
    expect(hit!.filtered).toEqual([
      { keywordMatches: ["cat"], statusMatches: null, filter: { id: warn.id, title: "Cats", action: "WARN", context: ["HOME"], keywords: [{ keyword: "cat" }] } },
    ]);
    expect(hit!.everywhere.map((r) => r.filter.title)).toEqual(["Cats", "Public dogs"]);
    expect(miss!.filtered).toEqual([]);
    const inPublic = await t.gql(FilteredHome, { context: "PUBLIC" }, dave.token);
    expect(inPublic.data!.homeTimeline.edges[1]!.node.filtered.map((r) => [r.filter.title, r.filter.action, r.keywordMatches])).toEqual([["Public dogs", "HIDE", ["dog"]]]);
    // Someone else's view: no filters of theirs.
    const own = await t.gql(FilteredHome, { context: "HOME" }, erin.token);
    expect(own.data!.homeTimeline.edges.every((e) => e.node.filtered.length === 0)).toBe(true);
  });
});
