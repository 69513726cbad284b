// Announcements: when an admin has set a closing date, everyone sees it here (clients show
// announcements prominently), with what to do before then.
import type { Hono } from "hono";
import type { ApiServices } from "../../http/services.js";
import { getSettings } from "../../services/settings.js";

export function announcementRoutes(api: Hono, services: ApiServices) {
  api.get("/api/v1/announcements", async (c) => {
    const { closingAt } = await getSettings(services.deps);
    if (!closingAt) return c.json([]);
    const when = new Date(closingAt);
    const day = when.toUTCString().replace(/ \d\d:\d\d:\d\d GMT$/, "");
    const content =
      `<p>This server closes on ${day}. Before then, export your data ` +
      `(following, followers, blocks, mutes, bookmarks, and your posts as an archive) and move your account ` +
      `to another server: your followers will follow you there.</p>`;
    return c.json([
      {
        id: "closing",
        content,
        starts_at: null,
        ends_at: when.toISOString(),
        all_day: false,
        published: true,
        published_at: when.toISOString(),
        updated_at: when.toISOString(),
        read: false,
        mentions: [],
        statuses: [],
        tags: [],
        emojis: [],
        reactions: [],
      },
    ]);
  });
}
