// Findings of a review of the GraphQL API: each test shows one problem that was fixed.
import type { Client } from "graphql-ws";
import { parse } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../support/app.js";
import { follow, post, signUp, subscribe, wsClient, type Person } from "../support/world.js";

let t: TestApp;
let url: string;
const clients: Client[] = [];
beforeAll(async () => {
  t = await startTestApp();
  url = `ws://127.0.0.1:${await t.app.listen()}/graphql`;
});
afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await t?.close();
});

function client(who: Person) {
  const c = wsClient(url, who.token);
  clients.push(c);
  return c;
}

const doc = <T,>(text: string) => parse(text) as unknown as TypedDocumentNode<T, Record<string, unknown>>;
type Pushed = { publicTimeline: { statusId: string; status: { muted: boolean } | null } };

describe("shared subscription renders", () => {
  it("do not hand one subscriber another's conversation mute (Status.muted)", async () => {
    const amy = await signUp(t, "muteamy");
    const bea = await signUp(t, "mutebea");
    const cyd = await signUp(t, "mutecyd");
    const root = await post(t, amy, "a thread to mute");
    const muted = await t.raw({ query: `mutation($id: ID!) { muteConversation(id: $id) { __typename } }`, variables: { id: root.id } }, bea.token);
    expect(JSON.stringify(await muted.json())).toContain("MutationMuteConversationSuccess");
    const query = doc<Pushed>(`subscription { publicTimeline { statusId status { muted } } }`);
    const [beaLive, cydLive] = await Promise.all([subscribe(client(bea), query), subscribe(client(cyd), query)]);
    const reply = await post(t, amy, "a reply in it", { inReplyToId: root.id });
    await t.app.events.drain();
    const seen = async (live: typeof beaLive) => {
      for (;;) {
        const event = await live.next();
        if (event.data?.publicTimeline.statusId === reply.snowflake) return event.data.publicTimeline.status?.muted;
      }
    };
    expect(await seen(beaLive)).toBe(true);
    expect(await seen(cydLive)).toBe(false);
    await Promise.all([beaLive.close(), cydLive.close()]);
  });
});

describe("Account fields in a timeline", () => {
  it("load lists and familiar followers for the whole page in one query each (no query per account)", async () => {
    const amy = await signUp(t, "nplusamy");
    const cyd = await signUp(t, "npluscyd");
    for (let i = 0; i < 8; i++) {
      const other = await signUp(t, `nplus${i}`);
      await follow(t, amy, other);
      await follow(t, amy, cyd);
      await follow(t, cyd, other);
      await post(t, other, `hello ${i}`);
    }
    const list = (await (await t.raw({ query: `mutation { createList(title: "all") { ... on MutationCreateListSuccess { data { id } } } }` }, amy.token)).json()) as {
      data: { createList: { data: { id: string } } };
    };
    await t.app.events.drain();
    // and the posts' kept events have run (they query in the background, in the counted window)
    while ((await t.app.deps.db.job.count()) > 0) await new Promise((resolve) => setTimeout(resolve, 50));
    const count = async (first: number) => {
      const query = `{ homeTimeline(first: ${first}) { edges { node { account { id lists { id } familiarFollowers { id } } } } } }`;
      t.queries.length = 0;
      const result = (await (await t.raw({ query }, amy.token)).json()) as {
        data: { homeTimeline: { edges: { node: { account: { lists: unknown[]; familiarFollowers: { id: string }[] } } }[] } };
      };
      return { queries: t.queries.length, edges: result.data.homeTimeline.edges };
    };
    expect(list.data.createList.data.id).toBeTruthy();
    const two = await count(2);
    const eight = await count(8);
    expect(eight.edges).toHaveLength(8);
    expect(eight.edges.every((e) => e.node.account.familiarFollowers.length === 1)).toBe(true);
    expect(eight.queries).toBe(two.queries);
  });
});

describe("local timeline subscriptions", () => {
  it("do not carry edits of statuses from other servers", async () => {
    const { storeRemoteStatus, editRemoteStatus } = await import("../../src/services/statuses/remote.js");
    const { newId } = await import("../../src/core/ids.js");
    const amy = await signUp(t, "localsubamy");
    const remoteId = newId();
    await t.app.deps.db.account.create({
      data: { id: remoteId, username: "far", domain: "far.example", handleKey: `far${remoteId}@far.example`, uri: `https://far.example/users/far${remoteId}` },
    });
    const uri = `https://far.example/notes/${remoteId}`;
    const input = {
      uri, url: null, accountId: remoteId, contentHtml: "<p>far away</p>", spoilerText: "", visibility: "PUBLIC" as const, sensitive: false,
      language: null, publishedAt: new Date(), inReplyToUri: null, mentionedIds: [], tags: [],
    };
    const stored = await storeRemoteStatus(t.app.deps, input);
    await t.app.events.drain();
    const query = doc<{ publicTimeline: { kind: string; statusId: string } }>(`subscription { publicTimeline(local: true) { kind statusId } }`);
    const live = await subscribe(client(amy), query);
    const mine = await post(t, amy, "a local one");
    await t.app.events.drain();
    // The subscription is live once the local post shows up.
    expect((await live.next()).data?.publicTimeline.statusId).toBe(mine.snowflake);
    expect(await editRemoteStatus(t.app.deps, remoteId, uri, { ...input, contentHtml: "<p>edited</p>", editedAt: new Date(Date.now() + 1000) })).toBe(true);
    await t.app.events.drain();
    expect(await live.quiet(500)).toBe(true);
    expect(String(stored.id)).toBeTruthy();
    await live.close();
  });
});
