// Mastodon streaming with masto.js's streaming client: update, notification and delete
// events arrive on the streams they belong to, and only for those who may see them.
import { createRestAPIClient, createStreamingAPIClient } from "masto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startListeningApp, type TestApp } from "../support/app.js";
import { signUp, type Person } from "../support/world.js";

let t: TestApp;
let url: string;
beforeAll(async () => ({ t, url } = await startListeningApp()));
afterAll(() => t.close());

async function tokenFor(person: Person) {
  const app = await createRestAPIClient({ url }).v1.apps.create({ clientName: "streamer", redirectUris: "urn:ietf:wg:oauth:2.0:oob", scopes: "read write follow" });
  const response = await fetch(`${url}/oauth/token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ grant_type: "password", client_id: app.clientId, client_secret: app.clientSecret, username: `${person.name}@example.org`, password: "correct horse battery" }),
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

type Event = { event: string; stream: string[]; payload: unknown };

/** Reads a masto subscription event by event. */
function reader(subscription: AsyncIterable<Event>) {
  const queue: Event[] = [];
  const waiting: ((event: Event) => void)[] = [];
  void (async () => {
    for await (const event of subscription) {
      const waiter = waiting.shift();
      if (waiter) waiter(event);
      else queue.push(event);
    }
  })();
  return {
    next(ms = 5000): Promise<Event | null> {
      const ready = queue.shift();
      if (ready) return Promise.resolve(ready);
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(done), 1);
          resolve(null);
        }, ms);
        const done = (event: Event) => {
          clearTimeout(timer);
          resolve(event);
        };
        waiting.push(done);
      });
    },
  };
}

/** Posts probes until the stream shows one: masto subscribes lazily, with no acknowledgement. */
async function untilLive(events: ReturnType<typeof reader>, probe: () => Promise<string>) {
  for (let attempt = 0; attempt < 20; attempt++) {
    const id = await probe();
    await t.app.events.drain();
    for (let event = await events.next(500); event; event = await events.next(200)) {
      if (event.event === "update" && (event.payload as { id: string }).id === id) return;
    }
  }
  throw new Error("the stream never came alive");
}

describe("Mastodon streaming", () => {
  it("delivers update, notification and delete on the user stream, and tags on hashtag streams", async () => {
    const alice = await signUp(t, "streamalice");
    const bob = await signUp(t, "streambob");
    const aliceToken = await tokenFor(alice);
    const bobToken = await tokenFor(bob);
    const aliceApi = createRestAPIClient({ url, accessToken: aliceToken });
    const bobApi = createRestAPIClient({ url, accessToken: bobToken });
    await bobApi.v1.accounts.$select(alice.snowflake).follow();
    await t.app.events.drain();

    const health = await fetch(`${url}/api/v1/streaming/health`);
    expect(await health.text()).toBe("OK");

    const streaming = createStreamingAPIClient({ streamingApiUrl: url.replace(/^http/, "ws"), accessToken: bobToken });
    const user = reader(streaming.user.subscribe() as never);
    const tagged = reader(streaming.hashtag.subscribe({ tag: "Streams" }) as never);
    await untilLive(user, async () => (await bobApi.v1.statuses.create({ status: "probe #streams" })).id);
    while (await tagged.next(300)); // the probes also went to the hashtag stream

    const status = await aliceApi.v1.statuses.create({ status: `hello @${bob.name} #streams` });
    await t.app.events.drain();
    await aliceApi.v1.statuses.$select(status.id).remove();
    await t.app.events.drain();

    const events = [await user.next(), await user.next(), await user.next()].filter((e): e is Event => !!e);
    const byKind = Object.fromEntries(events.map((e) => [e.event, e]));
    expect(Object.keys(byKind).sort()).toEqual(["delete", "notification", "update"]);
    expect((byKind.update!.payload as { id: string }).id).toBe(status.id);
    expect(byKind.update!.stream).toEqual(["user"]);
    expect((byKind.notification!.payload as { type: string }).type).toBe("mention");
    expect(byKind.delete!.payload).toBe(status.id);
    const tag = await tagged.next();
    expect(tag?.stream).toEqual(["hashtag", "Streams"]);
    expect((tag?.payload as { id: string }).id).toBe(status.id);
    streaming.close();
  });

  it("never streams what the listener may not see", async () => {
    const carol = await signUp(t, "streamcarol");
    const eve = await signUp(t, "streameve");
    const carolApi = createRestAPIClient({ url, accessToken: await tokenFor(carol) });
    const streaming = createStreamingAPIClient({ streamingApiUrl: url.replace(/^http/, "ws"), accessToken: await tokenFor(eve) });
    const local = reader(streaming.public.local.subscribe() as never);
    await untilLive(local, async () => (await carolApi.v1.statuses.create({ status: "probe" })).id);
    await carolApi.v1.statuses.create({ status: "followers only", visibility: "private" });
    const open = await carolApi.v1.statuses.create({ status: "for everyone", visibility: "public" });
    await t.app.events.drain();
    const got = [await local.next(2000), await local.next(500)].filter((e): e is Event => !!e);
    expect(got.map((e) => (e.payload as { id: string }).id)).toEqual([open.id]);
    streaming.close();
  });

  it("refuses a bad token and unknown streams", async () => {
    const refused = await new Promise<number>((resolve) => {
      const socket = new WebSocket(`${url.replace(/^http/, "ws")}/api/v1/streaming?stream=user`, "not-a-token");
      socket.addEventListener("close", (event) => resolve(event.code));
    });
    expect(refused).toBe(4401);
    const anonymous = new WebSocket(`${url.replace(/^http/, "ws")}/api/v1/streaming`);
    await new Promise((r) => anonymous.addEventListener("open", r));
    const answer = new Promise<string>((resolve) => anonymous.addEventListener("message", (event) => resolve(String(event.data))));
    anonymous.send(JSON.stringify({ type: "subscribe", stream: "user" }));
    expect(JSON.parse(await answer)).toEqual({ error: "Missing access token" });
    anonymous.close();
  });
});

describe("revoking a token", () => {
  it("closes the streams opened with it", async () => {
    const pat = await signUp(t, "streampat");
    const app = await createRestAPIClient({ url }).v1.apps.create({ clientName: "revoker", redirectUris: "urn:ietf:wg:oauth:2.0:oob", scopes: "read" });
    const issued = await fetch(`${url}/oauth/token`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ grant_type: "password", client_id: app.clientId, client_secret: app.clientSecret, username: `${pat.name}@example.org`, password: "correct horse battery" }),
    });
    const { access_token } = (await issued.json()) as { access_token: string };
    const socket = new WebSocket(`${url.replace(/^http/, "ws")}/api/v1/streaming?stream=user`, access_token);
    const closed = new Promise<number>((resolve) => socket.addEventListener("close", (event) => resolve(event.code)));
    await new Promise((r) => socket.addEventListener("open", r));
    await new Promise((r) => setTimeout(r, 100)); // the server has authenticated it
    const revoked = await fetch(`${url}/oauth/revoke`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ client_id: app.clientId, client_secret: app.clientSecret, token: access_token }),
    });
    expect(revoked.status).toBe(200);
    await t.app.events.drain();
    expect(await closed).toBe(4401);
  });
});
