// OAuth 2 grants for /oauth/token: authorization code (with PKCE), password and client
// credentials; and the codes /oauth/authorize hands out.
import { createHash, timingSafeEqual } from "node:crypto";
import { ForbiddenError, UnauthenticatedError, ValidationError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import { parseScopes, scopesWithin } from "../../core/scopes.js";
import { checkPassword, login } from "../auth/login.js";
import { hashToken, issueToken, newSecret } from "../auth/tokens.js";
import type { Actor, ServiceDeps } from "../context.js";
import { requireActor } from "../guards.js";
import { findClient, OOB } from "./apps.js";

const CODE_TTL_MS = 10 * 60_000;

type App = Awaited<ReturnType<typeof findClient>>;

function grantedScopes(app: App, asked: string | null | undefined): string[] {
  const scopes = asked ? parseScopes(asked) : app.scopes;
  if (!scopesWithin(scopes, app.scopes)) throw new ValidationError("The requested scope exceeds what the app registered", "scope");
  return scopes;
}

export function checkRedirect(app: App, redirectUri: string | null | undefined): string {
  const uri = redirectUri ?? (app.redirectUris.length === 1 ? app.redirectUris[0] : undefined);
  if (!uri || !app.redirectUris.includes(uri)) throw new ValidationError("redirect_uri does not match the app's", "redirect_uri");
  return uri;
}

export interface AuthorizeInput {
  clientId: string;
  redirectUri?: string | null;
  scope?: string | null;
  codeChallenge?: string | null;
  codeChallengeMethod?: string | null;
}

/** What the consent page shows before the person approves. */
export async function describeAuthorization(deps: ServiceDeps, input: AuthorizeInput) {
  const app = await findClient(deps, input.clientId);
  const redirectUri = checkRedirect(app, input.redirectUri);
  const scopes = grantedScopes(app, input.scope);
  if (input.codeChallenge && (input.codeChallengeMethod ?? "plain") !== "S256") {
    throw new ValidationError("Only the S256 code challenge method is supported", "code_challenge_method");
  }
  return { app, redirectUri, scopes, oob: redirectUri === OOB };
}

/** The signed-in person approved: a one-time code for the app. */
export async function createAuthorizationCode(deps: ServiceDeps, actor: Actor | null, input: AuthorizeInput) {
  const who = requireActor(actor);
  const { app, redirectUri, scopes } = await describeAuthorization(deps, input);
  const code = newSecret();
  await deps.db.authorizationCode.create({
    data: {
      id: newId(),
      codeHash: hashToken(code),
      appId: app.id,
      accountId: who.accountId,
      redirectUri,
      scopes,
      codeChallenge: input.codeChallenge ?? null,
      codeChallengeMethod: input.codeChallenge ? "S256" : null,
      expiresAt: new Date(Date.now() + CODE_TTL_MS),
    },
  });
  return { code, redirectUri };
}

/** The consent page's "Authorize": the person signs in with their password and approves. */
export async function approveWithPassword(deps: ServiceDeps, credentials: { email: string; password: string }, input: AuthorizeInput) {
  const { scopes } = await describeAuthorization(deps, input);
  const credential = await checkPassword(deps, credentials);
  return createAuthorizationCode(deps, { accountId: credential.accountId, role: credential.role, scopes }, input);
}

function pkceMatches(challenge: string, verifier: string): boolean {
  const computed = Buffer.from(createHash("sha256").update(verifier).digest("base64url"));
  const expected = Buffer.from(challenge);
  return computed.length === expected.length && timingSafeEqual(computed, expected);
}

export interface TokenRequest {
  grantType: string | undefined;
  clientId?: string;
  clientSecret?: string | null;
  code?: string;
  redirectUri?: string | null;
  codeVerifier?: string | null;
  scope?: string | null;
  username?: string;
  password?: string;
}

/** POST /oauth/token: returns the new token and its scopes. */
export async function exchangeToken(deps: ServiceDeps, request: TokenRequest) {
  switch (request.grantType) {
    case "authorization_code": {
      if (!request.code) throw new ValidationError("code is missing", "code");
      // A public client (PKCE) may leave the secret out; otherwise it must match.
      const app = await findClient(deps, request.clientId, request.codeVerifier && !request.clientSecret ? undefined : (request.clientSecret ?? null));
      const used = await deps.db.authorizationCode.updateMany({
        where: { codeHash: hashToken(request.code), appId: app.id, usedAt: null, expiresAt: { gt: new Date() } },
        data: { usedAt: new Date() },
      });
      const code = used.count ? await deps.db.authorizationCode.findUnique({ where: { codeHash: hashToken(request.code) } }) : null;
      if (!code) throw new UnauthenticatedError("The authorization code is invalid, used or expired");
      if (request.redirectUri && request.redirectUri !== code.redirectUri) {
        throw new UnauthenticatedError("redirect_uri does not match the one the code was issued for");
      }
      if (code.codeChallenge && !(request.codeVerifier && pkceMatches(code.codeChallenge, request.codeVerifier))) {
        throw new UnauthenticatedError("The code_verifier does not match the code_challenge");
      }
      const token = await issueToken(deps, code.accountId, code.scopes, app.id);
      return { token, scopes: code.scopes };
    }
    case "password": {
      const app = await findClient(deps, request.clientId, request.clientSecret ?? null);
      const scopes = grantedScopes(app, request.scope);
      const { token } = await login(deps, { email: request.username ?? "", password: request.password ?? "", scopes }, app.id);
      return { token, scopes };
    }
    case "client_credentials": {
      const app = await findClient(deps, request.clientId, request.clientSecret ?? null);
      const scopes = grantedScopes(app, request.scope);
      const token = await issueToken(deps, null, scopes, app.id);
      return { token, scopes };
    }
    default:
      throw new ValidationError("grant_type must be authorization_code, password or client_credentials", "grant_type");
  }
}

/** POST /oauth/revoke: the token stops working (200 even when it did not exist, per RFC 7009). */
export async function revokeToken(deps: ServiceDeps, clientId: string | undefined, clientSecret: string | null, token: string) {
  const app = await findClient(deps, clientId, clientSecret);
  const tokenHash = hashToken(token);
  const found = await deps.db.accessToken.findUnique({ where: { tokenHash } });
  if (!found) return;
  if (found.appId !== app.id) throw new ForbiddenError("You are not authorized to revoke this token");
  await deps.db.accessToken.delete({ where: { tokenHash } });
  if (found.accountId) {
    deps.events.publish({ type: "token.revoked", accountId: String(found.accountId), tokenHash });
  }
}
