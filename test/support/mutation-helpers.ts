// Helpers for the mutation tests: a snapshot of every table, and assertions that a
// failing mutation answers with its typed error and writes nothing.
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { expect } from "vitest";
import type { GqlResult, TestApp } from "./app.js";

const TABLES = [
  "accounts",
  "credentials",
  "access_tokens",
  "statuses",
  "status_edits",
  "mentions",
  "tags",
  "status_tags",
  "favourites",
  "bookmarks",
  "pins",
  "follows",
  "follow_requests",
  "blocks",
  "mutes",
  "notifications",
  "home_feed",
  "lists",
  "list_accounts",
  "tag_follows",
] as const;

export type Snapshot = Record<(typeof TABLES)[number], { rows: number; hash: string }>;

/** Row count and a digest of the full content of each table (so updates show too). */
export async function snapshot(t: TestApp): Promise<Snapshot> {
  await t.app.events.drain();
  const out = {} as Snapshot;
  for (const table of TABLES) {
    const [row] = await t.app.deps.db.$queryRawUnsafe<{ rows: number; hash: string }[]>(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS hash FROM "${table}" x`,
    );
    out[table] = row!;
  }
  return out;
}

/** Row counts only, for "one more of these" assertions. */
export async function counts(t: TestApp): Promise<Record<(typeof TABLES)[number], number>> {
  const snap = await snapshot(t);
  return Object.fromEntries(Object.entries(snap).map(([k, v]) => [k, v.rows])) as never;
}

export interface Expected {
  typename: "ValidationError" | "UnauthenticatedError" | "ForbiddenError" | "NotFoundError" | "ConflictError";
  code: "VALIDATION" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT";
  /** for ValidationError: the input named as wrong */
  field?: string | null;
}

export const VALIDATION = (field: string): Expected => ({ typename: "ValidationError", code: "VALIDATION", field });
export const UNAUTHENTICATED: Expected = { typename: "UnauthenticatedError", code: "UNAUTHENTICATED" };
export const FORBIDDEN: Expected = { typename: "ForbiddenError", code: "FORBIDDEN" };
export const NOT_FOUND: Expected = { typename: "NotFoundError", code: "NOT_FOUND" };
export const CONFLICT: Expected = { typename: "ConflictError", code: "CONFLICT" };

type Payload = { __typename: string; code?: string; message?: string; field?: string | null };

/** The single root field's payload of a mutation result. */
export function payloadOf<T>(result: GqlResult<T>): Payload {
  expect(result.errors, `unexpected errors array: ${JSON.stringify(result.errors)}`).toBeUndefined();
  const values = Object.values((result.data ?? {}) as Record<string, Payload>);
  expect(values).toHaveLength(1);
  return values[0]!;
}

/**
 * Runs a mutation that must fail: it answers with the typed error (never an `errors`
 * array) and leaves every table exactly as it was.
 */
export async function expectFailure<T, V>(
  t: TestApp,
  document: TypedDocumentNode<T, V>,
  variables: V,
  token: string | null | undefined,
  expected: Expected,
): Promise<Payload> {
  const before = await snapshot(t);
  const result = await t.gql(document, variables, token);
  const payload = payloadOf(result);
  expect(payload.__typename, JSON.stringify(payload)).toBe(expected.typename);
  expect(payload.code).toBe(expected.code);
  expect(typeof payload.message).toBe("string");
  expect(payload.message!.length).toBeGreaterThan(0);
  if (expected.typename === "ValidationError" && expected.field !== undefined) expect(payload.field).toBe(expected.field);
  const after = await snapshot(t);
  expect(after, "a failed mutation must write nothing").toEqual(before);
  return payload;
}

export const BOGUS_TOKEN = "not-a-real-token-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

/** Without a token and with a token nobody issued: UnauthenticatedError, nothing written. */
export async function expectUnauthenticated<T, V>(t: TestApp, document: TypedDocumentNode<T, V>, variables: V) {
  await expectFailure(t, document, variables, null, UNAUTHENTICATED);
  await expectFailure(t, document, variables, BOGUS_TOKEN, UNAUTHENTICATED);
}

/** The success payload's data, failing loudly with the whole answer otherwise. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read the data of whichever success type
export function successData<T>(result: GqlResult<T>, typename: string): any {
  const payload = payloadOf(result) as Payload & { data?: unknown };
  expect(payload.__typename, JSON.stringify(payload)).toBe(typename);
  return payload.data;
}

/** A well-formed snowflake that names nothing. */
export const UNKNOWN_ID = "123456789012345";
/** Ids that are not ids at all. */
export const MALFORMED_IDS = ["not-an-id", "99999999999999999999999", "-5"];
