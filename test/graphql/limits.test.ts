// Bad and abusive requests get clear errors, never a 500 or a leaked internal message.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../support/app.js";
import { SubscribeHome } from "../support/documents.js";
import { follow, post, signUp, subscribe, wsClient } from "../support/world.js";
import { issueToken } from "../../src/services/auth/tokens.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

async function send(body: unknown, token?: string) {
  const response = await t.raw(body, token);
  return { status: response.status, json: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } };
}

describe("request limits and errors", () => {
  it("rejects queries nested too deeply", async () => {
    const nested = "status(id: \"1\") { inReplyTo { inReplyTo { inReplyTo { inReplyTo { inReplyTo { inReplyTo { inReplyTo { inReplyTo { inReplyTo { inReplyTo { inReplyTo { inReplyTo { id } } } } } } } } } } } } }";
    const { status, json } = await send({ query: `{ ${nested} }` });
    expect(status).toBeLessThan(500);
    expect(json.errors?.[0]?.message).toMatch(/depth/i);
    expect(json.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
    expect((json.data as { status?: unknown } | null)?.status ?? null).toBeNull();
  });

  it("rejects queries that are too expensive", async () => {
    const fields = Array.from({ length: 30 }, (_, i) => `p${i}: publicTimeline(first: 100) { edges { node { id content account { id } } } }`).join(" ");
    const { status, json } = await send({ query: `{ ${fields} }` });
    expect(status).toBeLessThan(500);
    expect(json.errors?.[0]?.message).toMatch(/complexity|breadth/i);
  });

  it("answers malformed GraphQL and unknown fields with a request error, not a 500", async () => {
    const broken = await send({ query: "{ viewer { " });
    expect(broken.status).toBeLessThan(500);
    expect(broken.json.errors?.[0]?.message).toMatch(/Syntax Error/);
    const unknown = await send({ query: "{ nope }" });
    expect(unknown.status).toBeLessThan(500);
    expect(unknown.json.errors?.[0]?.message).toMatch(/Cannot query field "nope"/);
  });

  it("answers a body that is not JSON with 400", async () => {
    const response = await t.app.fetch(
      new Request("http://localhost/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: "{not json" }),
    );
    expect(response.status).toBe(400);
  });

  it("asks for sign-in on viewer-only fields", async () => {
    const { json } = await send({ query: "{ homeTimeline(first: 1) { edges { cursor } } }" });
    expect(json.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const bogus = await send({ query: "{ homeTimeline(first: 1) { edges { cursor } } }" }, "not-a-token");
    expect(bogus.json.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("masks unexpected errors", async () => {
    const other = await startTestApp();
    const alice = await signUp(other, "masked");
    // Break the database under the running app: every query now fails inside Prisma.
    await other.app.deps.db.$executeRawUnsafe("ALTER TABLE home_feed RENAME TO home_feed_gone");
    const { status, json } = await (async () => {
      const response = await other.raw({ query: "{ homeTimeline(first: 5) { edges { cursor } } }" }, alice.token);
      return { status: response.status, json: (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] } };
    })();
    await other.app.deps.db.$executeRawUnsafe("ALTER TABLE home_feed_gone RENAME TO home_feed");
    await other.close();
    expect(status).toBe(200);
    expect(json.errors?.[0]?.message).toBe("Unexpected error.");
    expect(json.errors?.[0]?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
    expect(JSON.stringify(json)).not.toMatch(/home_feed|relation|prisma/i);
  });

  it("answers unknown paths with a JSON 404", async () => {
    const response = await t.app.fetch(new Request("http://localhost/nowhere"));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: "Not found" });
  });
});

describe("token scopes", () => {
  it("a token without the read scope may not read private timelines", async () => {
    const alice = await signUp(t, "scoped");
    const token = await issueToken(t.app.deps, BigInt(alice.snowflake), ["write"]);
    const { json } = await send({ query: "{ homeTimeline(first: 1) { edges { cursor } } }" }, token);
    expect(json.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const readable = await issueToken(t.app.deps, BigInt(alice.snowflake), ["read"]);
    const ok = await send({ query: "{ homeTimeline(first: 1) { edges { cursor } } }" }, readable);
    expect(ok.json.errors).toBeUndefined();
  });

  it("a token without the read scope reads as anonymous: no private statuses, no notifications", async () => {
    const author = await signUp(t, "private");
    const reader = await signUp(t, "writeonly");
    await follow(t, reader, author);
    const secret = await post(t, author, `for followers @${reader.name}`, { visibility: "PRIVATE" });
    await t.app.events.drain();
    const writeOnly = await issueToken(t.app.deps, BigInt(reader.snowflake), ["write"]);
    const asWriter = await send({ query: `{ status(id: "${secret.snowflake}") { id } }` }, writeOnly);
    expect(asWriter.json.data).toEqual({ status: null });
    const asReader = await send({ query: `{ status(id: "${secret.snowflake}") { id } }` }, reader.token);
    expect(asReader.json.data).toEqual({ status: { id: secret.id } });
    const notifications = await t.app.deps.db.notification.findMany({ where: { accountId: BigInt(reader.snowflake) } });
    const globalId = Buffer.from(`Notification:${notifications[0]!.id}`).toString("base64");
    const node = await send({ query: `{ node(id: "${globalId}") { id } }` }, writeOnly);
    expect(node.json.data).toEqual({ node: null });

    // Live, too: the home subscription asks for the read scope.
    const port = await t.app.listen();
    const client = wsClient(`ws://127.0.0.1:${port}/graphql`, writeOnly);
    const live = await subscribe(client, SubscribeHome);
    const refused = await live.next();
    expect(JSON.stringify(refused.errors)).toMatch(/FORBIDDEN|scope/);
    await client.dispose();
  });
});
