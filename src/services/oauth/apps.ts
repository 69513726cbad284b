// OAuth client applications (POST /api/v1/apps).
import { NotFoundError, UnauthenticatedError, ValidationError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import { parseScopes } from "../../core/scopes.js";
import { hashToken, newSecret } from "../auth/tokens.js";
import type { ServiceDeps } from "../context.js";

export const OOB = "urn:ietf:wg:oauth:2.0:oob";

export interface RegisterAppInput {
  name: string;
  redirectUris: string[];
  scopes?: string | null;
  website?: string | null;
}

/** A redirect URI: OOB, http(s), or a custom scheme (icecubesapp://, com.tapbots.Ivory.10217:/...). */
function validRedirect(uri: string): boolean {
  if (uri === OOB) return true;
  try {
    const url = new URL(uri);
    return /^[a-z][a-z0-9+.-]*:$/i.test(url.protocol) && !["javascript:", "data:", "file:", "vbscript:"].includes(url.protocol);
  } catch {
    return false;
  }
}

export async function registerApp(deps: ServiceDeps, input: RegisterAppInput) {
  const name = input.name.trim();
  if (!name) throw new ValidationError("client_name can't be blank", "client_name");
  if (name.length > 200) throw new ValidationError("client_name is too long", "client_name");
  if (input.redirectUris.length === 0) throw new ValidationError("redirect_uris can't be blank", "redirect_uris");
  for (const uri of input.redirectUris) {
    if (uri.length > 2000 || !validRedirect(uri)) throw new ValidationError(`redirect_uris: "${uri}" is not a valid URI`, "redirect_uris");
  }
  const scopes = parseScopes(input.scopes ?? "read");
  const website = input.website?.trim() || null;
  if (website && !/^https?:\/\//i.test(website)) throw new ValidationError("website must be an http(s) URL", "website");
  const clientId = newSecret();
  const clientSecret = newSecret();
  const app = await deps.db.oAuthApp.create({
    data: {
      id: newId(),
      name,
      website,
      redirectUris: input.redirectUris,
      scopes,
      clientId,
      clientSecretHash: hashToken(clientSecret),
    },
  });
  return { app, clientSecret };
}

/** The app for a client id, checking its secret when one is required. */
export async function findClient(deps: ServiceDeps, clientId: string | undefined, clientSecret?: string | null) {
  if (!clientId) throw new UnauthenticatedError("client_id is missing");
  const app = await deps.db.oAuthApp.findUnique({ where: { clientId } });
  if (!app) throw new UnauthenticatedError("Client authentication failed: unknown client_id");
  if (clientSecret !== undefined && (clientSecret === null || hashToken(clientSecret) !== app.clientSecretHash)) {
    throw new UnauthenticatedError("Client authentication failed: wrong client_secret");
  }
  return app;
}

export async function findAppOfToken(deps: ServiceDeps, tokenHash: string) {
  const token = await deps.db.accessToken.findUnique({ where: { tokenHash }, include: { app: true } });
  if (!token?.app) throw new NotFoundError("Application");
  return token.app;
}
