// OAuth 2: app registration, tokens, revocation, server metadata.
import type { Hono } from "hono";
import { parseScopes } from "../../core/scopes.js";
import { hashToken } from "../../services/auth/tokens.js";
import { findAppOfToken, registerApp } from "../../services/oauth/apps.js";
import { exchangeToken, revokeToken } from "../../services/oauth/grants.js";
import type { ApiServices } from "../../http/services.js";
import { bearer } from "../context.js";
import { readParams, str, strings } from "../params.js";
import { UnauthenticatedError } from "../../core/errors.js";

export function oauthRoutes(api: Hono, services: ApiServices) {
  const { deps } = services;

  api.post("/api/v1/apps", async (c) => {
    const params = await readParams(c);
    const given = strings(params, "redirect_uris") ?? [];
    // Legacy clients send several URIs in one string, separated by whitespace.
    const redirectUris = given.flatMap((uri) => uri.split(/\s+/).filter(Boolean));
    const { app, clientSecret } = await registerApp(deps, {
      name: str(params, "client_name") ?? "",
      redirectUris,
      scopes: str(params, "scopes"),
      website: str(params, "website"),
    });
    return c.json({
      id: String(app.id),
      name: app.name,
      website: app.website,
      scopes: app.scopes,
      redirect_uri: app.redirectUris.join("\n"),
      redirect_uris: app.redirectUris,
      client_id: app.clientId,
      client_secret: clientSecret,
      client_secret_expires_at: 0,
      vapid_key: "",
    });
  });

  api.get("/api/v1/apps/verify_credentials", async (c) => {
    const token = bearer(c);
    if (!token) throw new UnauthenticatedError("The access token is invalid");
    const app = await findAppOfToken(deps, hashToken(token)).catch(() => {
      throw new UnauthenticatedError("The access token is invalid");
    });
    return c.json({ id: String(app.id), name: app.name, website: app.website, scopes: app.scopes, redirect_uris: app.redirectUris, vapid_key: "" });
  });

  api.post("/oauth/token", async (c) => {
    const params = await readParams(c);
    const { token, scopes } = await exchangeToken(deps, {
      grantType: str(params, "grant_type"),
      clientId: str(params, "client_id"),
      clientSecret: str(params, "client_secret") ?? null,
      code: str(params, "code"),
      redirectUri: str(params, "redirect_uri"),
      codeVerifier: str(params, "code_verifier"),
      scope: str(params, "scope") ?? str(params, "scopes"),
      username: str(params, "username"),
      password: str(params, "password"),
    });
    return c.json({ access_token: token, token_type: "Bearer", scope: scopes.join(" "), created_at: Math.floor(Date.now() / 1000) });
  });

  api.post("/oauth/revoke", async (c) => {
    const params = await readParams(c);
    await revokeToken(deps, str(params, "client_id"), str(params, "client_secret") ?? null, str(params, "token") ?? "");
    return c.json({});
  });

  api.get("/.well-known/oauth-authorization-server", (c) => {
    const origin = deps.config.publicUrl;
    return c.json({
      issuer: `${origin}/`,
      service_documentation: "https://docs.joinmastodon.org/",
      authorization_endpoint: `${origin}/oauth/authorize`,
      token_endpoint: `${origin}/oauth/token`,
      revocation_endpoint: `${origin}/oauth/revoke`,
      app_registration_endpoint: `${origin}/api/v1/apps`,
      scopes_supported: parseScopes("read write follow push profile"),
      response_types_supported: ["code"],
      response_modes_supported: ["query", "fragment", "form_post"],
      code_challenge_methods_supported: ["S256"],
      grant_types_supported: ["authorization_code", "password", "client_credentials"],
      token_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post", "none"],
    });
  });
}
