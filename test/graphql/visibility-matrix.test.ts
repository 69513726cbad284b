// The acceptance visibility matrix (Mastodon's rules): 4 visibilities × 6 viewers ×
// {queries, subscriptions}. Every expected value below is written out by hand: the table is
// the spec, it is never computed by calling src/core/visibility.ts.
//
// The world: `author` posts one status per visibility, each mentioning `mentioned` and carrying
// one hashtag and one search word. For threads, `author` also replies once per visibility (also
// mentioning `mentioned`) to a PUBLIC root posted by `host`, a bystander everyone may see.
//   follower     follows the author
//   nonFollower  no relationship
//   mentioned    mentioned in every matrix status, does not follow
//   blocked      followed the author, then the author blocked them (the block severs the follow)
//   anonymous    no token
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import type { Client } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../support/app.js";
import { SubscribeHashtag, SubscribeHome, SubscribeNotifications, SubscribePublic } from "../support/documents.js";
import { XBlock, XNode, XSignedInLists, XStatus, XViewerLists } from "../support/matrix-documents.js";
import { follow, post, signUp, subscribe, wsClient, type Live, type Person } from "../support/world.js";

type Vis = "PUBLIC" | "UNLISTED" | "PRIVATE" | "DIRECT";
type Who = "author" | "follower" | "nonFollower" | "mentioned" | "blocked" | "anonymous";
type Channel = "home" | "public" | "hashtag" | "notifications";
const VISIBILITIES: Vis[] = ["PUBLIC", "UNLISTED", "PRIVATE", "DIRECT"];
const SIGNED_IN: Exclude<Who, "anonymous">[] = ["author", "follower", "nonFollower", "mentioned", "blocked"];

// ---------------------------------------------------------------------------------------------
// QUERIES. One row per cell: [visibility, viewer, sees, listed, inHome, mentionNotified]
//   sees            status(id) and node(globalId) return it; accountStatuses(author) and
//                   search(word) include it; the host root's context.descendants include the
//                   author's reply of the same visibility
//   listed          publicTimeline and hashtagTimeline include it (PUBLIC only, never anything else)
//   inHome          homeTimeline includes it (null: anonymous has no home)
//   mentionNotified notifications hold a MENTION whose `status` is this one (null: anonymous)
// ---------------------------------------------------------------------------------------------
type QueryRow = [Vis, Who, boolean, boolean, boolean | null, boolean | null];
const QUERY_MATRIX: QueryRow[] = [
  ["PUBLIC", "author", true, true, true, false],
  ["PUBLIC", "follower", true, true, true, false],
  ["PUBLIC", "nonFollower", true, true, false, false],
  ["PUBLIC", "mentioned", true, true, false, true],
  ["PUBLIC", "blocked", false, false, false, false],
  ["PUBLIC", "anonymous", true, true, null, null],

  ["UNLISTED", "author", true, false, true, false],
  ["UNLISTED", "follower", true, false, true, false],
  ["UNLISTED", "nonFollower", true, false, false, false],
  ["UNLISTED", "mentioned", true, false, false, true],
  ["UNLISTED", "blocked", false, false, false, false],
  ["UNLISTED", "anonymous", true, false, null, null],

  ["PRIVATE", "author", true, false, true, false],
  ["PRIVATE", "follower", true, false, true, false],
  ["PRIVATE", "nonFollower", false, false, false, false],
  ["PRIVATE", "mentioned", true, false, false, true],
  ["PRIVATE", "blocked", false, false, false, false],
  ["PRIVATE", "anonymous", false, false, null, null],

  ["DIRECT", "author", true, false, true, false],
  ["DIRECT", "follower", false, false, false, false],
  ["DIRECT", "nonFollower", false, false, false, false],
  ["DIRECT", "mentioned", true, false, false, true],
  ["DIRECT", "blocked", false, false, false, false],
  ["DIRECT", "anonymous", false, false, null, null],
];

// ---------------------------------------------------------------------------------------------
// SUBSCRIPTIONS. One row per cell: [visibility, viewer, pushed, channels]
//   pushed    the viewer is told live about the status by at least one subscription
//   channels  exactly which of the viewer's open subscriptions push it (false: must stay quiet):
//     home           homeTimeline (signed in; fan-out goes to the author and followers only)
//     public         publicTimeline (PUBLIC statuses only)
//     hashtag        hashtagTimeline(tag of the matrix statuses) (PUBLIC statuses only)
//     notifications  notifications, as a MENTION of the status (signed in)
//   Every signed-in viewer holds all four subscriptions; anonymous holds public and hashtag.
// ---------------------------------------------------------------------------------------------
type Channels = { home?: boolean; public: boolean; hashtag: boolean; notifications?: boolean };
type LiveRow = [Vis, Who, boolean, Channels];
const LIVE_MATRIX: LiveRow[] = [
  ["PUBLIC", "author", true, { home: true, public: true, hashtag: true, notifications: false }],
  ["PUBLIC", "follower", true, { home: true, public: true, hashtag: true, notifications: false }],
  ["PUBLIC", "nonFollower", true, { home: false, public: true, hashtag: true, notifications: false }],
  ["PUBLIC", "mentioned", true, { home: false, public: true, hashtag: true, notifications: true }],
  ["PUBLIC", "blocked", false, { home: false, public: false, hashtag: false, notifications: false }],
  ["PUBLIC", "anonymous", true, { public: true, hashtag: true }],

  ["UNLISTED", "author", true, { home: true, public: false, hashtag: false, notifications: false }],
  ["UNLISTED", "follower", true, { home: true, public: false, hashtag: false, notifications: false }],
  ["UNLISTED", "nonFollower", false, { home: false, public: false, hashtag: false, notifications: false }],
  ["UNLISTED", "mentioned", true, { home: false, public: false, hashtag: false, notifications: true }],
  ["UNLISTED", "blocked", false, { home: false, public: false, hashtag: false, notifications: false }],
  ["UNLISTED", "anonymous", false, { public: false, hashtag: false }],

  ["PRIVATE", "author", true, { home: true, public: false, hashtag: false, notifications: false }],
  ["PRIVATE", "follower", true, { home: true, public: false, hashtag: false, notifications: false }],
  ["PRIVATE", "nonFollower", false, { home: false, public: false, hashtag: false, notifications: false }],
  ["PRIVATE", "mentioned", true, { home: false, public: false, hashtag: false, notifications: true }],
  ["PRIVATE", "blocked", false, { home: false, public: false, hashtag: false, notifications: false }],
  ["PRIVATE", "anonymous", false, { public: false, hashtag: false }],

  ["DIRECT", "author", true, { home: true, public: false, hashtag: false, notifications: false }],
  ["DIRECT", "follower", false, { home: false, public: false, hashtag: false, notifications: false }],
  ["DIRECT", "nonFollower", false, { home: false, public: false, hashtag: false, notifications: false }],
  ["DIRECT", "mentioned", true, { home: false, public: false, hashtag: false, notifications: true }],
  ["DIRECT", "blocked", false, { home: false, public: false, hashtag: false, notifications: false }],
  ["DIRECT", "anonymous", false, { public: false, hashtag: false }],
];

// ---------------------------------------------------------------------------------------------

let t: TestApp;
const people = {} as Record<Exclude<Who, "anonymous">, Person>;
const statuses = {} as Record<Vis, { id: string; snowflake: string }>;
const replies = {} as Record<Vis, { id: string; snowflake: string }>;
let root: { id: string; snowflake: string };
const word = `zq${Math.random().toString(36).replace(/[^a-z]/g, "").slice(0, 8)}matrix`;
const tag = `mtx${word}`;
const token = (who: Who) => (who === "anonymous" ? null : people[who].token);

/** What each viewer's subscriptions pushed: snowflake -> kind (home/public/hashtag) or notification type. */
const pushed = {} as Record<Who, Partial<Record<Channel, Map<string, string>>>>;
/** What each viewer's queries listed. */
const lists = {} as Record<Who, {
  account: string[]; public: string[]; hashtag: string[]; search: string[]; descendants: string[];
  home?: string[]; mentionNotes?: { type: string; status: string | null }[];
}>;

/** Reads everything a subscription pushes until it has been quiet for `ms`. */
async function drainLive<T>(live: Live<T>, key: (data: T) => [string, string], ms = 600) {
  const seen = new Map<string, string>();
  while (!(await live.quiet(ms))) {
    const result = await live.next();
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    const [snowflake, kind] = key(result.data as T);
    seen.set(snowflake, kind);
  }
  return seen;
}

async function gqlOk<T, V>(doc: TypedDocumentNode<T, V>, vars: V, tok: string | null): Promise<T> {
  const result = await t.gql(doc, vars, tok);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data as T;
}

const clients: Client[] = [];
beforeAll(async () => {
  t = await startTestApp();
  const url = `ws://127.0.0.1:${await t.app.listen()}/graphql`;
  for (const who of SIGNED_IN) people[who] = await signUp(t, who.toLowerCase());
  await follow(t, people.follower, people.author);
  await follow(t, people.blocked, people.author);
  const blocked = await t.gql(XBlock, { accountId: people.blocked.id }, people.author.token);
  expect(blocked.data?.block.__typename).toBe("MutationBlockSuccess");
  const host = await signUp(t, "host");
  root = await post(t, host, "the thread root", { visibility: "PUBLIC" });
  for (const visibility of VISIBILITIES) {
    const text = `reply ${visibility.toLowerCase()} @${people.mentioned.name}`;
    replies[visibility] = await post(t, people.author, text, { visibility, inReplyToId: root.id });
  }
  await t.app.events.drain();

  // Open every viewer's subscriptions before anything is posted.
  const open: (() => Promise<void>)[] = [];
  const watch = <T>(who: Who, channel: Channel, live: Live<T>, key: (data: T) => [string, string]) =>
    open.push(async () => {
      (pushed[who] ??= {})[channel] = await drainLive(live, key);
      await live.close();
    });
  for (const who of [...SIGNED_IN, "anonymous"] as Who[]) {
    const client = wsClient(url, token(who) ?? undefined);
    clients.push(client);
    if (who !== "anonymous") {
      watch(who, "home", await subscribe(client, SubscribeHome), (d) => [d.homeTimeline.statusId, d.homeTimeline.kind]);
      watch(who, "notifications", await subscribe(client, SubscribeNotifications), (d) => [
        d.notifications.status?.snowflake ?? `none:${d.notifications.type}`,
        d.notifications.type,
      ]);
    }
    watch(who, "public", await subscribe(client, SubscribePublic, {}), (d) => [d.publicTimeline.statusId, d.publicTimeline.kind]);
    watch(who, "hashtag", await subscribe(client, SubscribeHashtag, { tag }), (d) => [
      d.hashtagTimeline.statusId,
      d.hashtagTimeline.kind,
    ]);
  }

  for (const visibility of VISIBILITIES) {
    const text = `matrix ${visibility.toLowerCase()} ${word} #${tag} @${people.mentioned.name}`;
    statuses[visibility] = await post(t, people.author, text, { visibility });
  }
  await t.app.events.drain();

  await Promise.all(open.map((run) => run()));

  for (const who of [...SIGNED_IN, "anonymous"] as Who[]) {
    const data = await gqlOk(XViewerLists, { accountId: people.author.id, rootId: root.id, tag, q: word }, token(who));
    const sf = (edges: { node: { snowflake: string } }[]) => edges.map((e) => e.node.snowflake);
    lists[who] = {
      account: sf(data.accountStatuses.edges),
      public: sf(data.publicTimeline.edges),
      hashtag: sf(data.hashtagTimeline.edges),
      search: data.search.statuses.map((s) => s.snowflake),
      descendants: data.status!.context.descendants.map((s) => s.snowflake),
    };
    if (who !== "anonymous") {
      const mine = await gqlOk(XSignedInLists, {}, token(who));
      lists[who].home = sf(mine.homeTimeline.edges);
      lists[who].mentionNotes = mine.notifications.edges
        .filter((e) => e.node.type === "MENTION")
        .map((e) => ({ type: e.node.type, status: e.node.status?.snowflake ?? null }));
    }
  }
}, 120_000);

afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await t?.close();
});

describe("visibility matrix: queries", () => {
  it("the table covers 4 visibilities × 6 viewers exactly once", () => {
    expect(new Set(QUERY_MATRIX.map(([v, w]) => `${v}/${w}`)).size).toBe(24);
    expect(QUERY_MATRIX).toHaveLength(24);
  });

  it.each(QUERY_MATRIX)(
    "%s status, viewer %s: sees=%s, publicly listed=%s, in home=%s, mention notification=%s",
    async (visibility, who, sees, listed, inHome, mentionNotified) => {
      const status = statuses[visibility];
      const tok = token(who);

      const byId = await gqlOk(XStatus, { id: status.id }, tok);
      expect(byId.status?.snowflake ?? null, "status(id)").toBe(sees ? status.snowflake : null);
      const bySnowflake = await gqlOk(XStatus, { id: status.snowflake }, tok);
      expect(bySnowflake.status?.snowflake ?? null, "status(snowflake)").toBe(sees ? status.snowflake : null);

      const node = await gqlOk(XNode, { id: status.id }, tok);
      if (sees) expect(node.node).toMatchObject({ __typename: "Status", id: status.id, snowflake: status.snowflake });
      else expect(node.node, "node(globalId)").toBeNull();

      const seen = lists[who];
      expect(seen.account.includes(status.snowflake), "accountStatuses").toBe(sees);
      expect(seen.descendants.includes(replies[visibility].snowflake), "host root's context.descendants").toBe(sees);
      expect(seen.search.includes(status.snowflake), "search(query).statuses").toBe(sees);
      expect(seen.public.includes(status.snowflake), "publicTimeline").toBe(listed);
      expect(seen.hashtag.includes(status.snowflake), "hashtagTimeline").toBe(listed);

      if (who === "anonymous") {
        expect(inHome).toBeNull();
        expect(mentionNotified).toBeNull();
        return;
      }
      expect(seen.home!.includes(status.snowflake), "homeTimeline").toBe(inHome);
      expect(seen.mentionNotes!.some((n) => n.status === status.snowflake), "notifications MENTION.status").toBe(mentionNotified);
    },
  );

  it("publicTimeline never lists UNLISTED, PRIVATE or DIRECT statuses, for anyone", () => {
    for (const who of [...SIGNED_IN, "anonymous"] as Who[]) {
      for (const visibility of ["UNLISTED", "PRIVATE", "DIRECT"] as Vis[]) {
        expect(lists[who].public, `${who} / ${visibility}`).not.toContain(statuses[visibility].snowflake);
      }
    }
  });

  it("only the mentioned viewer has MENTION notifications, and none of them has a null status", () => {
    expect(lists.mentioned.mentionNotes).toHaveLength(8); // 4 matrix statuses + 4 replies
    expect(lists.mentioned.mentionNotes!.every((n) => n.status !== null)).toBe(true);
    for (const who of ["author", "follower", "nonFollower", "blocked"] as const) {
      expect(lists[who].mentionNotes, who).toEqual([]);
    }
  });

  it("anonymous cannot read a home timeline or notifications at all", async () => {
    const result = await t.gql(XSignedInLists, {}, null);
    expect(result.errors?.length).toBeGreaterThan(0);
    expect(result.data ?? null).toBeNull();
  });
});

describe("visibility matrix: subscriptions", () => {
  it("the table covers 4 visibilities × 6 viewers exactly once", () => {
    expect(new Set(LIVE_MATRIX.map(([v, w]) => `${v}/${w}`)).size).toBe(24);
    expect(LIVE_MATRIX).toHaveLength(24);
  });

  it.each(LIVE_MATRIX)("%s status, viewer %s: pushed live=%s via %o", (visibility, who, expected, channels) => {
    const snowflake = statuses[visibility].snowflake;
    const got = pushed[who];
    const open = (Object.keys(got) as Channel[]).sort();
    // The row names exactly the subscriptions this viewer holds.
    expect(open).toEqual((Object.keys(channels) as Channel[]).sort());
    for (const channel of open) {
      const kind = got[channel]!.get(snowflake);
      expect(kind !== undefined, `${channel} subscription`).toBe(channels[channel]);
      if (kind !== undefined) expect(kind).toBe(channel === "notifications" ? "MENTION" : "UPDATE");
    }
    expect(open.some((channel) => got[channel]!.has(snowflake)), "pushed on any subscription").toBe(expected);
  });

  it("no subscription pushed a notification without a status or a status outside the matrix", () => {
    const known = new Set(Object.values(statuses).map((s) => s.snowflake));
    for (const who of [...SIGNED_IN, "anonymous"] as Who[]) {
      for (const [channel, seen] of Object.entries(pushed[who])) {
        for (const key of seen.keys()) expect(known.has(key), `${who}/${channel} got ${key}`).toBe(true);
      }
    }
  });
});
