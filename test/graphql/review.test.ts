// Findings of a review of the GraphQL API: each test shows one problem that was fixed.
import type { Client } from "graphql-ws";
import { parse } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../support/app.js";
import { post, signUp, subscribe, wsClient, type Person } from "../support/world.js";

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
