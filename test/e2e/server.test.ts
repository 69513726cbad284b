// End to end: the real server process on the embedded PostgreSQL, driven over HTTP and
// graphql-ws as a frontend would.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { print } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CreateStatus, Follow, HomeTimeline, Register, SubscribeHome } from "../support/documents.js";
import type { HomeTimelineQuery } from "../generated/graphql.js";
import { startServer, type ServerProcess } from "../support/server-process.js";
import { subscribe, wsClient } from "../support/world.js";

let server: ServerProcess;
let dataDir: string;
let base: string;

async function gql<T, V>(document: TypedDocumentNode<T, V>, variables: V, token?: string) {
  const response = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: print(document), variables }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { data: T; errors?: unknown[] };
}

async function register(username: string) {
  const result = await gql(Register, { username, email: `${username}@example.org`, password: "a long password" });
  const payload = result.data.register;
  if (payload.__typename !== "MutationRegisterSuccess") throw new Error(JSON.stringify(result));
  return payload.data;
}

async function postAs(token: string, text: string) {
  const result = await gql(CreateStatus, { text }, token);
  const payload = result.data.createStatus;
  if (payload.__typename !== "MutationCreateStatusSuccess") throw new Error(JSON.stringify(result));
  return payload.data.snowflake;
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "fedigraph-e2e-"));
  server = await startServer({ DATA_DIR: dataDir });
  base = `http://127.0.0.1:${server.port}`;
});

afterAll(async () => {
  if (server.child.exitCode === null) {
    server.child.kill("SIGKILL");
    await server.exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
});

describe("the real server", () => {
  it("answers health and readiness", async () => {
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: "ok" });
    expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ status: "ready" });
  });

  it("registers, follows, delivers a post live, and pages home both ways", async () => {
    const alice = await register("alice");
    const bob = await register("bob");
    const followed = await gql(Follow, { accountId: alice.account.id }, bob.token);
    expect(followed.data.follow.__typename).toBe("MutationFollowSuccess");

    const client = wsClient(`ws://127.0.0.1:${server.port}/graphql`, bob.token);
    const live = await subscribe(client, SubscribeHome);
    const first = await postAs(alice.token, "Hello from Alice");
    const pushed = await live.next(10_000);
    expect(pushed.errors).toBeUndefined();
    expect(pushed.data?.homeTimeline).toMatchObject({ kind: "UPDATE", statusId: first });
    expect(pushed.data?.homeTimeline.status).toMatchObject({ content: "<p>Hello from Alice</p>", account: { username: "alice" } });
    await live.close();
    await client.dispose();

    const posted = [first];
    for (let i = 1; i <= 6; i++) posted.push(await postAs(alice.token, `post ${i}`));
    // Fan-out is asynchronous: wait until home holds every post.
    let newestFirst: string[] = [];
    for (let tries = 0; tries < 100 && newestFirst.length < posted.length; tries++) {
      const home = await gql(HomeTimeline, { first: 20 }, bob.token);
      newestFirst = home.data.homeTimeline.edges.map((e) => e.node.snowflake);
      if (newestFirst.length < posted.length) await new Promise((r) => setTimeout(r, 50));
    }
    expect(newestFirst).toEqual([...posted].reverse());

    // Forward: pages of 3, newest first.
    const forward: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { data: HomeTimelineQuery } = await gql(HomeTimeline, { first: 3, after }, bob.token);
      forward.push(...page.data.homeTimeline.edges.map((e) => e.node.snowflake));
      if (!page.data.homeTimeline.pageInfo.hasNextPage) break;
      after = page.data.homeTimeline.pageInfo.endCursor;
    }
    expect(forward).toEqual(newestFirst);

    // Backward: from the oldest, pages of 3 towards the newest.
    const oldest = newestFirst.at(-1)!;
    const backward: string[] = [];
    let before: string | null = oldest;
    for (;;) {
      const page: { data: HomeTimelineQuery } = await gql(HomeTimeline, { last: 3, before }, bob.token);
      const ids = page.data.homeTimeline.edges.map((e) => e.node.snowflake);
      backward.unshift(...ids);
      if (!page.data.homeTimeline.pageInfo.hasPreviousPage) break;
      before = page.data.homeTimeline.pageInfo.startCursor;
    }
    expect([...backward, oldest]).toEqual(newestFirst);
  });

  it("shuts down cleanly on SIGTERM and stops its PostgreSQL", async () => {
    expect(existsSync(join(dataDir, "postgres", "postmaster.pid"))).toBe(true);
    server.child.kill("SIGTERM");
    const code = await server.exited;
    expect(server.output()).toContain("shutting down");
    expect(code, server.output()).toBe(0);
    expect(existsSync(join(dataDir, "postgres", "postmaster.pid"))).toBe(false);
  });
});
