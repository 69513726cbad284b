// Media uploads through the Mastodon API with masto.js: processing (orientation, metadata,
// preview, blurhash), serving, alt text and focus, attaching to statuses, and bad input.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeOrphanMedia } from "../../src/services/media/update.js";
import { startListeningApp, type TestApp } from "../support/app.js";
import { mastoClient, passwordToken } from "../support/masto.js";
import { signUp } from "../support/world.js";

let t: TestApp;
let url: string;
beforeAll(async () => ({ t, url } = await startListeningApp()));
afterAll(() => t.close());

/** A 400×200 photo stored sideways (EXIF orientation 6) with camera metadata. */
async function sidewaysPhoto(): Promise<Blob> {
  const data = await sharp({ create: { width: 400, height: 200, channels: 3, background: { r: 200, g: 40, b: 40 } } })
    .jpeg()
    .withMetadata({ orientation: 6, exif: { IFD0: { Make: "SecretCam", Model: "X1" } } })
    .toBuffer();
  return new Blob([new Uint8Array(data)], { type: "image/jpeg" });
}

const files = () => {
  const dir = join(t.app.config.dataDir, "media");
  try {
    return readdirSync(dir, { recursive: true }).length;
  } catch {
    return 0;
  }
};

async function upload(token: string, form: FormData, path = "/api/v2/media") {
  return fetch(`${url}${path}`, { method: "POST", headers: { authorization: `Bearer ${token}` }, body: form });
}

describe("media", () => {
  it("uploads an image, serves it upright without metadata, and posts it", async () => {
    const alice = await signUp(t, "mediaalice");
    const bob = await signUp(t, "mediabob");
    const [aliceApi, bobApi] = await Promise.all([mastoClient(url, alice), mastoClient(url, bob)]);

    const media = await aliceApi.v2.media.create({ file: await sidewaysPhoto(), description: "A red square", focus: "0.5,-0.25" });
    expect(media).toMatchObject({ type: "image", description: "A red square", remoteUrl: null });
    expect(media.meta?.original).toMatchObject({ width: 200, height: 400, size: "200x400", aspect: 0.5 });
    expect(media.meta?.focus).toEqual({ x: 0.5, y: -0.25 });
    expect(media.blurhash).toMatch(/^[0-9A-Za-z#$%*+,-.:;=?@[\]^_{|}~]{6,}$/);
    // Not guessable from the id: a random part follows it.
    expect(media.url).toMatch(new RegExp(`^${url}/system/media/${media.id}/[0-9a-f]{24}/original\\.jpg$`));

    const original = await fetch(media.url!);
    expect(original.status).toBe(200);
    expect(original.headers.get("content-type")).toBe("image/jpeg");
    expect(original.headers.get("x-content-type-options")).toBe("nosniff");
    const served = await sharp(Buffer.from(await original.arrayBuffer())).metadata();
    expect({ width: served.width, height: served.height, orientation: served.orientation, exif: served.exif }).toEqual({
      width: 200, height: 400, orientation: undefined, exif: undefined,
    });
    const preview = await fetch(media.previewUrl!);
    expect(preview.headers.get("content-type")).toBe("image/webp");
    const small = await sharp(Buffer.from(await preview.arrayBuffer())).metadata();
    expect(small.height).toBe(400); // small images keep their size

    // Alt text can change until it is posted.
    const fixed = await aliceApi.v1.media.$select(media.id).update({ description: "A red rectangle", focus: "0,0" });
    expect(fixed).toMatchObject({ description: "A red rectangle" });
    expect((await aliceApi.v1.media.$select(media.id).fetch()).meta?.focus).toEqual({ x: 0, y: 0 });

    const status = await aliceApi.v1.statuses.create({ status: "", mediaIds: [media.id], sensitive: true, spoilerText: "red" });
    expect(status.mediaAttachments.map((m) => m.id)).toEqual([media.id]);
    expect(status).toMatchObject({ sensitive: true, spoilerText: "red", content: "" });
    const seen = await bobApi.v1.statuses.$select(status.id).fetch();
    expect(seen.mediaAttachments[0]).toMatchObject({ id: media.id, description: "A red rectangle", url: media.url });
    // Posted media is edited through the status; the upload is no longer the owner's to change alone.
    const late = await fetch(`${url}/api/v1/media/${media.id}`, {
      method: "PUT", headers: { authorization: `Bearer ${await passwordToken(url, alice)}`, "content-type": "application/json" },
      body: JSON.stringify({ description: "late" }),
    });
    expect(late.status).toBe(404);
    await expect(aliceApi.v1.media.$select(media.id).fetch()).rejects.toThrow(/not found/i);
    const edited = await aliceApi.v1.statuses.$select(status.id).update({
      status: "now with words", mediaIds: [media.id], mediaAttributes: [{ id: media.id, description: "Edited alt" }],
    });
    expect(edited.mediaAttachments[0]).toMatchObject({ id: media.id, description: "Edited alt" });
    // Someone else's upload is not found.
    await expect(bobApi.v1.media.$select(media.id).fetch()).rejects.toThrow();
    // The home timeline carries the media too (one query for the page).
    await aliceApi.v1.accounts.$select(bob.snowflake).follow();
    await bobApi.v1.accounts.$select(alice.snowflake).follow();
    await t.app.events.drain();
    const home = await bobApi.v1.timelines.home.list();
    expect(home.find((s) => s.id === status.id)?.mediaAttachments[0]?.id).toBe(media.id);
  });

  it("gives uploads back on delete-and-redraft, and cleans up unposted ones", async () => {
    const carol = await signUp(t, "mediacarol");
    const api = await mastoClient(url, carol);
    const media = await api.v2.media.create({ file: await sidewaysPhoto() });
    const status = await api.v1.statuses.create({ status: "first try", mediaIds: [media.id] });
    const deleted = await api.v1.statuses.$select(status.id).remove();
    expect(deleted.mediaAttachments.map((m) => m.id)).toEqual([media.id]);
    const again = await api.v1.statuses.create({ status: "second try", mediaIds: [media.id] });
    expect(again.mediaAttachments.map((m) => m.id)).toEqual([media.id]);

    const stray = await api.v2.media.create({ file: await sidewaysPhoto() });
    const before = files();
    expect(await removeOrphanMedia(t.app.deps, 0)).toBeGreaterThanOrEqual(1);
    expect(await t.app.deps.db.mediaAttachment.findUnique({ where: { id: BigInt(stray.id) } })).toBeNull();
    expect(await t.app.deps.db.mediaAttachment.findUnique({ where: { id: BigInt(media.id) } })).not.toBeNull();
    expect(files()).toBeLessThan(before);
    expect((await fetch(stray.url!)).status).toBe(404);
    expect((await fetch(media.url!)).status).toBe(200);
  });

  it("keeps audio and video as sent", async () => {
    const dave = await signUp(t, "mediadave");
    const api = await mastoClient(url, dave);
    const clip = new Blob([new Uint8Array(2048).fill(7)], { type: "video/mp4" });
    const media = await api.v2.media.create({ file: clip, description: "a clip" });
    expect(media).toMatchObject({ type: "video", previewUrl: null, description: "a clip" });
    const served = await fetch(media.url!);
    expect(served.headers.get("content-type")).toBe("video/mp4");
    expect((await served.arrayBuffer()).byteLength).toBe(2048);
    // Players fetch parts: a range answers 206 with just those bytes.
    const part = await fetch(media.url!, { headers: { range: "bytes=100-199" } });
    expect([part.status, part.headers.get("content-range"), (await part.arrayBuffer()).byteLength]).toEqual([206, "bytes 100-199/2048", 100]);
    const tail = await fetch(media.url!, { headers: { range: "bytes=-48" } });
    expect([tail.status, tail.headers.get("content-range")]).toEqual([206, "bytes 2000-2047/2048"]);
    expect((await fetch(media.url!, { headers: { range: "bytes=5000-" } })).status).toBe(416);
    const status = await api.v1.statuses.create({ status: "watch", mediaIds: [media.id] });
    expect(status.mediaAttachments[0]!.type).toBe("video");
  });

  it("refuses bad uploads with 422 and writes nothing", async () => {
    const erin = await signUp(t, "mediaerin");
    const token = await passwordToken(url, erin);
    const rows = await t.app.deps.db.mediaAttachment.count();
    const stored = files();
    const form = (parts: Record<string, string | Blob>) => {
      const data = new FormData();
      for (const [key, value] of Object.entries(parts)) data.append(key, value);
      return data;
    };
    const cases: [FormData, RegExp][] = [
      [form({ description: "no file" }), /file is missing/],
      [form({ file: new Blob(["hello"], { type: "text/plain" }) }), /not supported/],
      [form({ file: new Blob([new Uint8Array(100).fill(1)], { type: "image/png" }) }), /not an image/],
      [form({ file: new Blob([], { type: "image/png" }) }), /empty/],
      [form({ file: new Blob([new Uint8Array(16 * 1024 * 1024 + 1)], { type: "image/png" }) }), /too large/],
      [form({ file: await sidewaysPhoto(), description: "x".repeat(1501) }), /Description is too long/],
      [form({ file: await sidewaysPhoto(), focus: "2,0" }), /Focus/],
    ];
    for (const [body, message] of cases) {
      const response = await upload(token, body);
      expect(response.status).toBe(422);
      expect(((await response.json()) as { error: string }).error).toMatch(message);
    }
    expect((await upload("", form({ file: await sidewaysPhoto() }))).status).toBe(401);
    const readOnly = await passwordToken(url, erin, "read");
    expect((await upload(readOnly, form({ file: await sidewaysPhoto() }))).status).toBe(403);
    expect(await t.app.deps.db.mediaAttachment.count()).toBe(rows);
    expect(files()).toBe(stored);
    const missing = await fetch(`${url}/api/v1/media/123`, { headers: { authorization: `Bearer ${token}` } });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: "Media not found" });
  });

  it("refuses statuses with media that is not theirs to attach, and writes nothing", async () => {
    const frank = await signUp(t, "mediafrank");
    const gina = await signUp(t, "mediagina");
    const [frankApi, ginaApi] = await Promise.all([mastoClient(url, frank), mastoClient(url, gina)]);
    const ginas = await ginaApi.v2.media.create({ file: await sidewaysPhoto() });
    const mine = await Promise.all([1, 2, 3, 4, 5].map(async () => (await frankApi.v2.media.create({ file: await sidewaysPhoto() })).id));
    const token = await passwordToken(url, frank);
    const statuses = await t.app.deps.db.status.count();
    const post = (body: unknown) =>
      fetch(`${url}/api/v1/statuses`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify(body) });
    const cases: [unknown, RegExp][] = [
      [{ status: "hers", media_ids: [ginas.id] }, /not found or already attached/],
      [{ status: "too many", media_ids: mine }, /more than 4/],
      [{ status: "both", media_ids: [mine[0]], poll: { options: ["a", "b"], expires_in: 3600 } }, /poll/],
      [{ status: "bad id", media_ids: ["abc"] }, /not an id/],
      [{ status: "", media_ids: [] }, /can't be blank/],
    ];
    for (const [body, message] of cases) {
      const response = await post(body);
      expect(response.status).toBe(422);
      expect(((await response.json()) as { error: string }).error).toMatch(message);
    }
    expect(await t.app.deps.db.status.count()).toBe(statuses);
    expect(await t.app.deps.db.mediaAttachment.count({ where: { id: { in: mine.map(BigInt) }, statusId: { not: null } } })).toBe(0);
  });
});

describe("avatar and header", () => {
  it("sets, crops and removes them through update_credentials", async () => {
    const hana = await signUp(t, "avatarhana");
    const api = await mastoClient(url, hana);
    const updated = await api.v1.accounts.updateCredentials({ avatar: await sidewaysPhoto(), header: await sidewaysPhoto(), displayName: "Hana" });
    expect(updated.avatar).toMatch(new RegExp(`^${url}/system/media/accounts/`));
    const avatar = await sharp(Buffer.from(await (await fetch(updated.avatar)).arrayBuffer())).metadata();
    const header = await sharp(Buffer.from(await (await fetch(updated.header)).arrayBuffer())).metadata();
    expect([avatar.width, avatar.height, header.width, header.height]).toEqual([400, 400, 1500, 500]);
    expect((await api.v1.accounts.$select(hana.snowflake).fetch()).avatar).toBe(updated.avatar);

    // A bad image changes nothing, not even the other fields sent with it.
    const token = await passwordToken(url, hana);
    const form = new FormData();
    form.append("display_name", "Changed");
    form.append("avatar", new Blob(["not an image"], { type: "image/png" }));
    const refused = await fetch(`${url}/api/v1/accounts/update_credentials`, { method: "PATCH", headers: { authorization: `Bearer ${token}` }, body: form });
    expect(refused.status).toBe(422);
    expect(await api.v1.accounts.verifyCredentials()).toMatchObject({ displayName: "Hana", avatar: updated.avatar });

    const removed = await fetch(`${url}/api/v1/profile/avatar`, { method: "DELETE", headers: { authorization: `Bearer ${token}` } });
    expect(((await removed.json()) as { avatar: string }).avatar).toMatch(/missing\.png$/);
    expect((await fetch(updated.avatar)).status).toBe(404); // the replaced file is gone
  });
});

describe("only_media", () => {
  it("keeps statuses with media in public, hashtag and account timelines", async () => {
    const ivy = await signUp(t, "onlymediaivy");
    const api = await mastoClient(url, ivy);
    const media = await api.v2.media.create({ file: await sidewaysPhoto() });
    const plain = await api.v1.statuses.create({ status: "words #gallery" });
    const pictured = await api.v1.statuses.create({ status: "picture #gallery", mediaIds: [media.id] });
    const anonymous = (await import("masto")).createRestAPIClient({ url });
    const publicIds = (await anonymous.v1.timelines.public.list({ onlyMedia: true, limit: 40 })).map((s) => s.id);
    expect(publicIds).toContain(pictured.id);
    expect(publicIds).not.toContain(plain.id);
    expect((await anonymous.v1.timelines.public.list({ limit: 40 })).map((s) => s.id)).toContain(plain.id);
    expect((await anonymous.v1.timelines.tag.$select("gallery").list({ onlyMedia: true })).map((s) => s.id)).toEqual([pictured.id]);
    expect((await anonymous.v1.timelines.tag.$select("gallery").list({ local: true })).map((s) => s.id)).toEqual([pictured.id, plain.id]);
    expect((await anonymous.v1.accounts.$select(ivy.snowflake).statuses.list({ onlyMedia: true })).map((s) => s.id)).toEqual([pictured.id]);
    // Every status here is ours: nothing from other servers.
    expect(await anonymous.v1.timelines.public.list({ remote: true })).toEqual([]);
  });
});
