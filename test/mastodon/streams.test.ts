// More Mastodon streams over a raw WebSocket: direct (conversation events), public:remote,
// the :media variants and hashtag:local.
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startListeningApp, type TestApp } from "../support/app.js";
import { mastoClient, passwordToken } from "../support/masto.js";
import { signUp } from "../support/world.js";

let t: TestApp;
let url: string;
beforeAll(async () => ({ t, url } = await startListeningApp()));
afterAll(() => t.close());

type Message = { event?: string; stream?: string[]; payload?: string; error?: string };

/** A streaming connection whose messages can be awaited; the stream is live once a probe shows up. */
async function open(query: string, token?: string) {
  const socket = new WebSocket(`${url.replace(/^http/, "ws")}/api/v1/streaming?${query}`, token ? [token] : []);
  const messages: Message[] = [];
  socket.addEventListener("message", (event) => messages.push(JSON.parse(String(event.data)) as Message));
  await new Promise((resolve) => socket.addEventListener("open", resolve));
  return {
    messages,
    /** Waits until a message passes the test, or gives up after `ms`. */
    async until(test: (m: Message) => boolean, ms = 3000): Promise<Message | undefined> {
      const end = Date.now() + ms;
      while (Date.now() < end) {
        const found = messages.find(test);
        if (found) return found;
        await new Promise((r) => setTimeout(r, 25));
      }
      return undefined;
    },
    close: () => socket.close(),
  };
}

const payloadId = (m: Message) => (JSON.parse(m.payload ?? "{}") as { id?: string; last_status?: { id: string } });

const image = async () =>
  new Blob([new Uint8Array(await sharp({ create: { width: 8, height: 8, channels: 3, background: "#000" } }).png().toBuffer())], { type: "image/png" });

describe("more streams", () => {
  it("sends conversation events on the direct stream to the people in it", async () => {
    const amy = await signUp(t, "directamy");
    const bea = await signUp(t, "directbea");
    const cyd = await signUp(t, "directcyd");
    const [amyApi] = await Promise.all([mastoClient(url, amy)]);
    const beaStream = await open("stream=direct", await passwordToken(url, bea));
    const cydStream = await open("stream=direct", await passwordToken(url, cyd));
    let last = "";
    // The stream subscribes as the socket opens; retry until the first message lands.
    for (let i = 0; i < 10 && !(await beaStream.until((m) => payloadId(m).last_status?.id === last, 500)); i++) {
      last = (await amyApi.v1.statuses.create({ status: `@${bea.name} psst ${i}`, visibility: "direct" })).id;
      await t.app.events.drain();
    }
    const event = await beaStream.until((m) => payloadId(m).last_status?.id === last);
    expect(event).toMatchObject({ event: "conversation", stream: ["direct"] });
    expect(JSON.parse(event!.payload!)).toMatchObject({ unread: true, accounts: [{ id: amy.snowflake }] });
    expect(cydStream.messages).toEqual([]);
    beaStream.close();
    cydStream.close();
    const anonymous = await open("stream=direct");
    expect(await anonymous.until((m) => m.error !== undefined)).toEqual({ error: "Missing access token" });
    anonymous.close();
  });

  it("filters public streams by origin and media, and hashtag:local by origin", async () => {
    const dee = await signUp(t, "streamdee");
    const api = await mastoClient(url, dee);
    const local = await open("stream=public:local:media");
    const remote = await open("stream=public:remote");
    const tagLocal = await open("stream=hashtag:local&tag=Cats");
    const media = await api.v2.media.create({ file: await image() });
    let withMedia = "";
    for (let i = 0; i < 10 && !(await local.until((m) => payloadId(m).id === withMedia, 500)); i++) {
      await api.v1.statuses.create({ status: `words only ${i} #cats` });
      withMedia = (await api.v1.statuses.create({ status: `with a picture ${i}`, mediaIds: i === 0 ? [media.id] : [(await api.v2.media.create({ file: await image() })).id] })).id;
      await t.app.events.drain();
    }
    const updates = local.messages.filter((m) => m.event === "update");
    expect(updates.length).toBeGreaterThan(0);
    expect(updates.every((m) => JSON.parse(m.payload!).media_attachments.length === 1)).toBe(true);
    expect(updates[0]!.stream).toEqual(["public:local:media"]);
    const tagged = await tagLocal.until((m) => m.event === "update");
    expect(tagged?.stream).toEqual(["hashtag:local", "Cats"]);
    // Every status here is local: the remote stream stays quiet.
    expect(remote.messages.filter((m) => m.event === "update")).toEqual([]);
    for (const s of [local, remote, tagLocal]) s.close();
  });
});

describe("odd streaming messages", () => {
  it("answers messages of the wrong shape with an error and keeps serving", async () => {
    const send = (text: string) => raw.send(text);
    const raw = new WebSocket(`${url.replace(/^http/, "ws")}/api/v1/streaming`);
    const got: Message[] = [];
    raw.addEventListener("message", (event) => got.push(JSON.parse(String(event.data)) as Message));
    await new Promise((resolve) => raw.addEventListener("open", resolve));
    for (const text of ["null", "5", '"x"', '{"type":"subscribe","stream":"hashtag","tag":{}}', '{"type":"subscribe","stream":"hashtag","tag":5}',
      '{"type":"subscribe","stream":"list","list":{}}', '{"type":"subscribe","stream":{"a":1}}']) send(text);
    send('{"type":"subscribe","stream":"nope"}');
    const end = Date.now() + 3000;
    while (Date.now() < end && !got.some((m) => m.error === "Unknown stream type")) await new Promise((r) => setTimeout(r, 25));
    expect(got.some((m) => m.error === "Unknown stream type")).toBe(true);
    raw.close();
  });
});

describe("origin of edits on streams", () => {
  it("sends an edit of a local status on public:local, never on public:remote", async () => {
    const eve = await signUp(t, "streameve");
    const api = await mastoClient(url, eve);
    const all = await open("stream=public");
    const local = await open("stream=public:local");
    const remote = await open("stream=public:remote");
    let id = "";
    for (let i = 0; i < 10 && !(await all.until((m) => m.event === "update" && payloadId(m).id === id, 500)); i++) {
      id = (await api.v1.statuses.create({ status: `to be edited ${i}` })).id;
      await t.app.events.drain();
    }
    await api.v1.statuses.$select(id).update({ status: "edited" });
    await t.app.events.drain();
    expect(await all.until((m) => m.event === "status.update" && payloadId(m).id === id)).toBeDefined();
    expect(await local.until((m) => m.event === "status.update" && payloadId(m).id === id)).toBeDefined();
    await new Promise((r) => setTimeout(r, 300));
    expect(remote.messages.filter((m) => m.event === "status.update")).toEqual([]);
    for (const s of [all, local, remote]) s.close();
  });
});
