// Media and polls over GraphQL: a multipart upload (the GraphQL multipart request spec),
// statuses with media or a poll, votes, and the same data over the Mastodon API.
import { print } from "graphql";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../generated/gql.js";
import { startListeningApp, type TestApp } from "../support/app.js";
import { mastoClient } from "../support/masto.js";
import { signUp } from "../support/world.js";

let t: TestApp;
let url: string;
beforeAll(async () => ({ t, url } = await startListeningApp()));
afterAll(() => t.close());

const Upload = graphql(`
  mutation Upload($file: File!, $description: String, $focus: String) {
    uploadMedia(file: $file, description: $description, focus: $focus) {
      __typename
      ... on MutationUploadMediaSuccess {
        data { id type url previewUrl description blurhash focus { x y } original { width height aspect } small { width height } }
      }
      ... on Error { message }
    }
  }
`);

const PostWithMedia = graphql(`
  mutation PostWithMedia($text: String!, $mediaIds: [ID!], $poll: PollInput) {
    createStatus(text: $text, mediaIds: $mediaIds, poll: $poll) {
      __typename
      ... on MutationCreateStatusSuccess {
        data {
          id snowflake
          mediaAttachments { id type url previewUrl description blurhash original { width height } }
          poll { id expired multiple votesCount votersCount voted ownVotes options { title votesCount } }
        }
      }
      ... on Error { message }
    }
  }
`);

const Vote = graphql(`
  mutation Vote($id: ID!, $choices: [Int!]!) {
    votePoll(id: $id, choices: $choices) {
      __typename
      ... on MutationVotePollSuccess { data { votesCount voted ownVotes options { title votesCount } } }
      ... on Error { message }
    }
  }
`);

const UpdateMedia = graphql(`
  mutation UpdateMedia($id: ID!, $description: String) {
    updateMedia(id: $id, description: $description) {
      __typename
      ... on MutationUpdateMediaSuccess { data { description } }
      ... on Error { message }
    }
  }
`);

/** A GraphQL multipart request: operations, map, then the file. */
async function upload(token: string | null, file: Blob, variables: Record<string, unknown> = {}) {
  const form = new FormData();
  form.append("operations", JSON.stringify({ query: print(Upload), variables: { ...variables, file: null } }));
  form.append("map", JSON.stringify({ 0: ["variables.file"] }));
  form.append("0", file, "picture");
  const response = await fetch(`${url}/graphql`, { method: "POST", headers: token ? { authorization: `Bearer ${token}` } : {}, body: form });
  return (await response.json()) as { data?: { uploadMedia: Record<string, unknown> & { __typename: string; data?: { id: string; url: string } ; message?: string } }; errors?: unknown[] };
}

const png = async (width: number, height: number) =>
  new Blob([new Uint8Array(await sharp({ create: { width, height, channels: 4, background: "#3366ff" } }).png().toBuffer())], { type: "image/png" });

describe("media over GraphQL", () => {
  it("uploads with a multipart request, posts, and shows the same media over REST", async () => {
    const alice = await signUp(t, "gqlmedia");
    const uploaded = await upload(alice.token, await png(1200, 800), { description: "Blue", focus: "0.1,0.2" });
    const media = uploaded.data!.uploadMedia;
    expect(media.__typename).toBe("MutationUploadMediaSuccess");
    expect(media.data).toMatchObject({ type: "IMAGE", description: "Blue", focus: { x: 0.1, y: 0.2 }, original: { width: 1200, height: 800, aspect: 1.5 } });
    // The preview holds about 230 400 pixels.
    expect(media.data).toMatchObject({ small: { width: 587, height: 391 } });
    const id = media.data!.id;

    expect((await t.gql(UpdateMedia, { id, description: "Very blue" }, alice.token)).data?.updateMedia).toEqual({
      __typename: "MutationUpdateMediaSuccess", data: { description: "Very blue" },
    });
    const posted = await t.gql(PostWithMedia, { text: "look", mediaIds: [id] }, alice.token);
    expect(posted.data?.createStatus.__typename).toBe("MutationCreateStatusSuccess");
    const status = (posted.data!.createStatus as { data: { snowflake: string; mediaAttachments: { id: string; url: string; previewUrl: string; description: string; blurhash: string }[] } }).data;
    expect(status.mediaAttachments).toHaveLength(1);

    const rest = await (await mastoClient(url, alice)).v1.statuses.$select(status.snowflake).fetch();
    const [gqlMedia] = status.mediaAttachments;
    expect(rest.mediaAttachments.map((m) => ({ id: m.id, url: m.url, previewUrl: m.previewUrl, description: m.description, blurhash: m.blurhash }))).toEqual([
      { id: gqlMedia!.id, url: gqlMedia!.url, previewUrl: gqlMedia!.previewUrl, description: "Very blue", blurhash: gqlMedia!.blurhash },
    ]);
    expect((await fetch(gqlMedia!.previewUrl)).status).toBe(200);
  });

  it("answers bad uploads with typed errors and writes nothing", async () => {
    const bob = await signUp(t, "gqlmediabad");
    const before = await t.app.deps.db.mediaAttachment.count();
    const wrongType = await upload(bob.token, new Blob(["<svg/>"], { type: "image/svg+xml" }));
    expect(wrongType.data?.uploadMedia).toMatchObject({ __typename: "ValidationError", message: expect.stringMatching(/not supported/) });
    const anonymous = await upload(null, await png(10, 10));
    expect(anonymous.data?.uploadMedia).toMatchObject({ __typename: "UnauthenticatedError" });
    const notAFile = await t.raw({ query: print(Upload), variables: { file: "just a string" } }, bob.token);
    const body = (await notAFile.json()) as { errors: { message: string }[] };
    expect(body.errors[0]!.message).toMatch(/Expected type File/);
    const someoneElses = await t.gql(PostWithMedia, { text: "steal", mediaIds: ["12345"] }, bob.token);
    expect(someoneElses.data?.createStatus).toMatchObject({ __typename: "ValidationError" });
    expect(await t.app.deps.db.mediaAttachment.count()).toBe(before);
  });
});

const MediaOnly = graphql(`
  query MediaOnly($tag: String!) {
    publicTimeline(first: 40, onlyMedia: true) { edges { node { snowflake mediaAttachments { id } } } }
    hashtagTimeline(tag: $tag, local: true, first: 10) { edges { node { snowflake } } }
  }
`);

describe("media-only timelines over GraphQL", () => {
  it("lists only statuses with media when asked", async () => {
    const eve = await signUp(t, "gqlonlymedia");
    const id = (await upload(eve.token, await png(20, 20))).data!.uploadMedia.data!.id;
    const withMedia = await t.gql(PostWithMedia, { text: "pic #gqlgallery", mediaIds: [id] }, eve.token);
    const plain = await t.gql(PostWithMedia, { text: "text #gqlgallery" }, eve.token);
    const snowflake = (r: typeof plain) => (r.data!.createStatus as { data: { snowflake: string } }).data.snowflake;
    const result = await t.gql(MediaOnly, { tag: "gqlgallery" });
    const listed = result.data!.publicTimeline.edges.map((e) => e.node);
    expect(listed.map((n) => n.snowflake)).toContain(snowflake(withMedia));
    expect(listed.map((n) => n.snowflake)).not.toContain(snowflake(plain));
    expect(listed.every((n) => n.mediaAttachments.length > 0)).toBe(true);
    expect(result.data!.hashtagTimeline.edges.map((e) => e.node.snowflake)).toEqual([snowflake(plain), snowflake(withMedia)]);
  });
});

describe("polls over GraphQL", () => {
  it("creates a poll, votes, and refuses a second vote", async () => {
    const carol = await signUp(t, "gqlpollcarol");
    const dave = await signUp(t, "gqlpolldave");
    const created = await t.gql(PostWithMedia, { text: "Pick", poll: { options: ["Red", "Green"], expiresIn: 3600 } }, carol.token);
    const status = (created.data!.createStatus as { data: { snowflake: string; poll: { id: string; ownVotes: number[]; voted: boolean } } }).data;
    expect(status.poll).toMatchObject({ voted: true, ownVotes: [] });
    const vote = await t.gql(Vote, { id: status.poll.id, choices: [1] }, dave.token);
    expect(vote.data?.votePoll).toEqual({
      __typename: "MutationVotePollSuccess",
      data: { votesCount: 1, voted: true, ownVotes: [1], options: [{ title: "Red", votesCount: 0 }, { title: "Green", votesCount: 1 }] },
    });
    const again = await t.gql(Vote, { id: status.poll.id, choices: [0] }, dave.token);
    expect(again.data?.votePoll).toMatchObject({ __typename: "ValidationError", message: expect.stringMatching(/already voted/) });
    const bad = await t.gql(PostWithMedia, { text: "Bad", poll: { options: ["Only"], expiresIn: 3600 } }, carol.token);
    expect(bad.data?.createStatus).toMatchObject({ __typename: "ValidationError" });
    // The Mastodon API sees the same poll and Dave's vote.
    const rest = await (await mastoClient(url, dave)).v1.polls.$select(status.poll.id).fetch();
    expect(rest).toMatchObject({ votesCount: 1, ownVotes: [1], voted: true });
  });
});
