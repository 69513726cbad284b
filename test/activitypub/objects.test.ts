// Statuses at their ids as remote servers fetch them: Note (Question for a poll) with the
// addressing Mastodon emits for each visibility, tags, attachments, content warning, reply,
// edit; followers-only and direct ones are not served (404) in this stage; deleted ones are
// Tombstones with 410.
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addressing } from "../../src/activitypub/vocab/note.js";
import { api, get, LD, PUBLIC } from "../support/activitypub.js";
import { startTestApp, type TestApp } from "../support/app.js";
import { signUp, type Person } from "../support/world.js";

let t: TestApp;
let alice: Person;
let bob: Person;
const ORIGIN = "http://localhost:3000";
const aliceUri = () => `${ORIGIN}/users/${alice.name}`;

beforeAll(async () => {
  t = await startTestApp();
  [alice, bob] = await Promise.all([signUp(t, "Alice"), signUp(t, "bob")]);
});
afterAll(() => t.close());

const post = async (who: Person, body: Record<string, unknown>) => (await api(t, who.token, "POST", "/api/v1/statuses", body)).body;

describe("addressing, as Mastodon's tag_manager does it", () => {
  const followers = "https://a.example/users/alice/followers";
  const bob = "https://b.example/users/bob";
  const ids = (visibility: Parameters<typeof addressing>[0]) => {
    const { tos, ccs } = addressing(visibility, followers, [bob]);
    return { to: tos.map(String), cc: ccs.map(String) };
  };
  it("for the four visibilities", () => {
    expect(ids("PUBLIC")).toEqual({ to: [PUBLIC], cc: [followers, bob] });
    expect(ids("UNLISTED")).toEqual({ to: [followers], cc: [PUBLIC, bob] });
    expect(ids("PRIVATE")).toEqual({ to: [followers], cc: [bob] });
    expect(ids("DIRECT")).toEqual({ to: [bob], cc: [] });
  });
});

describe("Note", () => {
  it("a public post: addressing, mentions and hashtags, content in its language, content warning", async () => {
    const status = await post(alice, {
      status: `Hello @${bob.name}, a #TeaParty`, visibility: "public", spoiler_text: "tea", sensitive: true, language: "en",
    });
    for (const accept of ["application/activity+json", LD]) {
      const note = await get(t, status.uri, accept);
      expect(note.status).toBe(200);
      expect(note.headers.get("content-type")).toMatch(/^application\/activity\+json/);
    }
    const { body } = await get(t, status.uri);
    expect(status.uri).toBe(`${aliceUri()}/statuses/${status.id}`);
    expect(body).toMatchObject({
      id: status.uri,
      type: "Note",
      url: status.url,
      attributedTo: aliceUri(),
      to: [PUBLIC],
      cc: [`${aliceUri()}/followers`, `${ORIGIN}/users/${bob.name}`],
      content: status.content,
      contentMap: { en: status.content },
      summary: "tea",
      sensitive: true,
      tag: [
        { type: "Mention", href: `${ORIGIN}/users/${bob.name}`, name: `@${bob.name}@localhost:3000` },
        { type: "Hashtag", href: `${ORIGIN}/tags/teaparty`, name: "#TeaParty" },
      ],
    });
    expect(Date.parse(body.published)).toBe(Date.parse(status.created_at));
    expect(body.inReplyTo).toBeUndefined();
    expect(body.updated).toBeUndefined();
  });

  it("unlisted: to followers, cc everyone; a reply names its parent; an edit has `updated`", async () => {
    const parent = await post(bob, { status: "Who are you?", visibility: "public" });
    const reply = await post(alice, { status: `@${bob.name} I hardly know`, visibility: "unlisted", in_reply_to_id: parent.id });
    const { body } = await get(t, reply.uri);
    expect(body).toMatchObject({
      to: [`${aliceUri()}/followers`],
      cc: [PUBLIC, `${ORIGIN}/users/${bob.name}`],
      inReplyTo: parent.uri,
    });
    const edited = (await api(t, alice.token, "PUT", `/api/v1/statuses/${reply.id}`, { status: `@${bob.name} I hardly know, sir` })).body;
    const after = (await get(t, reply.uri)).body;
    expect(Date.parse(after.updated)).toBe(Date.parse(edited.edited_at));
    expect(after.content).toBe(edited.content);
  });

  it("followers-only and direct posts are not served (not even that they exist)", async () => {
    for (const visibility of ["private", "direct"]) {
      const status = await post(alice, { status: `@${bob.name} secret ${visibility}`, visibility });
      const answer = await get(t, status.uri);
      expect(answer.status, visibility).toBe(404);
      expect(answer.text).not.toContain("secret");
      await api(t, alice.token, "DELETE", `/api/v1/statuses/${status.id}`);
      expect((await get(t, status.uri)).status, `deleted ${visibility}`).toBe(404);
    }
  });

  it("attachments: media type, url, alt text, size, blurhash and focal point", async () => {
    const image = await sharp({ create: { width: 120, height: 80, channels: 3, background: { r: 200, g: 30, b: 30 } } }).png().toBuffer();
    const form = new FormData();
    form.set("file", new Blob([new Uint8Array(image)], { type: "image/png" }), "red.png");
    form.set("description", "A red rectangle");
    form.set("focus", "0.5,-0.25");
    const media = (await api(t, alice.token, "POST", "/api/v2/media", form)).body;
    const status = await post(alice, { status: "Look", media_ids: [media.id], visibility: "public" });
    const { body } = await get(t, status.uri);
    const attachment = Array.isArray(body.attachment) ? body.attachment[0] : body.attachment;
    expect(attachment).toEqual({
      type: "Document",
      mediaType: media.url.endsWith(".png") ? "image/png" : expect.stringMatching(/^image\//),
      url: media.url,
      name: "A red rectangle",
      width: 120,
      height: 80,
      blurhash: media.blurhash,
      focalPoint: [0.5, -0.25],
    });
    expect(body["@context"]).toContainEqual(expect.objectContaining({ blurhash: "toot:blurhash", toot: "http://joinmastodon.org/ns#" }));
  });

  it("a poll is a Question with its options, counts, end and voters", async () => {
    const single = await post(alice, { status: "Tea or coffee?", poll: { options: ["tea", "coffee"], expires_in: 3600 } });
    await api(t, bob.token, "POST", `/api/v1/polls/${single.poll.id}/votes`, { choices: [1] });
    const question = (await get(t, single.uri)).body;
    expect(question).toMatchObject({
      type: "Question",
      votersCount: 1,
      oneOf: [
        { type: "Note", name: "tea", replies: { type: "Collection", totalItems: 0 } },
        { type: "Note", name: "coffee", replies: { type: "Collection", totalItems: 1 } },
      ],
    });
    expect(Date.parse(question.endTime)).toBe(Date.parse(single.poll.expires_at));
    expect(question.closed).toBeUndefined();
    // Once ended, it says when.
    const ended = new Date(Date.now() - 60_000);
    await t.app.deps.db.poll.update({ where: { id: BigInt(single.poll.id) }, data: { expiresAt: ended } });
    expect(Date.parse((await get(t, single.uri)).body.closed)).toBe(ended.getTime());
    const multiple = await post(alice, { status: "Which?", poll: { options: ["a", "b", "c"], expires_in: 600, multiple: true } });
    const anyOf = (await get(t, multiple.uri)).body;
    expect(anyOf.anyOf.map((option: { name: string }) => option.name)).toEqual(["a", "b", "c"]);
    expect(anyOf.oneOf).toBeUndefined();
  });
});

describe("Tombstone and not found", () => {
  it("a deleted post answers 410 with a Tombstone", async () => {
    const status = await post(alice, { status: "Off with her head", visibility: "public" });
    await api(t, alice.token, "DELETE", `/api/v1/statuses/${status.id}`);
    const gone = await get(t, status.uri);
    expect(gone.status).toBe(410);
    expect(gone.headers.get("content-type")).toMatch(/^application\/activity\+json/);
    expect(gone.body).toMatchObject({ id: status.uri, type: "Tombstone", formerType: expect.stringMatching(/^(as:)?Note$/) });
    expect(new Date(gone.body.deleted).getTime()).toBeGreaterThan(0);
    expect(gone.text).not.toContain("Off with her head");
  });

  it("answers 404 for boosts, other people's paths, unknown ids and garbage; browsers get no JSON-LD", async () => {
    const status = await post(bob, { status: "Boost me", visibility: "public" });
    const boost = (await api(t, alice.token, "POST", `/api/v1/statuses/${status.id}/reblog`)).body;
    const paths = [
      `/users/${alice.name}/statuses/${boost.id}`,
      `/users/${alice.name}/statuses/${status.id}`,
      `/users/${bob.name}/statuses/99999999999`,
      `/users/${bob.name}/statuses/abc`,
      `/users/${bob.name}/statuses/${"9".repeat(40)}`,
      `/users/nobody/statuses/${status.id}`,
    ];
    for (const path of paths) expect((await get(t, path)).status, path).toBe(404);
    const html = await get(t, status.uri, "text/html");
    expect(html.headers.get("content-type") ?? "").not.toMatch(/json/);
    expect(html.text).not.toContain("Boost me");
  });

  it("statuses of a suspended account are not served", async () => {
    const dodo = await signUp(t, "dodo");
    const status = await post(dodo, { status: "Caucus race", visibility: "public" });
    await t.app.deps.db.account.update({ where: { id: BigInt(dodo.snowflake) }, data: { suspendedAt: new Date() } });
    expect((await get(t, status.uri)).status).toBe(404);
  });
});
