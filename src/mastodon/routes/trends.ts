// Trends: GET /api/v1/trends/tags (and /api/v1/trends), /trends/statuses, /trends/links.
// Computed from our data and kept for five minutes.
import type { Context, Hono } from "hono";
import { ttlCache } from "../../core/ttl-cache.js";
import { trendingStatusIds, trendingTags, type TrendingTag } from "../../db/trends.js";
import type { Status } from "../../generated/prisma/client.js";
import type { ApiServices } from "../../http/services.js";
import { requestState } from "../context.js";
import { toMastodonStatus } from "../entities/status.js";
import { toMastodonTag } from "../entities/tag.js";
import { readParams, str, type Params } from "../params.js";
import { visibleIds } from "../render.js";

/** Whole numbers within bounds (SQL LIMIT/OFFSET take no 1.5 or 1e300: that was a 500). */
const MAX_OFFSET = 10_000;
const window = (params: Params, fallback: number, max: number) => ({
  limit: Math.min(Math.max(Math.trunc(Number(str(params, "limit") ?? fallback)) || fallback, 1), max),
  offset: Math.min(Math.max(Math.trunc(Number(str(params, "offset") ?? 0)) || 0, 0), MAX_OFFSET),
});

export function trendRoutes(api: Hono, services: ApiServices) {
  const { deps } = services;
  const cache = ttlCache<string, Promise<unknown>>({ ttlMs: 5 * 60_000, max: 200 });
  const cached = <T>(key: string, load: () => Promise<T>) => cache.getOrCreate(key, load) as Promise<T>;

  const tags = async (c: Context) => {
    const { limit, offset } = window(await readParams(c), 10, 20);
    const found = await cached(`tags:${limit}:${offset}`, () => trendingTags(deps.pool, limit, offset));
    return c.json(
      found.map((tag: TrendingTag) => ({
        ...toMastodonTag(tag, deps.config.publicUrl),
        history: tag.history.map((h) => ({ day: String(h.day), uses: String(h.uses), accounts: String(h.accounts) })),
      })),
    );
  };
  api.get("/api/v1/trends/tags", tags);
  api.get("/api/v1/trends", tags);

  api.get("/api/v1/trends/statuses", async (c) => {
    const state = await requestState(c, services);
    const { limit, offset } = window(await readParams(c), 20, 40);
    const ids = await cached(`statuses:${limit}:${offset}`, () => trendingStatusIds(deps.pool, limit, offset));
    await state.loaders.prime(ids);
    const visible = new Set(await visibleIds(state, ids, "timeline"));
    const statuses = ids.filter((id) => visible.has(id)).map((id) => state.loaders.known.statuses.get(id)).filter((s): s is Status => !!s);
    return c.json(await Promise.all(statuses.map((s) => toMastodonStatus(state, s))));
  });

  // We fetch no link previews, so there are no links to trend.
  api.get("/api/v1/trends/links", (c) => c.json([]));
}
