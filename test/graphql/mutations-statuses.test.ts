// Mutations on statuses: create, edit, delete, reblog/unreblog, favourite/unfavourite,
// bookmark/unbookmark, pin/unpin. Every failure answers with its typed error and writes nothing.
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueToken } from "../../src/services/auth/tokens.js";
import { startTestApp, type TestApp } from "../support/app.js";
import {
  MBlock,
  MBookmark,
  MBookmarks,
  MCreateStatus,
  MDeleteStatus,
  MEditStatus,
  MFavourite,
  MNotifications,
  MPin,
  MPinned,
  MReblog,
  MStatus,
  MUnbookmark,
  MUnfavourite,
  MUnpin,
  MUnreblog,
} from "../support/mutation-documents.js";
import {
  FORBIDDEN,
  MALFORMED_IDS,
  NOT_FOUND,
  UNKNOWN_ID,
  VALIDATION,
  counts,
  expectFailure,
  expectUnauthenticated,
  successData,
} from "../support/mutation-helpers.js";
import { follow, post, signUp, type Person } from "../support/world.js";

let t: TestApp;
let alice: Person;
let bob: Person;
let carol: Person;
beforeAll(async () => {
  t = await startTestApp();
  [alice, bob, carol] = [await signUp(t, "alice"), await signUp(t, "bob"), await signUp(t, "carol")];
});
afterAll(() => t.close());

async function status(id: string, token: string | null = alice.token) {
  const result = await t.gql(MStatus, { id }, token);
  expect(result.errors).toBeUndefined();
  return result.data?.status ?? null;
}

/** Alice's status, plus one of hers that Bob cannot see (private, he does not follow her). */
async function aliceStatuses() {
  return { open: await post(t, alice, "open to all"), hidden: await post(t, alice, "followers only", { visibility: "PRIVATE" }) };
}

/** Status verbs taking only `id` share these failure modes. */
const STATUS_VERBS: [string, TypedDocumentNode<unknown, { id: string }>][] = [
  ["reblog", MReblog],
  ["unreblog", MUnreblog],
  ["favourite", MFavourite],
  ["unfavourite", MUnfavourite],
  ["bookmark", MBookmark],
  ["unbookmark", MUnbookmark],
  ["pin", MPin],
  ["unpin", MUnpin],
  ["deleteStatus", MDeleteStatus],
];

describe("failure modes shared by every status mutation", () => {
  it.each(STATUS_VERBS)("%s: unauthenticated, malformed ids, unknown and deleted statuses", async (_name, document) => {
    const mine = await post(t, alice, "target");
    await expectUnauthenticated(t, document, { id: mine.id });
    for (const id of [...MALFORMED_IDS, encodeGlobalID("Account", alice.snowflake)]) {
      await expectFailure(t, document, { id }, alice.token, VALIDATION("id"));
    }
    await expectFailure(t, document, { id: UNKNOWN_ID }, alice.token, NOT_FOUND);
    const gone = await post(t, alice, "soon gone");
    successData(await t.gql(MDeleteStatus, { id: gone.id }, alice.token), "MutationDeleteStatusSuccess");
    await expectFailure(t, document, { id: gone.id }, alice.token, NOT_FOUND);
    await expectFailure(t, document, { id: gone.snowflake }, alice.token, NOT_FOUND);
  });

  it.each(STATUS_VERBS.filter(([name]) => !["pin", "unpin", "deleteStatus"].includes(name)))(
    "%s: a status the viewer may not see is not found",
    async (_name, document) => {
      const { hidden } = await aliceStatuses();
      await expectFailure(t, document, { id: hidden.id }, bob.token, NOT_FOUND);
    },
  );

  // NotFoundError means "does not exist, or is not visible to you": answering Forbidden
  // here would tell Bob that a private status with this id exists.
  it.each([
    ["editStatus", (id: string) => expectFailure(t, MEditStatus, { id, text: "x" }, bob.token, NOT_FOUND)],
    ["deleteStatus", (id: string) => expectFailure(t, MDeleteStatus, { id }, bob.token, NOT_FOUND)],
    ["pin", (id: string) => expectFailure(t, MPin, { id }, bob.token, NOT_FOUND)],
    ["unpin", (id: string) => expectFailure(t, MUnpin, { id }, bob.token, NOT_FOUND)],
  ] as const)("%s: a status one may not even see is not found (its existence is not revealed)", async (_name, attempt) => {
    const { hidden } = await aliceStatuses();
    await attempt(hidden.id);
  });

  it("a token without the write scope is forbidden", async () => {
    const readOnly = await issueToken(t.app.deps, BigInt(alice.snowflake), ["read"]);
    const mine = await post(t, alice, "scoped");
    await expectFailure(t, MCreateStatus, { text: "nope" }, readOnly, FORBIDDEN);
    await expectFailure(t, MFavourite, { id: mine.id }, readOnly, FORBIDDEN);
    await expectFailure(t, MDeleteStatus, { id: mine.id }, readOnly, FORBIDDEN);
  });
});

describe("createStatus", () => {
  it("posts, counts, and links a reply to its parent", async () => {
    const before = await counts(t);
    const created = await post(t, alice, "hello #Tests");
    const s = await status(created.id);
    expect(s).toMatchObject({ text: "hello #Tests", visibility: "PUBLIC", sensitive: false, repliesCount: 0 });
    const data = successData(
      await t.gql(MCreateStatus, { text: "a reply", inReplyToId: created.id, spoilerText: "cw", language: "pt-BR", visibility: "UNLISTED" }, bob.token),
      "MutationCreateStatusSuccess",
    );
    expect(data).toMatchObject({ text: "a reply", spoilerText: "cw", sensitive: true, language: "pt-BR", visibility: "UNLISTED" });
    expect((await status(created.id))!.repliesCount).toBe(1);
    const after = await counts(t);
    expect(after.statuses).toBe(before.statuses + 2);
    expect(after.status_tags).toBe(before.status_tags + 1);
  });

  it("refuses invalid input", async () => {
    const boost = successData(await t.gql(MReblog, { id: (await post(t, carol, "boost me")).id }, bob.token), "MutationReblogSuccess");
    await expectFailure(t, MCreateStatus, { text: "" }, alice.token, VALIDATION("text"));
    await expectFailure(t, MCreateStatus, { text: "   \n " }, alice.token, VALIDATION("text"));
    await expectFailure(t, MCreateStatus, { text: "x".repeat(501) }, alice.token, VALIDATION("text"));
    await expectFailure(t, MCreateStatus, { text: "x".repeat(490), spoilerText: "y".repeat(20) }, alice.token, VALIDATION("text"));
    await expectFailure(t, MCreateStatus, { text: "ok", language: "English!" }, alice.token, VALIDATION("language"));
    await expectFailure(t, MCreateStatus, { text: "ok", inReplyToId: "nope" }, alice.token, VALIDATION("inReplyToId"));
    await expectFailure(t, MCreateStatus, { text: "ok", inReplyToId: boost.id }, alice.token, VALIDATION("inReplyToId"));
  });

  it("refuses a reply to a status that is missing or hidden", async () => {
    const { hidden } = await aliceStatuses();
    await expectFailure(t, MCreateStatus, { text: "reply", inReplyToId: UNKNOWN_ID }, bob.token, NOT_FOUND);
    await expectFailure(t, MCreateStatus, { text: "reply", inReplyToId: hidden.id }, bob.token, NOT_FOUND);
  });

  it("needs a valid token", async () => {
    await expectUnauthenticated(t, MCreateStatus, { text: "anonymous" });
  });
});

describe("editStatus", () => {
  it("replaces the text and keeps earlier versions in edits", async () => {
    const created = await post(t, alice, "first version #one");
    const once = successData(await t.gql(MEditStatus, { id: created.id, text: "second version", spoilerText: "cw" }, alice.token), "MutationEditStatusSuccess");
    expect(once).toMatchObject({ text: "second version", spoilerText: "cw", sensitive: true });
    expect(once.editedAt).not.toBeNull();
    const twice = successData(await t.gql(MEditStatus, { id: created.snowflake, text: "third version", language: "en" }, alice.token), "MutationEditStatusSuccess");
    expect(twice).toMatchObject({ text: "third version", spoilerText: "", language: "en" });
    const s = await status(created.id, bob.token);
    expect(s!.edits.map((e) => e.content)).toEqual([created.content, once.content]);
    expect(s!.edits.map((e) => e.spoilerText)).toEqual(["", "cw"]);
    expect(s!.text).toBeNull(); // the source is for the author only
  });

  it("refuses someone else's status, a boost, and invalid input", async () => {
    const created = await post(t, alice, "alice's");
    await expectFailure(t, MEditStatus, { id: created.id, text: "bob was here" }, bob.token, FORBIDDEN);
    const boost = successData(await t.gql(MReblog, { id: created.id }, alice.token), "MutationReblogSuccess");
    await expectFailure(t, MEditStatus, { id: boost.id, text: "edit a boost" }, alice.token, VALIDATION("id"));
    await expectFailure(t, MEditStatus, { id: created.id, text: " " }, alice.token, VALIDATION("text"));
    await expectFailure(t, MEditStatus, { id: created.id, text: "x".repeat(501) }, alice.token, VALIDATION("text"));
    await expectFailure(t, MEditStatus, { id: "garbage", text: "x" }, alice.token, VALIDATION("id"));
    await expectFailure(t, MEditStatus, { id: UNKNOWN_ID, text: "x" }, alice.token, NOT_FOUND);
    await expectUnauthenticated(t, MEditStatus, { id: created.id, text: "x" });
  });

  it("validates the language as createStatus does", async () => {
    const created = await post(t, alice, "language check");
    await expectFailure(t, MEditStatus, { id: created.id, text: "still fine", language: "English!" }, alice.token, VALIDATION("language"));
  });
});

describe("deleteStatus", () => {
  it("deletes, returns the source text, and takes its boosts, pin and counters with it", async () => {
    const parent = await post(t, carol, "parent");
    const created = successData(
      await t.gql(MCreateStatus, { text: "delete me #gone", spoilerText: "cw", inReplyToId: parent.id }, alice.token),
      "MutationCreateStatusSuccess",
    );
    successData(await t.gql(MPin, { id: created.id }, alice.token), "MutationPinSuccess");
    successData(await t.gql(MReblog, { id: created.id }, bob.token), "MutationReblogSuccess");
    const before = await status(created.id);
    expect((await status(parent.id))!.repliesCount).toBe(1);
    const deleted = successData(await t.gql(MDeleteStatus, { id: created.id }, alice.token), "MutationDeleteStatusSuccess");
    expect(deleted).toMatchObject({ snowflake: created.snowflake, text: "delete me #gone", spoilerText: "cw" });
    expect(await status(created.id)).toBeNull();
    expect(await status(created.id, bob.token)).toBeNull();
    expect((await status(parent.id))!.repliesCount).toBe(0);
    const author = await t.app.deps.db.account.findUniqueOrThrow({ where: { id: BigInt(alice.snowflake) } });
    expect(author.statusesCount).toBe(before!.account.statusesCount - 1);
    expect(await t.app.deps.db.status.count({ where: { reblogOfId: BigInt(created.snowflake), deletedAt: null } })).toBe(0);
    expect(await t.app.deps.db.pin.count({ where: { statusId: BigInt(created.snowflake) } })).toBe(0);
  });

  it("refuses someone else's status", async () => {
    const created = await post(t, alice, "mine to delete");
    await expectFailure(t, MDeleteStatus, { id: created.id }, bob.token, FORBIDDEN);
    expect(await status(created.id)).not.toBeNull();
  });
});

describe("reblog and unreblog", () => {
  it("boosts once, counts once, and undoes", async () => {
    const [alice, bob] = [await signUp(t, "booster_a"), await signUp(t, "booster_b")];
    const original = await post(t, alice, "boost this");
    const before = await counts(t);
    const boost = successData(await t.gql(MReblog, { id: original.id }, bob.token), "MutationReblogSuccess");
    expect(boost.reblog).toMatchObject({ snowflake: original.snowflake, reblogsCount: 1 });
    expect(boost.reblogged).toBe(true);
    // idempotent: again, and by boosting the boost, gives the same boost
    const again = successData(await t.gql(MReblog, { id: original.id }, bob.token), "MutationReblogSuccess");
    const ofBoost = successData(await t.gql(MReblog, { id: boost.id }, bob.token), "MutationReblogSuccess");
    expect([again.snowflake, ofBoost.snowflake]).toEqual([boost.snowflake, boost.snowflake]);
    expect((await status(original.id))!.reblogsCount).toBe(1);
    expect((await counts(t)).statuses).toBe(before.statuses + 1);
    await t.app.events.drain();
    const notes = await t.gql(MNotifications, { first: 10 }, alice.token);
    expect(notes.data!.notifications.edges.filter((e) => e.node.type === "REBLOG")).toHaveLength(1);

    const undone = successData(await t.gql(MUnreblog, { id: original.id }, bob.token), "MutationUnreblogSuccess");
    expect(undone).toMatchObject({ snowflake: original.snowflake, reblogsCount: 0, reblogged: false });
    expect(await status(boost.id, bob.token)).toBeNull();
    // unboosting what is not boosted succeeds and changes nothing
    const snap = await counts(t);
    successData(await t.gql(MUnreblog, { id: original.id }, bob.token), "MutationUnreblogSuccess");
    expect(await counts(t)).toEqual(snap);
  });

  it("refuses to boost private and direct statuses of others", async () => {
    await follow(t, bob, carol);
    const privateOne = await post(t, carol, "for followers", { visibility: "PRIVATE" });
    const direct = await post(t, carol, `psst @${bob.name}`, { visibility: "DIRECT" });
    await expectFailure(t, MReblog, { id: privateOne.id }, bob.token, FORBIDDEN);
    await expectFailure(t, MReblog, { id: direct.id }, bob.token, FORBIDDEN);
    // the author may boost her own private status
    successData(await t.gql(MReblog, { id: privateOne.id }, carol.token), "MutationReblogSuccess");
  });

  it("a status by someone who blocked you is not found", async () => {
    const dave = await signUp(t, "dave");
    const s = await post(t, dave, "not for bob");
    successData(await t.gql(MBlock, { accountId: bob.id }, dave.token), "MutationBlockSuccess");
    await expectFailure(t, MReblog, { id: s.id }, bob.token, NOT_FOUND);
    await expectFailure(t, MFavourite, { id: s.id }, bob.token, NOT_FOUND);
  });
});

describe("favourite and unfavourite", () => {
  it("favourites once, notifies the author, and undoes", async () => {
    const original = await post(t, carol, "fave this");
    const boost = successData(await t.gql(MReblog, { id: original.id }, alice.token), "MutationReblogSuccess");
    const before = await counts(t);
    const faved = successData(await t.gql(MFavourite, { id: original.id }, bob.token), "MutationFavouriteSuccess");
    expect(faved).toMatchObject({ snowflake: original.snowflake, favouritesCount: 1, favourited: true });
    // again, and through the boost: still one favourite of the original
    successData(await t.gql(MFavourite, { id: original.id }, bob.token), "MutationFavouriteSuccess");
    const viaBoost = successData(await t.gql(MFavourite, { id: boost.id }, bob.token), "MutationFavouriteSuccess");
    expect(viaBoost).toMatchObject({ snowflake: original.snowflake, favouritesCount: 1 });
    await t.app.events.drain();
    const after = await counts(t);
    expect(after.favourites).toBe(before.favourites + 1);
    expect(after.notifications).toBe(before.notifications + 1);
    const notes = await t.gql(MNotifications, { first: 10 }, carol.token);
    expect(notes.data!.notifications.edges[0]!.node).toMatchObject({ type: "FAVOURITE", account: { username: bob.name } });

    const unfaved = successData(await t.gql(MUnfavourite, { id: original.id }, bob.token), "MutationUnfavouriteSuccess");
    expect(unfaved).toMatchObject({ favouritesCount: 0, favourited: false });
    const snap = await counts(t);
    const again = successData(await t.gql(MUnfavourite, { id: original.id }, bob.token), "MutationUnfavouriteSuccess");
    expect(again.favouritesCount).toBe(0);
    expect(await counts(t)).toEqual(snap);
  });
});

describe("bookmark and unbookmark", () => {
  it("bookmarks privately, idempotently, and undoes", async () => {
    const s = await post(t, alice, "bookmark this");
    const marked = successData(await t.gql(MBookmark, { id: s.id }, bob.token), "MutationBookmarkSuccess");
    expect(marked.bookmarked).toBe(true);
    successData(await t.gql(MBookmark, { id: s.id }, bob.token), "MutationBookmarkSuccess");
    expect(await t.app.deps.db.bookmark.count({ where: { statusId: BigInt(s.snowflake) } })).toBe(1);
    const list = await t.gql(MBookmarks, {}, bob.token);
    expect(list.data!.bookmarks.edges.map((e) => e.node.snowflake)).toContain(s.snowflake);
    expect((await status(s.id))!.bookmarked).toBe(false); // only Bob's
    const unmarked = successData(await t.gql(MUnbookmark, { id: s.id }, bob.token), "MutationUnbookmarkSuccess");
    expect(unmarked.bookmarked).toBe(false);
    expect(await t.app.deps.db.bookmark.count({ where: { statusId: BigInt(s.snowflake) } })).toBe(0);
  });
});

describe("pin and unpin", () => {
  it("pins own statuses, at most five, and unpins", async () => {
    const pinner = await signUp(t, "pinner");
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push(await post(t, pinner, `pin ${i}`));
    for (const s of statuses.slice(0, 5)) {
      expect(successData(await t.gql(MPin, { id: s.id }, pinner.token), "MutationPinSuccess").pinned).toBe(true);
    }
    // pinning again is fine and does not count twice
    successData(await t.gql(MPin, { id: statuses[0]!.id }, pinner.token), "MutationPinSuccess");
    await expectFailure(t, MPin, { id: statuses[5]!.id }, pinner.token, VALIDATION("id"));
    const pinned = await t.gql(MPinned, { accountId: pinner.id }, bob.token);
    expect(pinned.data!.accountStatuses.edges).toHaveLength(5);
    const unpinned = successData(await t.gql(MUnpin, { id: statuses[0]!.id }, pinner.token), "MutationUnpinSuccess");
    expect(unpinned.pinned).toBe(false);
    expect(successData(await t.gql(MPin, { id: statuses[5]!.id }, pinner.token), "MutationPinSuccess").pinned).toBe(true);
  });

  it("refuses others' statuses, boosts and direct messages", async () => {
    const s = await post(t, alice, "alice pins this");
    await expectFailure(t, MPin, { id: s.id }, bob.token, FORBIDDEN);
    successData(await t.gql(MPin, { id: s.id }, alice.token), "MutationPinSuccess");
    await expectFailure(t, MUnpin, { id: s.id }, bob.token, FORBIDDEN);
    const boost = successData(await t.gql(MReblog, { id: (await post(t, carol, "boosted")).id }, alice.token), "MutationReblogSuccess");
    await expectFailure(t, MPin, { id: boost.id }, alice.token, VALIDATION("id"));
    const direct = await post(t, alice, `hi @${bob.name}`, { visibility: "DIRECT" });
    await expectFailure(t, MPin, { id: direct.id }, alice.token, VALIDATION("id"));
  });
});
