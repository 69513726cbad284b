// reject_media: B's admin rejects the media of A's server (a noop block with reject_media).
// A's post with an image reaches B as a status whose attachment is a link only (type unknown,
// remote_url, no preview, no file here) and A's person has no avatar on B; the same post and
// avatar from C, whose media is not rejected, keep their image. Nothing is fetched from the
// media host either way (remote media is served from its own URL, never copied).
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { signRequest } from "@fedify/fedify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "../../src/core/ids.js";
import { forgetDomainBlocks } from "../../src/services/domains/policy.js";
import { api, get, PUBLIC } from "../support/activitypub.js";
import { startListeningApp, type TestApp } from "../support/app.js";
import { signUp, type Person } from "../support/world.js";

let a: TestApp;
let b: TestApp;
let c: TestApp;
let hostA: string;
let alice: Person;
let bob: Person;
let carol: Person;
let mediaHost: Server;
let mediaOrigin: string;
const mediaHits: string[] = [];

beforeAll(async () => {
  mediaHost = createServer((request, response) => {
    mediaHits.push(request.url ?? "");
    response.writeHead(200, { "content-type": "image/png" }).end(Buffer.from("89504e470d0a1a0a", "hex"));
  });
  await new Promise<void>((resolve) => mediaHost.listen(0, "127.0.0.1", resolve));
  mediaOrigin = `http://127.0.0.1:${(mediaHost.address() as AddressInfo).port}`;
  const env = { ALLOW_PRIVATE_NETWORK: "true" };
  const started = await Promise.all([startListeningApp(env), startListeningApp(env), startListeningApp(env)]);
  [a, b, c] = started.map((s) => s.t) as [TestApp, TestApp, TestApp];
  hostA = new URL(started[0]!.url).host;
  [alice, bob, carol] = await Promise.all([signUp(a, "alice"), signUp(b, "bob"), signUp(c, "carol")]);
  // Both senders have an avatar (on the media host); B rejects A's media before hearing from A.
  await a.app.deps.db.account.update({ where: { id: BigInt(alice.snowflake) }, data: { avatarUrl: `${mediaOrigin}/avatars/alice.png` } });
  await c.app.deps.db.account.update({ where: { id: BigInt(carol.snowflake) }, data: { avatarUrl: `${mediaOrigin}/avatars/carol.png` } });
  await b.app.deps.db.domainBlock.create({ data: { id: newId(), domain: hostA, severity: "NOOP", rejectMedia: true } });
  forgetDomainBlocks(b.app.deps);
});
afterAll(async () => {
  await Promise.all([a?.close(), b?.close(), c?.close()]);
  await new Promise((resolve) => mediaHost?.close(resolve));
});

const actorOf = (t: TestApp, who: Person) => `${t.app.config.publicUrl}/users/${who.name}`;

/** `who`'s activity on `t` POSTed to bob's inbox on B, signed with their key. */
async function postToBob(t: TestApp, who: Person, activity: Record<string, unknown>) {
  const [rsa] = await t.app.activityPub.keys.account(BigInt(who.snowflake));
  const keyId = (await get(t, `/users/${who.name}`)).body.publicKey.id as string;
  const request = new Request(`${actorOf(b, bob)}/inbox`, {
    method: "POST",
    headers: { "content-type": "application/activity+json" },
    body: JSON.stringify({ "@context": ["https://www.w3.org/ns/activitystreams", { blurhash: "toot:blurhash", toot: "http://joinmastodon.org/ns#", Emoji: "toot:Emoji" }], ...activity }),
  });
  const signed = await signRequest(request, rsa!.privateKey, new URL(keyId), { spec: "draft-cavage-http-signatures-12" });
  return b.app.fetch(signed);
}

/** Until B has no event handler running and no job left to run. */
async function settle(t: TestApp) {
  const until = Date.now() + 15_000;
  for (;;) {
    await t.app.events.drain();
    if ((await t.app.deps.db.job.count({ where: { failedAt: null } })) === 0) return;
    if (Date.now() > until) throw new Error("queue did not run dry");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** `who` on `t` posts a note with one PNG to bob; B's Mastodon API shows it to bob. */
async function photoFrom(t: TestApp, who: Person, name: string) {
  const me = actorOf(t, who);
  const note = {
    id: `${me}/statuses/${name}`,
    type: "Note",
    attributedTo: me,
    content: `<p>look: ${name} :blobcat:</p>`,
    to: [PUBLIC],
    cc: [actorOf(b, bob)],
    tag: [
      { type: "Emoji", name: ":blobcat:", icon: { type: "Image", mediaType: "image/png", url: `${mediaOrigin}/emoji/blobcat.png` } },
      { type: "Emoji", name: ":unused:", icon: { type: "Image", mediaType: "image/png", url: `${mediaOrigin}/emoji/unused.png` } },
    ],
    attachment: [{
      type: "Document",
      mediaType: "image/png",
      url: `${mediaOrigin}/files/${name}.png`,
      name: `alt of ${name}`,
      blurhash: "UBL_:rOpGG-oBUNG,qRj2so|=eE1w^n4S5NH",
      width: 640,
      height: 480,
    }],
  };
  const answer = await postToBob(t, who, { id: `${me}#create-${name}`, type: "Create", actor: me, to: note.to, cc: note.cc, object: note });
  expect(answer.status).toBe(202);
  await settle(b);
  const stored = await b.app.deps.db.status.findUniqueOrThrow({ where: { uri: note.id } });
  return (await api(b, bob.token, "GET", `/api/v1/statuses/${stored.id}`)).body;
}

describe("reject_media", () => {
  it("keeps a rejected server's attachments as links and its avatars out; another server's stay", async () => {
    const rejected = await photoFrom(a, alice, "from-a");
    const [link] = rejected.media_attachments;
    expect(rejected.media_attachments).toHaveLength(1);
    expect(link).toMatchObject({
      type: "unknown",
      url: `${mediaOrigin}/files/from-a.png`,
      remote_url: `${mediaOrigin}/files/from-a.png`,
      preview_url: null,
      description: "alt of from-a",
    });
    expect(link.meta.original).toBeUndefined();
    // Its custom emoji stay text, as on Mastodon.
    expect(rejected.emojis).toEqual([]);
    // No file here, only the link.
    const rows = await b.app.deps.db.mediaAttachment.findMany({ where: { statusId: BigInt(rejected.id) } });
    expect(rows.map((row) => ({ type: row.type, fileKey: row.fileKey, previewKey: row.previewKey, fileSize: row.fileSize }))).toEqual([
      { type: "UNKNOWN", fileKey: null, previewKey: null, fileSize: 0 },
    ]);
    // A's person has no avatar on B (the default one is shown).
    expect(rejected.account.avatar).toMatch(/\/avatars\/original\/missing\.png$/);
    expect((await b.app.deps.db.account.findUniqueOrThrow({ where: { uri: actorOf(a, alice) } })).avatarUrl).toBeNull();

    const kept = await photoFrom(c, carol, "from-c");
    expect(kept.media_attachments).toHaveLength(1);
    expect(kept.media_attachments[0]).toMatchObject({
      type: "image",
      url: `${mediaOrigin}/files/from-c.png`,
      remote_url: `${mediaOrigin}/files/from-c.png`,
      preview_url: `${mediaOrigin}/files/from-c.png`,
      description: "alt of from-c",
      meta: { original: { width: 640, height: 480 } },
    });
    expect(kept.account.avatar).toBe(`${mediaOrigin}/avatars/carol.png`);
    // The emoji the text uses (not the one it only names), its image on its server.
    expect(kept.emojis).toEqual([{ shortcode: "blobcat", url: `${mediaOrigin}/emoji/blobcat.png`, static_url: `${mediaOrigin}/emoji/blobcat.png`, visible_in_picker: false }]);
    const query = `{ status(id: "${kept.id}") { emojis { shortcode url } account { emojis { shortcode } } } }`;
    const { data } = (await (await b.raw({ query }, bob.token)).json()) as { data: { status: unknown } };
    expect(data.status).toEqual({ emojis: [{ shortcode: "blobcat", url: `${mediaOrigin}/emoji/blobcat.png` }], account: { emojis: [] } });

    // Nothing was downloaded from the media host for either.
    expect(mediaHits).toEqual([]);
  });

  it("an edit from the rejected server keeps its new attachment a link too", async () => {
    const me = actorOf(a, alice);
    const id = `${me}/statuses/from-a`;
    const note = {
      id,
      type: "Note",
      attributedTo: me,
      content: "<p>look again</p>",
      to: [PUBLIC],
      cc: [actorOf(b, bob)],
      updated: new Date(Date.now() + 1000).toISOString(),
      attachment: [{ type: "Image", mediaType: "image/jpeg", url: `${mediaOrigin}/files/edited.jpg`, width: 10, height: 10 }],
    };
    expect((await postToBob(a, alice, { id: `${me}#update-1`, type: "Update", actor: me, to: note.to, object: note })).status).toBe(202);
    await settle(b);
    const stored = await b.app.deps.db.status.findUniqueOrThrow({ where: { uri: id } });
    const shown = (await api(b, bob.token, "GET", `/api/v1/statuses/${stored.id}`)).body;
    expect(shown.content).toContain("look again");
    expect(shown.media_attachments).toMatchObject([{ type: "unknown", remote_url: `${mediaOrigin}/files/edited.jpg`, preview_url: null }]);
    expect(mediaHits).toEqual([]);
  });
});
