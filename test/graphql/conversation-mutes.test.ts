// Muting a conversation over GraphQL: Status.muted, no notifications from the thread, typed errors.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../generated/gql.js";
import { startTestApp, type TestApp } from "../support/app.js";
import { post, signUp } from "../support/world.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const Mute = graphql(`
  mutation MuteThread($id: ID!) {
    muteConversation(id: $id) {
      __typename
      ... on MutationMuteConversationSuccess { data { snowflake muted } }
      ... on Error { message }
    }
  }
`);
const Unmute = graphql(`
  mutation UnmuteThread($id: ID!) {
    unmuteConversation(id: $id) {
      __typename
      ... on MutationUnmuteConversationSuccess { data { muted } }
    }
  }
`);

describe("conversation mutes over GraphQL", () => {
  it("mutes and unmutes a thread", async () => {
    const ann = await signUp(t, "gqlmuteann");
    const ben = await signUp(t, "gqlmuteben");
    const first = await post(t, ann, "A thread");
    expect((await t.gql(Mute, { id: first.id }, ann.token)).data?.muteConversation).toEqual({
      __typename: "MutationMuteConversationSuccess", data: { snowflake: first.snowflake, muted: true },
    });
    await post(t, ben, `@${ann.name} replying`, { inReplyToId: first.id });
    await t.app.events.drain();
    expect(await t.app.deps.db.notification.count({ where: { accountId: BigInt(ann.snowflake) } })).toBe(0);
    expect((await t.gql(Unmute, { id: first.id }, ann.token)).data?.unmuteConversation).toEqual({
      __typename: "MutationUnmuteConversationSuccess", data: { muted: false },
    });
    await post(t, ben, `@${ann.name} once more`, { inReplyToId: first.id });
    await t.app.events.drain();
    expect(await t.app.deps.db.notification.count({ where: { accountId: BigInt(ann.snowflake) } })).toBe(1);
  });

  it("refuses hidden statuses and anonymous callers", async () => {
    const cat = await signUp(t, "gqlmutecat");
    const dan = await signUp(t, "gqlmutedan");
    const secret = await post(t, cat, "only me", { visibility: "DIRECT" });
    expect((await t.gql(Mute, { id: secret.id }, dan.token)).data?.muteConversation).toMatchObject({ __typename: "NotFoundError" });
    expect((await t.gql(Mute, { id: secret.id }, null)).data?.muteConversation).toMatchObject({ __typename: "UnauthenticatedError" });
    expect(await t.app.deps.db.threadState.count({ where: { accountId: BigInt(dan.snowflake) } })).toBe(0);
  });
});
