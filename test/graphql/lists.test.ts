// Lists and followed hashtags through GraphQL: the mutations with their typed errors
// (a failure writes nothing), list(id) with its members and timeline, exclusive lists,
// followed hashtags in home, Tag.following, and the listTimeline subscription.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../generated/gql.js";
import { issueToken } from "../../src/services/auth/tokens.js";
import { startTestApp, type TestApp } from "../support/app.js";
import { HomeTimeline } from "../support/documents.js";
import {
  FORBIDDEN,
  MALFORMED_IDS,
  NOT_FOUND,
  UNKNOWN_ID,
  VALIDATION,
  expectFailure,
  expectUnauthenticated,
  successData,
} from "../support/mutation-helpers.js";
import { follow, post, signUp, subscribe, wsClient, type Person } from "../support/world.js";

const CreateList = graphql(`
  mutation GLCreateList($title: String!, $repliesPolicy: ListRepliesPolicy, $exclusive: Boolean) {
    createList(title: $title, repliesPolicy: $repliesPolicy, exclusive: $exclusive) {
      __typename
      ... on MutationCreateListSuccess { data { id snowflake title repliesPolicy exclusive } }
      ... on Error { message code }
      ... on ValidationError { field }
    }
  }
`);
const UpdateList = graphql(`
  mutation GLUpdateList($id: ID!, $title: String, $repliesPolicy: ListRepliesPolicy, $exclusive: Boolean) {
    updateList(id: $id, title: $title, repliesPolicy: $repliesPolicy, exclusive: $exclusive) {
      __typename
      ... on MutationUpdateListSuccess { data { id title repliesPolicy exclusive } }
      ... on Error { message code }
      ... on ValidationError { field }
    }
  }
`);
const DeleteList = graphql(`
  mutation GLDeleteList($id: ID!) {
    deleteList(id: $id) { __typename ... on MutationDeleteListSuccess { data } ... on Error { message code } ... on ValidationError { field } }
  }
`);
const AddAccounts = graphql(`
  mutation GLAddAccounts($id: ID!, $accountIds: [ID!]!) {
    addListAccounts(id: $id, accountIds: $accountIds) {
      __typename
      ... on MutationAddListAccountsSuccess { data { accounts(first: 10) { edges { node { snowflake } } } } }
      ... on Error { message code }
      ... on ValidationError { field }
    }
  }
`);
const RemoveAccounts = graphql(`
  mutation GLRemoveAccounts($id: ID!, $accountIds: [ID!]!) {
    removeListAccounts(id: $id, accountIds: $accountIds) {
      __typename
      ... on MutationRemoveListAccountsSuccess { data { accounts(first: 10) { edges { node { snowflake } } } } }
      ... on Error { message code }
      ... on ValidationError { field }
    }
  }
`);
const Lists = graphql(`query GLLists { lists { id title } }`);
const ListById = graphql(`
  query GLList($id: ID!, $first: Int, $after: String) {
    list(id: $id) {
      title
      timeline(first: $first, after: $after) { edges { node { snowflake visibility } } pageInfo { hasNextPage endCursor } }
    }
  }
`);
const ListNode = graphql(`query GLListNode($id: ID!) { node(id: $id) { __typename ... on List { title } } }`);
const AccountLists = graphql(`query GLAccountLists($id: ID!) { account(id: $id) { lists { title } } }`);
const FollowTag = graphql(`
  mutation GLFollowTag($name: String!) {
    followTag(name: $name) {
      __typename
      ... on MutationFollowTagSuccess { data { name display following } }
      ... on Error { message code }
      ... on ValidationError { field }
    }
  }
`);
const UnfollowTag = graphql(`
  mutation GLUnfollowTag($name: String!) {
    unfollowTag(name: $name) {
      __typename
      ... on MutationUnfollowTagSuccess { data { name following } }
      ... on Error { message code }
      ... on ValidationError { field }
    }
  }
`);
const FollowedTags = graphql(`
  query GLFollowedTags($first: Int, $after: String) {
    followedTags(first: $first, after: $after) { edges { node { name following } } pageInfo { hasNextPage endCursor } }
    tag(name: "#Ferns") { name following }
  }
`);
const SubscribeList = graphql(`
  subscription GLSubscribeList($id: ID!) { listTimeline(id: $id) { kind statusId status { snowflake visibility } } }
`);

let t: TestApp;
let wsUrl: string;
beforeAll(async () => {
  t = await startTestApp();
  wsUrl = `ws://127.0.0.1:${await t.app.listen()}/graphql`;
});
afterAll(() => t.close());

async function newList(who: Person, title = "A list", exclusive = false): Promise<{ id: string; snowflake: string }> {
  return successData(await t.gql(CreateList, { title, exclusive }, who.token), "MutationCreateListSuccess");
}

async function home(who: Person) {
  await t.app.events.drain();
  const result = await t.gql(HomeTimeline, { first: 40 }, who.token);
  expect(result.errors).toBeUndefined();
  return result.data!.homeTimeline.edges.map((e) => e.node.snowflake);
}

describe("list mutations", () => {
  it("creates, updates, finds and deletes lists", async () => {
    const ada = await signUp(t, "gada");
    const list = await newList(ada, "Friends");
    expect(list).toMatchObject({ title: "Friends", repliesPolicy: "LIST", exclusive: false });
    const updated = successData(
      await t.gql(UpdateList, { id: list.snowflake, repliesPolicy: "FOLLOWED", exclusive: true }, ada.token),
      "MutationUpdateListSuccess",
    );
    expect(updated).toEqual({ id: list.id, title: "Friends", repliesPolicy: "FOLLOWED", exclusive: true });
    expect((await t.gql(Lists, {}, ada.token)).data?.lists).toEqual([{ id: list.id, title: "Friends" }]);
    expect((await t.gql(ListNode, { id: list.id }, ada.token)).data?.node).toEqual({ __typename: "List", title: "Friends" });
    expect(successData(await t.gql(DeleteList, { id: list.id }, ada.token), "MutationDeleteListSuccess")).toBe(true);
    expect((await t.gql(Lists, {}, ada.token)).data?.lists).toEqual([]);
  });

  it("answers typed errors and writes nothing", async () => {
    const bea = await signUp(t, "gbea");
    const cy = await signUp(t, "gcy");
    const list = await newList(bea);
    const readOnly = await issueToken(t.app.deps, BigInt(bea.snowflake), ["read"]);
    await expectUnauthenticated(t, CreateList, { title: "x" });
    await expectFailure(t, CreateList, { title: "   " }, bea.token, VALIDATION("title"));
    await expectFailure(t, CreateList, { title: "x".repeat(101) }, bea.token, VALIDATION("title"));
    await expectFailure(t, CreateList, { title: "Fine" }, readOnly, FORBIDDEN);
    await expectFailure(t, UpdateList, { id: list.id, title: "" }, bea.token, VALIDATION("title"));
    for (const id of MALFORMED_IDS) await expectFailure(t, DeleteList, { id }, bea.token, VALIDATION("id"));
    await expectFailure(t, DeleteList, { id: UNKNOWN_ID }, bea.token, NOT_FOUND);
    // Someone else's list does not exist for you.
    await expectFailure(t, UpdateList, { id: list.id, title: "Mine" }, cy.token, NOT_FOUND);
    await expectFailure(t, DeleteList, { id: list.id }, cy.token, NOT_FOUND);
    await expectFailure(t, AddAccounts, { id: list.id, accountIds: [cy.id] }, cy.token, NOT_FOUND);
    expect((await t.gql(ListById, { id: list.id }, cy.token)).data?.list).toBeNull();
    expect((await t.gql(ListNode, { id: list.id }, cy.token)).data?.node).toBeNull();
  });

  it("adds and removes members you follow, all or none", async () => {
    const dee = await signUp(t, "gdee");
    const [eli, fin, gil] = [await signUp(t, "geli"), await signUp(t, "gfin"), await signUp(t, "ggil")];
    await follow(t, dee, eli);
    await follow(t, dee, fin);
    const list = await newList(dee);
    const added = successData(await t.gql(AddAccounts, { id: list.id, accountIds: [eli.id, fin.snowflake] }, dee.token), "MutationAddListAccountsSuccess");
    expect(added.accounts.edges.map((e: { node: { snowflake: string } }) => e.node.snowflake)).toEqual([fin.snowflake, eli.snowflake]);
    expect((await t.gql(AccountLists, { id: eli.id }, dee.token)).data?.account?.lists).toEqual([{ title: "A list" }]);
    expect((await t.gql(AccountLists, { id: eli.id }, null)).data?.account?.lists).toEqual([]);

    await expectFailure(t, AddAccounts, { id: list.id, accountIds: [gil.id] }, dee.token, VALIDATION("accountIds"));
    await expectFailure(t, AddAccounts, { id: list.id, accountIds: [gil.id, eli.id] }, dee.token, VALIDATION("accountIds"));
    await expectFailure(t, AddAccounts, { id: list.id, accountIds: [eli.id] }, dee.token, VALIDATION("accountIds"));
    await expectFailure(t, AddAccounts, { id: list.id, accountIds: [] }, dee.token, VALIDATION("accountIds"));
    await expectFailure(t, AddAccounts, { id: list.id, accountIds: ["not-an-id"] }, dee.token, VALIDATION("accountIds"));
    await expectFailure(t, AddAccounts, { id: list.id, accountIds: [UNKNOWN_ID] }, dee.token, NOT_FOUND);
    await expectFailure(t, RemoveAccounts, { id: list.id, accountIds: [] }, dee.token, VALIDATION("accountIds"));
    await expectUnauthenticated(t, RemoveAccounts, { id: list.id, accountIds: [eli.id] });

    const removed = successData(await t.gql(RemoveAccounts, { id: list.id, accountIds: [eli.id, gil.id] }, dee.token), "MutationRemoveListAccountsSuccess");
    expect(removed.accounts.edges.map((e: { node: { snowflake: string } }) => e.node.snowflake)).toEqual([fin.snowflake]);
  });
});

describe("list timelines", () => {
  it("shows a member's followers-only posts to the owner, with paging, and keeps exclusive members out of home", async () => {
    const hal = await signUp(t, "ghal");
    const [ivy, jay] = [await signUp(t, "givy"), await signUp(t, "gjay")];
    await follow(t, hal, ivy);
    await follow(t, hal, jay);
    const list = await newList(hal, "Close", true);
    successData(await t.gql(AddAccounts, { id: list.id, accountIds: [ivy.id] }, hal.token), "MutationAddListAccountsSuccess");
    const open = await post(t, ivy, "ivy, open");
    const closed = await post(t, ivy, "ivy, followers only", { visibility: "PRIVATE" });
    const other = await post(t, jay, "jay, not a member");
    await t.app.events.drain();

    const first = await t.gql(ListById, { id: list.id, first: 1 }, hal.token);
    expect(first.errors).toBeUndefined();
    const timeline = first.data!.list!.timeline;
    expect(timeline.edges.map((e) => e.node)).toEqual([{ snowflake: closed.snowflake, visibility: "PRIVATE" }]);
    expect(timeline.pageInfo.hasNextPage).toBe(true);
    const rest = await t.gql(ListById, { id: list.id, first: 5, after: timeline.pageInfo.endCursor }, hal.token);
    expect(rest.data!.list!.timeline.edges.map((e) => e.node.snowflake)).toEqual([open.snowflake]);

    expect(await home(hal)).toEqual([other.snowflake]);
    successData(await t.gql(UpdateList, { id: list.id, exclusive: false }, hal.token), "MutationUpdateListSuccess");
    expect(await home(hal)).toEqual([other.snowflake, closed.snowflake, open.snowflake]);
  });

  it("streams the list's new statuses to its owner only", async () => {
    const kay = await signUp(t, "gkay");
    const lee = await signUp(t, "glee");
    const mo = await signUp(t, "gmo");
    await follow(t, kay, lee);
    const list = await newList(kay, "Live");
    successData(await t.gql(AddAccounts, { id: list.id, accountIds: [lee.id] }, kay.token), "MutationAddListAccountsSuccess");
    const owner = wsClient(wsUrl, kay.token);
    const live = await subscribe(owner, SubscribeList, { id: list.id });
    const stranger = wsClient(wsUrl, mo.token);
    const refused = await subscribe(stranger, SubscribeList, { id: list.id });

    const status = await post(t, lee, "live, followers only", { visibility: "PRIVATE" });
    const pushed = await live.next();
    expect(pushed.data?.listTimeline).toMatchObject({ kind: "UPDATE", status: { snowflake: status.snowflake, visibility: "PRIVATE" } });
    const error = await refused.next();
    expect(error.errors?.[0]?.message).toBe("List not found");
    await Promise.all([live.close(), refused.close()]);
    await Promise.all([owner.dispose(), stranger.dispose()]);
  });
});

describe("followed hashtags", () => {
  it("follows and unfollows hashtags, whose public posts come home meanwhile", async () => {
    const ned = await signUp(t, "gned");
    const ora = await signUp(t, "gora");
    const followed = successData(await t.gql(FollowTag, { name: "#Ferns" }, ned.token), "MutationFollowTagSuccess");
    expect(followed).toEqual({ name: "ferns", display: "Ferns", following: true });
    successData(await t.gql(FollowTag, { name: "mosses" }, ned.token), "MutationFollowTagSuccess");
    const listed = await t.gql(FollowedTags, { first: 1 }, ned.token);
    expect(listed.data?.followedTags.edges.map((e) => e.node)).toEqual([{ name: "mosses", following: true }]);
    const more = await t.gql(FollowedTags, { first: 5, after: listed.data!.followedTags.pageInfo.endCursor }, ned.token);
    expect(more.data?.followedTags.edges.map((e) => e.node.name)).toEqual(["ferns"]);
    expect(more.data?.tag).toEqual({ name: "ferns", following: true });
    expect((await t.gql(FollowedTags, {}, ora.token)).data?.tag).toEqual({ name: "ferns", following: false });

    const tagged = await post(t, ora, "#ferns in the woods");
    await post(t, ora, "#ferns for followers", { visibility: "PRIVATE" });
    expect(await home(ned)).toEqual([tagged.snowflake]);
    const gone = successData(await t.gql(UnfollowTag, { name: "FERNS" }, ned.token), "MutationUnfollowTagSuccess");
    expect(gone).toEqual({ name: "ferns", following: false });
    expect(await home(ned)).toEqual([]);
  });

  it("answers typed errors and writes nothing", async () => {
    const pia = await signUp(t, "gpia");
    await expectUnauthenticated(t, FollowTag, { name: "ferns" });
    await expectFailure(t, FollowTag, { name: "not a tag" }, pia.token, VALIDATION("name"));
    await expectFailure(t, FollowTag, { name: "12345" }, pia.token, VALIDATION("name"));
    await expectFailure(t, FollowTag, { name: "x".repeat(101) }, pia.token, VALIDATION("name"));
    await expectFailure(t, UnfollowTag, { name: "nobodyusesthis" }, pia.token, NOT_FOUND);
    const unauthenticated = await t.gql(FollowedTags, {}, null);
    expect(unauthenticated.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
