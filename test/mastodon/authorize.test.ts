// The OAuth authorization code flow with PKCE: a real browser signs in on the consent
// page, and the server-rendered form holds up against bad input without JavaScript.
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startListeningApp, type TestApp } from "../support/app.js";
import { signUp } from "../support/world.js";

let t: TestApp;
let url: string;
beforeAll(async () => ({ t, url } = await startListeningApp()));
afterAll(() => t.close());

async function post(path: string, body: Record<string, string>, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(body),
  });
  return response;
}

async function registerApp(redirectUri: string) {
  const response = await post("/api/v1/apps", { client_name: "Browser app", redirect_uris: redirectUri, scopes: "read write" });
  return (await response.json()) as { client_id: string; client_secret: string };
}

function pkce() {
  const verifier = randomBytes(32).toString("base64url");
  return { verifier, challenge: createHash("sha256").update(verifier).digest("base64url") };
}

describe("/oauth/authorize in a browser", () => {
  it("signs in, approves, and reaches the redirect with a code that becomes a working token", async () => {
    const alice = await signUp(t, "browseralice");
    const redirect = `${url}/app-callback`;
    const app = await registerApp(redirect);
    const { verifier, challenge } = pkce();
    const authorize = new URL(`${url}/oauth/authorize`);
    for (const [key, value] of Object.entries({
      response_type: "code", client_id: app.client_id, redirect_uri: redirect, scope: "read write",
      code_challenge: challenge, code_challenge_method: "S256", state: "xyz",
    })) authorize.searchParams.set(key, value);

    const browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
    });
    try {
      const page = await browser.newPage();
      await page.goto(authorize.toString());
      expect(await page.locator("h1").textContent()).toBe("Authorize Browser app");
      await page.fill("#email", `${alice.name}@example.org`);
      await page.fill("#password", "correct horse battery");
      const shot = join(mkdtempSync(join(tmpdir(), "fedigraph-shot-")), "consent.png");
      await page.screenshot({ path: shot });
      expect(existsSync(shot)).toBe(true);
      await Promise.all([page.waitForURL(/\/app-callback\?/), page.click("button[value=approve]")]);
      const landed = new URL(page.url());
      expect(landed.searchParams.get("state")).toBe("xyz");
      const code = landed.searchParams.get("code")!;
      expect(code).toBeTruthy();

      const token = await post("/oauth/token", {
        grant_type: "authorization_code", code, client_id: app.client_id, redirect_uri: redirect, code_verifier: verifier,
      });
      expect(token.status).toBe(200);
      const { access_token } = (await token.json()) as { access_token: string };
      const me = await fetch(`${url}/api/v1/accounts/verify_credentials`, { headers: { authorization: `Bearer ${access_token}` } });
      expect(((await me.json()) as { username: string }).username).toBe(alice.name);
      // A code works once.
      const again = await post("/oauth/token", {
        grant_type: "authorization_code", code, client_id: app.client_id, redirect_uri: redirect, code_verifier: verifier,
      });
      expect(again.status).toBe(401);
    } finally {
      await browser.close();
    }
  }, 60_000);
});

describe("/oauth/authorize without a browser", () => {
  async function consent(params: Record<string, string>) {
    const page = await fetch(`${url}/oauth/authorize?${new URLSearchParams(params)}`);
    const html = await page.text();
    const csrf = /name="csrf" value="([^"]+)"/.exec(html)?.[1] ?? "";
    const cookie = page.headers.get("set-cookie")?.split(";")[0] ?? "";
    return { status: page.status, html, csrf, cookie };
  }

  it("refuses a form without its CSRF token, a wrong password, a denial and a bad verifier", async () => {
    const bob = await signUp(t, "formbob");
    const codesBefore = await t.app.deps.db.authorizationCode.count();
    const redirect = "https://client.example/callback";
    const app = await registerApp(redirect);
    const { verifier, challenge } = pkce();
    const params = { response_type: "code", client_id: app.client_id, redirect_uri: redirect, code_challenge: challenge, code_challenge_method: "S256" };
    const form = await consent(params);
    expect(form.status).toBe(200);
    const good = { ...params, csrf: form.csrf, email: `${bob.name}@example.org`, password: "correct horse battery", decision: "approve" };

    expect((await post("/oauth/authorize", good)).status).toBe(403); // no cookie
    expect((await post("/oauth/authorize", { ...good, csrf: "forged" }, { cookie: form.cookie })).status).toBe(403);
    const wrong = await post("/oauth/authorize", { ...good, password: "nope nope nope" }, { cookie: form.cookie });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain("Invalid e-mail address or password");
    const denied = await post("/oauth/authorize", { ...good, decision: "deny" }, { cookie: form.cookie });
    expect(denied.status).toBe(302);
    expect(denied.headers.get("location")).toBe(`${redirect}?error=access_denied`);

    // None of the refused attempts created a code.
    expect(await t.app.deps.db.authorizationCode.count()).toBe(codesBefore);
    const approved = await post("/oauth/authorize", good, { cookie: form.cookie });
    const code = new URL(approved.headers.get("location")!).searchParams.get("code")!;
    const badVerifier = await post("/oauth/token", { grant_type: "authorization_code", code, client_id: app.client_id, code_verifier: "x".repeat(43) });
    expect(badVerifier.status).toBe(401);
    // The failed attempt used the code up.
    const late = await post("/oauth/token", { grant_type: "authorization_code", code, client_id: app.client_id, code_verifier: verifier });
    expect(late.status).toBe(401);
  });

  it("explains a bad client or redirect URI instead of redirecting", async () => {
    const unknown = await consent({ response_type: "code", client_id: "nope", redirect_uri: "https://x.example/cb" });
    expect(unknown.status).toBe(400);
    expect(unknown.html).toContain("unknown client_id");
    const app = await registerApp("https://client.example/callback");
    const elsewhere = await consent({ response_type: "code", client_id: app.client_id, redirect_uri: "https://evil.example/cb" });
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.html).toContain("redirect_uri does not match");
  });
});
