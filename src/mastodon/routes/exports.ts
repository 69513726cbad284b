// Data exports at Mastodon's own paths (its Settings → Import and export page links them):
// /settings/exports/follows.csv, followers.csv, blocks.csv, mutes.csv, bookmarks.csv,
// domain_blocks.csv, lists.csv — with a bearer token (scope read).
import type { Hono } from "hono";
import type { ApiServices } from "../../http/services.js";
import { exportCsv } from "../../services/accounts/export.js";
import { needActor, requestState } from "../context.js";

const FILES: Record<string, string> = {
  "follows.csv": "following",
  "following_accounts.csv": "following",
  "followers.csv": "followers",
  "blocks.csv": "blocks",
  "mutes.csv": "mutes",
  "bookmarks.csv": "bookmarks",
  "domain_blocks.csv": "domain_blocks",
  "lists.csv": "lists",
};

export function exportRoutes(api: Hono, services: ApiServices) {
  api.get("/settings/exports/:file", async (c, next) => {
    const kind = FILES[c.req.param("file")];
    if (!kind) return next();
    const state = await requestState(c, services);
    const csv = await exportCsv(services.deps, needActor(state, "read"), kind);
    return c.body(csv, 200, {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${c.req.param("file")}"`,
      "cache-control": "private, no-store",
    });
  });
}
