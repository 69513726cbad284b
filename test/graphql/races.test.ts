// Concurrent requests for the same change: each lands once, none answers with an error.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../generated/gql.js";
import { startTestApp, type TestApp } from "../support/app.js";
import { post, signUp } from "../support/world.js";

const Reblog = graphql(`mutation RCReblog($id: ID!) { reblog(id: $id) { __typename ... on MutationReblogSuccess { data { snowflake } } } }`);
const Delete = graphql(`mutation RCDelete($id: ID!) { deleteStatus(id: $id) { __typename } }`);
const Pin = graphql(`mutation RCPin($id: ID!) { pin(id: $id) { __typename ... on Error { code } } }`);

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const counters = (id: string) => t.app.deps.db.status.findUniqueOrThrow({ where: { id: BigInt(id) } });

describe("races", () => {
  it("two boosts at once make one boost", async () => {
    const author = await signUp(t, "raced");
    const booster = await signUp(t, "racer");
    const original = await post(t, author, "boost me twice");
    const results = await Promise.all([1, 2, 3].map(() => t.gql(Reblog, { id: original.id }, booster.token)));
    const ids = results.map((r) => (r.data?.reblog.__typename === "MutationReblogSuccess" ? r.data.reblog.data.snowflake : r));
    expect(new Set(ids).size).toBe(1);
    expect((await counters(original.snowflake)).reblogsCount).toBe(1);
  });

  it("two deletes at once delete once and count once", async () => {
    const author = await signUp(t, "deleter");
    const parent = await post(t, author, "parent");
    const reply = await post(t, author, "reply", { inReplyToId: parent.id });
    const results = await Promise.all([1, 2].map(() => t.gql(Delete, { id: reply.id }, author.token)));
    const kinds = results.map((r) => r.data?.deleteStatus.__typename).sort();
    expect(kinds).toEqual(["MutationDeleteStatusSuccess", "NotFoundError"]);
    expect((await counters(parent.snowflake)).repliesCount).toBe(0);
    const account = await t.app.deps.db.account.findUniqueOrThrow({ where: { id: BigInt(author.snowflake) } });
    expect(account.statusesCount).toBe(1);
  });

  it("the pin limit holds under concurrent pins", async () => {
    const author = await signUp(t, "pinner");
    const statuses = [];
    for (let i = 0; i < 8; i++) statuses.push(await post(t, author, `pin ${i}`));
    const results = await Promise.all(statuses.map((s) => t.gql(Pin, { id: s.id }, author.token)));
    expect(results.filter((r) => r.data?.pin.__typename === "MutationPinSuccess")).toHaveLength(5);
    expect(results.every((r) => !r.errors)).toBe(true);
    expect(await t.app.deps.db.pin.count({ where: { accountId: BigInt(author.snowflake) } })).toBe(5);
  });
});

const Edit = graphql(`mutation RCEdit($id: ID!, $text: String!) { editStatus(id: $id, text: $text) { __typename } }`);

describe("edit races", () => {
  it("two edits at once keep both replaced versions", async () => {
    const author = await signUp(t, "editor");
    const status = await post(t, author, "v0");
    const results = await Promise.all(["va", "vb"].map((text) => t.gql(Edit, { id: status.id, text }, author.token)));
    expect(results.map((r) => r.data?.editStatus.__typename)).toEqual(["MutationEditStatusSuccess", "MutationEditStatusSuccess"]);
    const edits = await t.app.deps.db.statusEdit.findMany({ where: { statusId: BigInt(status.snowflake) }, orderBy: { id: "asc" } });
    const current = await counters(status.snowflake);
    // The history holds v0 and whichever edit came first; the status holds the other.
    expect(edits.map((e) => e.text)[0]).toBe("v0");
    expect(new Set([...edits.map((e) => e.text), current.text])).toEqual(new Set(["v0", "va", "vb"]));
  });
});
