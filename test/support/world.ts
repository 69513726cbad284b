// A small named world for tests: people sign up through the API and act through it.
import { print, type ExecutionResult } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { expect } from "vitest";
import type { TestApp } from "./app.js";
import { CreateStatus, Follow, Register } from "./documents.js";

export interface Person {
  name: string;
  token: string;
  id: string;
  snowflake: string;
}

let seq = 0;

export async function signUp(t: TestApp, name: string): Promise<Person> {
  const username = `${name}${++seq}${process.pid % 1000}`;
  const result = await t.gql(Register, { username, email: `${username}@example.org`, password: "correct horse battery" });
  const payload = result.data?.register;
  if (payload?.__typename !== "MutationRegisterSuccess") throw new Error(`sign-up failed: ${JSON.stringify(result)}`);
  return { name: username, token: payload.data.token, id: payload.data.account.id, snowflake: payload.data.account.snowflake };
}

export async function post(
  t: TestApp,
  who: Person,
  text: string,
  options: { visibility?: "PUBLIC" | "UNLISTED" | "PRIVATE" | "DIRECT"; inReplyToId?: string } = {},
) {
  const result = await t.gql(CreateStatus, { text, ...options }, who.token);
  const payload = result.data?.createStatus;
  if (payload?.__typename !== "MutationCreateStatusSuccess") throw new Error(`post failed: ${JSON.stringify(result)}`);
  return payload.data;
}

export async function follow(t: TestApp, who: Person, whom: Person) {
  const result = await t.gql(Follow, { accountId: whom.id }, who.token);
  expect(result.data?.follow.__typename).toBe("MutationFollowSuccess");
  await t.app.events.drain();
}

/** A live subscription whose pushed results can be awaited one by one. */
export interface Live<T> {
  next(timeoutMs?: number): Promise<ExecutionResult<T>>;
  /** resolves true if nothing arrives within the time */
  quiet(ms?: number): Promise<boolean>;
  close(): Promise<void>;
}

export function wsClient(url: string, token?: string): Client {
  return createClient({
    url,
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 0,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
  });
}

export async function subscribe<T, V>(
  client: Client,
  document: TypedDocumentNode<T, V>,
  variables?: V,
): Promise<Live<T>> {
  const received: ExecutionResult<T>[] = [];
  const waiters: ((value: ExecutionResult<T>) => void)[] = [];
  let ready!: () => void;
  const subscribed = new Promise<void>((resolve) => (ready = resolve));
  const unsubscribe = client.subscribe<T>(
    { query: print(document), variables: variables as Record<string, unknown> },
    {
      next: (value) => {
        const waiter = waiters.shift();
        if (waiter) waiter(value as ExecutionResult<T>);
        else received.push(value as ExecutionResult<T>);
      },
      error: (error) => {
        const value = { errors: Array.isArray(error) ? error : [{ message: String((error as Error)?.message ?? error) }] };
        const waiter = waiters.shift();
        if (waiter) waiter(value as never);
        else received.push(value as never);
      },
      complete: () => undefined,
    },
  );
  // graphql-ws has no "subscribed" acknowledgement: give the server a moment to register.
  client.on("connected", () => setTimeout(ready, 50));
  await Promise.race([subscribed, new Promise((r) => setTimeout(r, 300))]);
  return {
    next(timeoutMs = 5000) {
      const ready = received.shift();
      if (ready) return Promise.resolve(ready);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("no subscription event in time")), timeoutMs);
        waiters.push((value) => {
          clearTimeout(timer);
          resolve(value);
        });
      });
    },
    async quiet(ms = 300) {
      if (received.length) return false;
      return new Promise((resolve) => {
        const waiter = (value: ExecutionResult<T>) => {
          received.unshift(value);
          resolve(false);
        };
        waiters.push(waiter);
        setTimeout(() => {
          const i = waiters.indexOf(waiter);
          if (i >= 0) {
            waiters.splice(i, 1);
            resolve(true);
          }
        }, ms);
      });
    },
    async close() {
      unsubscribe();
    },
  };
}
