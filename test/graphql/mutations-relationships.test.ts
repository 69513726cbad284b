// Mutations between accounts: follow/unfollow, follow requests, block/unblock, mute/unmute,
// and markNotificationsRead. Every failure answers with its typed error and writes nothing.
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueToken } from "../../src/services/auth/tokens.js";
import { startTestApp, type TestApp } from "../support/app.js";
import {
  MAccount,
  MAuthorizeFollowRequest,
  MBlock,
  MFavourite,
  MFollow,
  MMarkNotificationsRead,
  MMute,
  MNotifications,
  MRejectFollowRequest,
  MUnblock,
  MUnfollow,
  MUnmute,
  MUpdateProfile,
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
import { post, signUp, type Person } from "../support/world.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

async function pair(): Promise<[Person, Person]> {
  return [await signUp(t, "a"), await signUp(t, "b")];
}

/** `whom` as `who` sees it. */
async function account(whom: Person, who: Person) {
  const result = await t.gql(MAccount, { id: whom.id }, who.token);
  expect(result.errors).toBeUndefined();
  return result.data!.account!;
}

async function notifications(who: Person) {
  await t.app.events.drain();
  const result = await t.gql(MNotifications, { first: 40 }, who.token);
  expect(result.errors).toBeUndefined();
  return result.data!;
}

async function lock(who: Person) {
  successData(await t.gql(MUpdateProfile, { locked: true }, who.token), "MutationUpdateProfileSuccess");
}

const ACCOUNT_VERBS: [string, TypedDocumentNode<unknown, { accountId: string }>][] = [
  ["follow", MFollow],
  ["unfollow", MUnfollow],
  ["authorizeFollowRequest", MAuthorizeFollowRequest],
  ["rejectFollowRequest", MRejectFollowRequest],
  ["block", MBlock],
  ["unblock", MUnblock],
  ["mute", MMute],
  ["unmute", MUnmute],
];

describe("failure modes shared by every account mutation", () => {
  it.each(ACCOUNT_VERBS)("%s: unauthenticated, malformed and unknown account ids", async (_name, document) => {
    const [a, b] = await pair();
    await expectUnauthenticated(t, document, { accountId: b.id });
    for (const accountId of [...MALFORMED_IDS, encodeGlobalID("Status", b.snowflake)]) {
      await expectFailure(t, document, { accountId }, a.token, VALIDATION("accountId"));
    }
    await expectFailure(t, document, { accountId: UNKNOWN_ID }, a.token, NOT_FOUND);
  });

  it.each(ACCOUNT_VERBS.filter(([name]) => ["follow", "block", "mute"].includes(name)))(
    "%s: oneself is invalid input",
    async (_name, document) => {
      const [a] = await pair();
      await expectFailure(t, document, { accountId: a.id }, a.token, VALIDATION("accountId"));
      await expectFailure(t, document, { accountId: a.snowflake }, a.token, VALIDATION("accountId"));
    },
  );

  it("a token without the follow scope is forbidden", async () => {
    const [a, b] = await pair();
    const readOnly = await issueToken(t.app.deps, BigInt(a.snowflake), ["read"]);
    await expectFailure(t, MFollow, { accountId: b.id }, readOnly, FORBIDDEN);
    await expectFailure(t, MBlock, { accountId: b.id }, readOnly, FORBIDDEN);
    await expectFailure(t, MMarkNotificationsRead, {}, readOnly, FORBIDDEN);
  });
});

describe("follow and unfollow", () => {
  it("follows, counts, notifies, updates options, and unfollows", async () => {
    const [a, b] = await pair();
    const before = await counts(t);
    const followed = successData(await t.gql(MFollow, { accountId: b.id }, a.token), "MutationFollowSuccess");
    expect((await account(b, a)).followersCount).toBe(1);
    expect(followed.relationship).toMatchObject({ following: true, requested: false, showingReblogs: true, notifying: false });
    expect((await account(a, b)).relationship).toMatchObject({ followedBy: true, following: false });
    expect((await account(a, a)).followingCount).toBe(1);
    const notes = await notifications(b);
    expect(notes.notifications.edges.map((e) => [e.node.type, e.node.account.username])).toEqual([["FOLLOW", a.name]]);
    expect((await counts(t)).follows).toBe(before.follows + 1);

    // following again updates the options, and adds nothing
    const snap = await counts(t);
    const again = successData(await t.gql(MFollow, { accountId: b.snowflake, reblogs: false, notify: true }, a.token), "MutationFollowSuccess");
    expect((await account(b, a)).followersCount).toBe(1);
    expect(again.relationship).toMatchObject({ following: true, showingReblogs: false, notifying: true });
    expect(await counts(t)).toEqual(snap);

    const unfollowed = successData(await t.gql(MUnfollow, { accountId: b.id }, a.token), "MutationUnfollowSuccess");
    expect((await account(b, a)).followersCount).toBe(0);
    expect(unfollowed.relationship).toMatchObject({ following: false, requested: false });
    expect((await account(a, a)).followingCount).toBe(0);
    // unfollowing someone one does not follow succeeds and changes nothing
    const snap2 = await counts(t);
    successData(await t.gql(MUnfollow, { accountId: b.id }, a.token), "MutationUnfollowSuccess");
    expect(await counts(t)).toEqual(snap2);
  });

  // The payload is the account whose counters the mutation just changed: a client cache
  // normalising Account by id would store whatever this answer says.
  it("the account returned by follow shows its new followersCount", async () => {
    const [a, b] = await pair();
    const followed = successData(await t.gql(MFollow, { accountId: b.id }, a.token), "MutationFollowSuccess");
    expect(followed.followersCount).toBe(1);
  });

  it("the account returned by unfollow shows its new followersCount", async () => {
    const [a, b] = await pair();
    successData(await t.gql(MFollow, { accountId: b.id }, a.token), "MutationFollowSuccess");
    const unfollowed = successData(await t.gql(MUnfollow, { accountId: b.id }, a.token), "MutationUnfollowSuccess");
    expect(unfollowed.followersCount).toBe(0);
  });

  it("the account returned by block shows its counters after the follows were severed", async () => {
    const [a, b] = await pair();
    successData(await t.gql(MFollow, { accountId: b.id }, a.token), "MutationFollowSuccess");
    successData(await t.gql(MFollow, { accountId: a.id }, b.token), "MutationFollowSuccess");
    const blocked = successData(await t.gql(MBlock, { accountId: b.id }, a.token), "MutationBlockSuccess");
    expect([blocked.followersCount, blocked.followingCount]).toEqual([0, 0]);
  });

  it("is forbidden between blocked people, either way round", async () => {
    const [a, b] = await pair();
    successData(await t.gql(MBlock, { accountId: a.id }, b.token), "MutationBlockSuccess");
    await expectFailure(t, MFollow, { accountId: b.id }, a.token, FORBIDDEN); // blocked by b
    await expectFailure(t, MFollow, { accountId: a.id }, b.token, FORBIDDEN); // b blocks a
  });
});

describe("follow requests on a locked account", () => {
  it("a follow becomes a request, which can be authorized", async () => {
    const [a, b] = await pair();
    await lock(b);
    const before = await counts(t);
    const requested = successData(await t.gql(MFollow, { accountId: b.id, notify: true }, a.token), "MutationFollowSuccess");
    expect(requested.followersCount).toBe(0);
    expect(requested.relationship).toMatchObject({ following: false, requested: true });
    expect((await account(a, b)).relationship).toMatchObject({ requestedBy: true, followedBy: false });
    expect((await notifications(b)).notifications.edges.map((e) => e.node.type)).toEqual(["FOLLOW_REQUEST"]);
    let now = await counts(t);
    expect([now.follows, now.follow_requests]).toEqual([before.follows, before.follow_requests + 1]);
    // asking again does not ask twice
    successData(await t.gql(MFollow, { accountId: b.id }, a.token), "MutationFollowSuccess");
    expect((await counts(t)).follow_requests).toBe(before.follow_requests + 1);

    const requester = successData(await t.gql(MAuthorizeFollowRequest, { accountId: a.id }, b.token), "MutationAuthorizeFollowRequestSuccess");
    expect(requester).toMatchObject({ username: a.name, followingCount: 1 });
    expect(requester.relationship).toMatchObject({ followedBy: true, requestedBy: false });
    now = await counts(t);
    expect([now.follows, now.follow_requests]).toEqual([before.follows + 1, before.follow_requests]);
    const seen = await account(b, a);
    expect(seen.followersCount).toBe(1);
    expect(seen.relationship).toMatchObject({ following: true, requested: false, notifying: true });
    // it is answered: a second answer finds no request
    await expectFailure(t, MAuthorizeFollowRequest, { accountId: a.id }, b.token, NOT_FOUND);
    await expectFailure(t, MRejectFollowRequest, { accountId: a.id }, b.token, NOT_FOUND);
  });

  it("a request can be rejected, or withdrawn by unfollowing", async () => {
    const [a, b] = await pair();
    const c = await signUp(t, "c");
    await lock(b);
    successData(await t.gql(MFollow, { accountId: b.id }, a.token), "MutationFollowSuccess");
    successData(await t.gql(MFollow, { accountId: b.id }, c.token), "MutationFollowSuccess");
    const before = await counts(t);
    const rejected = successData(await t.gql(MRejectFollowRequest, { accountId: a.id }, b.token), "MutationRejectFollowRequestSuccess");
    expect(rejected.username).toBe(a.name);
    expect(rejected.relationship).toMatchObject({ followedBy: false, requestedBy: false });
    expect((await account(b, a)).relationship).toMatchObject({ following: false, requested: false });
    const withdrawn = successData(await t.gql(MUnfollow, { accountId: b.id }, c.token), "MutationUnfollowSuccess");
    expect(withdrawn.relationship).toMatchObject({ following: false, requested: false });
    const after = await counts(t);
    expect([after.follows, after.follow_requests]).toEqual([before.follows, before.follow_requests - 2]);
  });

  it("answering a request that does not exist is not found", async () => {
    const [a, b] = await pair();
    await lock(b);
    // no request at all
    await expectFailure(t, MAuthorizeFollowRequest, { accountId: a.id }, b.token, NOT_FOUND);
    await expectFailure(t, MRejectFollowRequest, { accountId: a.id }, b.token, NOT_FOUND);
    // a request exists, but it is addressed to b: a cannot answer it, nor can a third person
    successData(await t.gql(MFollow, { accountId: b.id }, a.token), "MutationFollowSuccess");
    const c = await signUp(t, "c");
    await expectFailure(t, MAuthorizeFollowRequest, { accountId: b.id }, a.token, NOT_FOUND);
    await expectFailure(t, MAuthorizeFollowRequest, { accountId: a.id }, c.token, NOT_FOUND);
    await expectFailure(t, MRejectFollowRequest, { accountId: a.id }, c.token, NOT_FOUND);
    await expectFailure(t, MAuthorizeFollowRequest, { accountId: UNKNOWN_ID }, b.token, NOT_FOUND);
  });
});

describe("block and unblock", () => {
  it("blocking severs follows and requests both ways, and unblocking restores nothing", async () => {
    const [a, b] = await pair();
    const c = await signUp(t, "c");
    successData(await t.gql(MFollow, { accountId: b.id }, a.token), "MutationFollowSuccess");
    successData(await t.gql(MFollow, { accountId: a.id }, b.token), "MutationFollowSuccess");
    // pending requests both ways between a and c
    await lock(a);
    successData(await t.gql(MFollow, { accountId: a.id }, c.token), "MutationFollowSuccess");
    await lock(c);
    successData(await t.gql(MFollow, { accountId: c.id }, a.token), "MutationFollowSuccess");
    const before = await counts(t);

    const blocked = successData(await t.gql(MBlock, { accountId: b.id }, a.token), "MutationBlockSuccess");
    const seenB = await account(b, a);
    expect([seenB.followersCount, seenB.followingCount]).toEqual([0, 0]);
    expect(blocked.relationship).toMatchObject({ blocking: true, following: false, followedBy: false });
    const self = await account(a, a);
    expect([self.followersCount, self.followingCount]).toEqual([0, 0]);
    expect((await account(a, b)).relationship).toMatchObject({ blockedBy: true, following: false, followedBy: false });
    let now = await counts(t);
    expect([now.blocks, now.follows]).toEqual([before.blocks + 1, before.follows - 2]);
    // blocking twice is fine and adds nothing
    successData(await t.gql(MBlock, { accountId: b.id }, a.token), "MutationBlockSuccess");
    expect((await counts(t)).blocks).toBe(before.blocks + 1);

    // pending follow requests go too, both ways
    const blockedC = successData(await t.gql(MBlock, { accountId: c.id }, a.token), "MutationBlockSuccess");
    expect(blockedC.relationship).toMatchObject({ blocking: true, requested: false, requestedBy: false });
    now = await counts(t);
    expect(now.follow_requests).toBe(before.follow_requests - 2);

    const unblocked = successData(await t.gql(MUnblock, { accountId: b.id }, a.token), "MutationUnblockSuccess");
    expect(unblocked.relationship).toMatchObject({ blocking: false, following: false, followedBy: false });
    expect((await counts(t)).blocks).toBe(before.blocks + 1); // c is still blocked
    // unblocking someone not blocked succeeds and changes nothing
    const snap = await counts(t);
    successData(await t.gql(MUnblock, { accountId: b.id }, a.token), "MutationUnblockSuccess");
    expect(await counts(t)).toEqual(snap);
    // after the unblock, following works again
    successData(await t.gql(MFollow, { accountId: a.id }, b.token), "MutationFollowSuccess");
  });
});

describe("mute and unmute", () => {
  it("mutes with their notifications by default, and unmutes", async () => {
    const [a, b] = await pair();
    const muted = successData(await t.gql(MMute, { accountId: b.id }, a.token), "MutationMuteSuccess");
    expect(muted.relationship).toMatchObject({ muting: true, mutingNotifications: true });
    const s = await post(t, a, "fave me");
    successData(await t.gql(MFavourite, { id: s.id }, b.token), "MutationFavouriteSuccess");
    expect((await notifications(a)).notifications.edges).toHaveLength(0);

    const unmuted = successData(await t.gql(MUnmute, { accountId: b.id }, a.token), "MutationUnmuteSuccess");
    expect(unmuted.relationship).toMatchObject({ muting: false, mutingNotifications: false });
    const snap = await counts(t);
    successData(await t.gql(MUnmute, { accountId: b.id }, a.token), "MutationUnmuteSuccess");
    expect(await counts(t)).toEqual(snap);
  });

  it("with notifications: false, their notifications still arrive; muting again updates it", async () => {
    const [a, b] = await pair();
    const before = await counts(t);
    const muted = successData(await t.gql(MMute, { accountId: b.id, notifications: false, duration: 3600 }, a.token), "MutationMuteSuccess");
    expect(muted.relationship).toMatchObject({ muting: true, mutingNotifications: false });
    const s = await post(t, a, "fave me too");
    successData(await t.gql(MFavourite, { id: s.id }, b.token), "MutationFavouriteSuccess");
    expect((await notifications(a)).notifications.edges.map((e) => e.node.type)).toEqual(["FAVOURITE"]);
    const row = await t.app.deps.db.mute.findFirstOrThrow({ where: { accountId: BigInt(a.snowflake) } });
    expect(row.expiresAt!.getTime()).toBeGreaterThan(Date.now() + 3500_000);

    const again = successData(await t.gql(MMute, { accountId: b.id }, a.token), "MutationMuteSuccess");
    expect(again.relationship).toMatchObject({ muting: true, mutingNotifications: true });
    expect((await counts(t)).mutes).toBe(before.mutes + 1);
  });

  it("refuses a bad duration", async () => {
    const [a, b] = await pair();
    await expectFailure(t, MMute, { accountId: b.id, duration: -1 }, a.token, VALIDATION("duration"));
    await expectFailure(t, MMute, { accountId: b.id, duration: 11 * 365 * 86_400 }, a.token, VALIDATION("duration"));
  });
});

describe("markNotificationsRead", () => {
  it("marks all, or up to an id, and says how many", async () => {
    const [a, b] = await pair();
    const c = await signUp(t, "c");
    const d = await signUp(t, "d");
    for (const who of [b, c, d]) successData(await t.gql(MFollow, { accountId: a.id }, who.token), "MutationFollowSuccess");
    let notes = await notifications(a);
    expect(notes.unreadNotificationsCount).toBe(3);
    const [newest, middle] = notes.notifications.edges.map((e) => e.node);
    expect(notes.notifications.edges.every((e) => !e.node.read)).toBe(true);

    // up to the middle one: the two older ones (the id may be global or numeric)
    expect(successData(await t.gql(MMarkNotificationsRead, { upToId: middle!.id }, a.token), "MutationMarkNotificationsReadSuccess")).toBe(2);
    notes = await notifications(a);
    expect(notes.unreadNotificationsCount).toBe(1);
    expect(notes.notifications.edges.map((e) => e.node.read)).toEqual([false, true, true]);
    expect(successData(await t.gql(MMarkNotificationsRead, { upToId: newest!.snowflake }, a.token), "MutationMarkNotificationsReadSuccess")).toBe(1);
    expect(successData(await t.gql(MMarkNotificationsRead, {}, a.token), "MutationMarkNotificationsReadSuccess")).toBe(0);
    notes = await notifications(a);
    expect(notes.unreadNotificationsCount).toBe(0);
    expect(notes.notifications.edges.every((e) => e.node.read)).toBe(true);
    // b's own notifications are untouched by a's call
    successData(await t.gql(MFollow, { accountId: b.id }, c.token), "MutationFollowSuccess");
    successData(await t.gql(MMarkNotificationsRead, {}, a.token), "MutationMarkNotificationsReadSuccess");
    expect((await notifications(b)).unreadNotificationsCount).toBe(1);
    expect(successData(await t.gql(MMarkNotificationsRead, {}, b.token), "MutationMarkNotificationsReadSuccess")).toBe(1);
  });

  it("refuses a malformed upToId and needs a valid token", async () => {
    const [a, b] = await pair();
    successData(await t.gql(MFollow, { accountId: a.id }, b.token), "MutationFollowSuccess");
    await t.app.events.drain();
    for (const upToId of [...MALFORMED_IDS, encodeGlobalID("Status", "123")]) {
      await expectFailure(t, MMarkNotificationsRead, { upToId }, a.token, VALIDATION("upToId"));
    }
    await expectUnauthenticated(t, MMarkNotificationsRead, {});
    await expectUnauthenticated(t, MMarkNotificationsRead, { upToId: UNKNOWN_ID });
    expect((await notifications(a)).unreadNotificationsCount).toBe(1);
  });
});
