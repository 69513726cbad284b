// The link of the confirmation mail (Mastodon's path): confirms the address, says so in a page;
// and Mastodon's POST /api/v1/emails/confirmations: the link again, for the token from sign-up.
import type { Hono } from "hono";
import { escapeHtml } from "../../core/text.js";
import { isDomainError } from "../../core/errors.js";
import type { ApiServices } from "../../http/services.js";
import { confirmEmail, resendConfirmationForToken } from "../../services/auth/confirm.js";
import { bearer } from "../context.js";
import { readParams, str } from "../params.js";
import { page } from "./authorize.js";

export function confirmationRoutes(api: Hono, services: ApiServices) {
  api.get("/auth/confirmation", async (c) => {
    try {
      await confirmEmail(services.deps, c.req.query("confirmation_token") ?? "");
    } catch (error) {
      if (!isDomainError(error)) throw error;
      const status = error.code === "NOT_FOUND" ? 404 : 400;
      return c.html(page("Confirmation", `<h1>Cannot confirm</h1><p class="error">${escapeHtml(error.message)}</p>`), status);
    }
    return c.html(page("Confirmed", `<h1>Your e-mail address is confirmed</h1><p>You can sign in now.</p>`));
  });

  api.post("/api/v1/emails/confirmations", async (c) => {
    const params = await readParams(c);
    await resendConfirmationForToken(services.deps, bearer(c), str(params, "email"));
    return c.json({});
  });
}
