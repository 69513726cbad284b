// GET/POST /oauth/authorize: a server-rendered sign-in and consent page. Works without
// JavaScript; a double-submit token (cookie + hidden field) protects the form.
import { randomBytes, timingSafeEqual } from "node:crypto";
import type { Context, Hono } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { isDomainError } from "../../core/errors.js";
import { escapeHtml } from "../../core/text.js";
import type { ApiServices } from "../../http/services.js";
import { approveWithPassword, describeAuthorization, type AuthorizeInput } from "../../services/oauth/grants.js";
import { readParams, str, type Params } from "../params.js";

const CSRF_COOKIE = "fedigraph_csrf";
const FIELDS = ["client_id", "redirect_uri", "scope", "code_challenge", "code_challenge_method", "state", "response_type"] as const;

function input(params: Params): AuthorizeInput {
  return {
    clientId: str(params, "client_id") ?? "",
    redirectUri: str(params, "redirect_uri"),
    scope: str(params, "scope") ?? str(params, "scopes"),
    codeChallenge: str(params, "code_challenge"),
    codeChallengeMethod: str(params, "code_challenge_method"),
  };
}

export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Fedigraph</title>
<style>
  body { font-family: system-ui, sans-serif; background: #f4f4f8; color: #1b1b24; display: grid; place-items: center; min-height: 100vh; margin: 0; }
  main { background: #fff; padding: 2rem; border-radius: 12px; box-shadow: 0 2px 12px #0002; width: min(26rem, 92vw); }
  h1 { font-size: 1.3rem; margin-top: 0; } label { display: block; margin: .8rem 0 .3rem; font-weight: 600; }
  input[type=email], input[type=password] { width: 100%; padding: .6rem; box-sizing: border-box; border: 1px solid #bbb; border-radius: 6px; }
  .scopes { background: #f0f0f6; border-radius: 6px; padding: .5rem .8rem; } .error { color: #b00020; }
  .actions { display: flex; gap: .6rem; margin-top: 1.2rem; } button { flex: 1; padding: .7rem; border-radius: 6px; border: 0; font-size: 1rem; cursor: pointer; }
  button[value=approve] { background: #5b4fd1; color: #fff; } button[value=deny] { background: #ddd; }
  code { font-size: 1.2rem; word-break: break-all; }
</style></head><body><main>${body}</main></body></html>`;
}

function consentForm(params: Params, app: { name: string }, scopes: string[], csrf: string, error?: string): string {
  const hidden = FIELDS.map((field) => {
    const value = str(params, field);
    return value === undefined ? "" : `<input type="hidden" name="${field}" value="${escapeHtml(value)}">`;
  }).join("");
  return page(
    "Authorize",
    `<h1>Authorize ${escapeHtml(app.name)}</h1>
<p><strong>${escapeHtml(app.name)}</strong> asks to use your account with these permissions:</p>
<p class="scopes">${scopes.map((s) => `<span>${escapeHtml(s)}</span>`).join(" · ")}</p>
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ""}
<form method="post" action="/oauth/authorize">
${hidden}<input type="hidden" name="csrf" value="${escapeHtml(csrf)}">
<label for="email">E-mail</label><input id="email" type="email" name="email" autocomplete="username" required>
<label for="password">Password</label><input id="password" type="password" name="password" autocomplete="current-password" required>
<div class="actions"><button type="submit" name="decision" value="deny" formnovalidate>Deny</button>
<button type="submit" name="decision" value="approve">Authorize</button></div>
</form>`,
  );
}

function sameToken(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b || a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

function redirectWith(uri: string, values: Record<string, string | undefined>): string {
  const url = new URL(uri);
  for (const [key, value] of Object.entries(values)) if (value !== undefined) url.searchParams.set(key, value);
  return url.toString();
}

export function authorizeRoutes(api: Hono, services: ApiServices) {
  const { deps } = services;

  const problem = (c: Context, message: string) => c.html(page("Cannot authorize", `<h1>Cannot authorize</h1><p class="error">${escapeHtml(message)}</p>`), 400);

  api.get("/oauth/authorize", async (c) => {
    const params = await readParams(c);
    if ((str(params, "response_type") ?? "code") !== "code") return problem(c, "response_type must be code");
    try {
      const { app, scopes } = await describeAuthorization(deps, input(params));
      const csrf = randomBytes(24).toString("base64url");
      setCookie(c, CSRF_COOKIE, csrf, { httpOnly: true, sameSite: "Lax", path: "/oauth/authorize" });
      return c.html(consentForm(params, app, scopes, csrf));
    } catch (error) {
      if (isDomainError(error)) return problem(c, error.message);
      throw error;
    }
  });

  api.post("/oauth/authorize", async (c) => {
    const params = await readParams(c);
    if (!sameToken(getCookie(c, CSRF_COOKIE), str(params, "csrf"))) {
      return c.html(page("Expired", "<h1>This form has expired</h1><p class=\"error\">Go back and try again.</p>"), 403);
    }
    let described;
    try {
      described = await describeAuthorization(deps, input(params));
    } catch (error) {
      if (isDomainError(error)) return problem(c, error.message);
      throw error;
    }
    const state = str(params, "state");
    if (str(params, "decision") !== "approve") {
      if (described.oob) return c.html(page("Denied", "<h1>Access denied</h1><p>You can close this window.</p>"));
      return c.redirect(redirectWith(described.redirectUri, { error: "access_denied", state }), 302);
    }
    let approved;
    try {
      approved = await approveWithPassword(deps, { email: str(params, "email") ?? "", password: str(params, "password") ?? "" }, input(params));
    } catch (error) {
      if (!isDomainError(error)) throw error;
      const status = error.code === "UNAUTHENTICATED" ? 401 : 422;
      return c.html(consentForm(params, described.app, described.scopes, str(params, "csrf")!, error.message), status);
    }
    const { code, redirectUri } = approved;
    if (described.oob) {
      return c.html(page("Authorization code", `<h1>Your authorization code</h1><p>Copy it into the app:</p><p><code id="code">${escapeHtml(code)}</code></p>`));
    }
    return c.redirect(redirectWith(redirectUri, { code, state }), 302);
  });
}
