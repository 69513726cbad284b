// The Mastodon client API: routes that parse, call the same services as GraphQL, and
// serialise Mastodon entities. Errors answer as Mastodon does: {"error": "..."}.
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import { VIDEO_SIZE_LIMIT } from "../core/media.js";
import { isDomainError, type ErrorCode } from "../core/errors.js";
import type { ApiServices } from "../http/services.js";
import { BadRequest } from "./params.js";
import { rateLimit } from "./rate-limit.js";
import { accountRoutes } from "./routes/accounts.js";
import { adminAccountRoutes } from "./routes/admin-accounts.js";
import { adminDomainRoutes } from "./routes/admin-domains.js";
import { adminReportRoutes } from "./routes/admin-reports.js";
import { authorizeRoutes } from "./routes/authorize.js";
import { confirmationRoutes } from "./routes/confirmation.js";
import { conversationRoutes } from "./routes/conversations.js";
import { domainBlockRoutes } from "./routes/domain-blocks.js";
import { extraRoutes } from "./routes/extras.js";
import { filterRoutes } from "./routes/filters.js";
import { imageRoutes } from "./routes/images.js";
import { instanceRoutes } from "./routes/instance.js";
import { listRoutes } from "./routes/lists.js";
import { mediaRoutes } from "./routes/media.js";
import { notificationRoutes } from "./routes/notifications.js";
import { pollRoutes } from "./routes/polls.js";
import { oauthRoutes } from "./routes/oauth.js";
import { relationshipRoutes } from "./routes/relationships.js";
import { reportRoutes } from "./routes/reports.js";
import { exportRoutes } from "./routes/exports.js";
import { announcementRoutes } from "./routes/announcements.js";
import { searchRoutes } from "./routes/search.js";
import { statusRoutes } from "./routes/statuses.js";
import { tagRoutes } from "./routes/tags.js";
import { timelineRoutes } from "./routes/timelines.js";
import { trendRoutes } from "./routes/trends.js";

const STATUS: Record<ErrorCode, 400 | 401 | 403 | 404 | 422 | 429> = {
  VALIDATION: 422,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 422,
  RATE_LIMITED: 429,
};

/** Any request body but an upload; avatar and header (2 MB each) fit. */
const MAX_BODY = 8 * 1024 * 1024;
const UPLOAD_PATHS = new Set(["/api/v1/media", "/api/v2/media"]);

export function createMastodonApi(
  services: ApiServices,
  onUnexpected: (error: unknown) => void,
  limits: { requestsPer5Minutes: number },
): Hono {
  const api = new Hono();
  const corsed = cors({ origin: "*", exposeHeaders: ["Link", "X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset", "X-Request-Id"] });
  for (const path of ["/api/*", "/oauth/token", "/oauth/revoke", "/.well-known/*", "/nodeinfo/*"]) api.use(path, corsed);
  if (limits.requestsPer5Minutes > 0) api.use("/api/*", rateLimit(services.cluster.counter, limits.requestsPer5Minutes));
  // Bodies are read whole (forms, uploads): past these sizes they are refused before they are read.
  const tooLarge = bodyLimit({ maxSize: MAX_BODY, onError: (c) => c.json({ error: "Request body too large" }, 413) });
  const uploads = bodyLimit({ maxSize: VIDEO_SIZE_LIMIT + 1024 * 1024, onError: (c) => c.json({ error: "File too large" }, 413) });
  api.use("/api/*", (c, next) => (UPLOAD_PATHS.has(c.req.path) ? uploads(c, next) : tooLarge(c, next)));
  api.use("/oauth/*", tooLarge);
  imageRoutes(api);
  oauthRoutes(api, services);
  // Before accountRoutes: /api/v1/accounts/update_credentials and /search must not match /:id.
  relationshipRoutes(api, services);
  listRoutes(api, services);
  tagRoutes(api, services);
  extraRoutes(api, services);
  authorizeRoutes(api, services);
  confirmationRoutes(api, services);
  announcementRoutes(api, services); // before instanceRoutes, which answers the empty list
  instanceRoutes(api, services);
  accountRoutes(api, services);
  statusRoutes(api, services);
  mediaRoutes(api, services);
  pollRoutes(api, services);
  trendRoutes(api, services);
  timelineRoutes(api, services);
  notificationRoutes(api, services);
  searchRoutes(api, services);
  conversationRoutes(api, services);
  filterRoutes(api, services);
  reportRoutes(api, services);
  exportRoutes(api, services);
  adminAccountRoutes(api, services);
  adminReportRoutes(api, services);
  adminDomainRoutes(api, services);
  domainBlockRoutes(api, services);
  api.get("/api/v1/streaming/health", (c) => c.text("OK"));
  api.all("/api/*", (c) => c.json({ error: "Record not found" }, 404));
  api.onError((error, c) => {
    if (isDomainError(error)) {
      const status = STATUS[error.code];
      const body: Record<string, unknown> = { error: error.message };
      if (error.code === "VALIDATION" && error.field) body.details = { [error.field]: [{ error: "ERR_INVALID", description: error.message }] };
      return c.json(body, status);
    }
    if (error instanceof BadRequest) return c.json({ error: error.message }, 400);
    onUnexpected(error);
    return c.json({ error: "Internal server error" }, 500);
  });
  return api;
}
