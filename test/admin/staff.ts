// Shared by the moderation tests: staff people (their role set in the database, as there is no
// other way yet), tokens with the admin scopes, GraphQL documents, and "refused, nothing
// written" for GraphQL queries and mutations.
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { createRestAPIClient, type mastodon } from "masto";
import { expect } from "vitest";
import { graphql } from "../generated/gql.js";
import { rowCounts } from "../support/api.js";
import type { TestApp } from "../support/app.js";
import { passwordToken } from "../support/masto.js";
import { signUp, type Person } from "../support/world.js";

export const ADMIN_SCOPES = "read write follow admin:read admin:write";

export interface Someone extends Person {
  /** a token with the admin scopes (whether the role allows them is another matter) */
  token: string;
  api: mastodon.rest.Client;
}

/** Someone signed up, with `role`, and a masto.js client whose token carries the admin scopes. */
export async function person(t: TestApp, url: string, name: string, role: "USER" | "MODERATOR" | "ADMIN" = "USER"): Promise<Someone> {
  const signed = await signUp(t, name);
  if (role !== "USER") await t.app.deps.db.credential.update({ where: { accountId: BigInt(signed.snowflake) }, data: { role } });
  const token = await passwordToken(url, signed, ADMIN_SCOPES);
  return { ...signed, token, api: createRestAPIClient({ url, accessToken: token }) };
}

/** The GraphQL answer is refused (or rejected) with `code` (in `errors` for a query, as the typed error for a mutation), and nothing was written. */
export async function refusedGql<T, V>(t: TestApp, document: TypedDocumentNode<T, V>, variables: V, token: string | null, code: "UNAUTHENTICATED" | "FORBIDDEN" | "VALIDATION" | "NOT_FOUND") {
  const before = await rowCounts(t);
  const result = await t.gql(document, variables, token);
  const payload = Object.values((result.data ?? {}) as Record<string, { __typename?: string; code?: string } | null>)[0];
  const codes = [...(result.errors ?? []).map((e) => e.extensions?.code), ...(payload?.code ? [payload.code] : [])];
  expect(codes, JSON.stringify(result)).toContain(code);
  expect(await rowCounts(t)).toEqual(before);
}

export const AdminAccountBits = graphql(`
  fragment AdminAccountBits on AdminAccount {
    id username domain email role approved pending rejected rejectionReason disabled silenced suspended sensitized
    account { id snowflake username }
  }
`);

export const ModerateAccount = graphql(`
  mutation AdmModerateAccount($accountId: ID!, $action: ModerationAction!, $text: String, $reportId: ID, $statusIds: [ID!]) {
    moderateAccount(accountId: $accountId, action: $action, text: $text, reportId: $reportId, statusIds: $statusIds) {
      __typename
      ... on MutationModerateAccountSuccess { data { ...AdminAccountBits } }
      ... on Error { message code }
    }
  }
`);

export const UnsuspendAccount = graphql(`
  mutation AdmUnsuspendAccount($accountId: ID!) {
    unsuspendAccount(accountId: $accountId) {
      __typename
      ... on MutationUnsuspendAccountSuccess { data { ...AdminAccountBits } }
      ... on Error { message code }
    }
  }
`);

export const AdminAccountQuery = graphql(`
  query AdmAdminAccount($id: ID!) { adminAccount(id: $id) { ...AdminAccountBits } }
`);

export const AuditLog = graphql(`
  query AdmAuditLog($action: String, $targetId: String) {
    auditLog(first: 50, action: $action, targetId: $targetId) {
      edges { node { action targetType targetId reason data account { username } } }
    }
  }
`);
