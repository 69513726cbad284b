// Mastodon's rate limits: 300 requests per 5 minutes per token (or per address when
// signed out), with the X-RateLimit-* headers clients read. Counted per process.
import type { MiddlewareHandler } from "hono";
import { ttlCache } from "../core/ttl-cache.js";
import { hashToken } from "../services/auth/tokens.js";
import { bearer } from "./context.js";

export const RATE_LIMIT = 300;
const WINDOW_MS = 5 * 60_000;

export function rateLimit(limit: number = RATE_LIMIT): MiddlewareHandler {
  const windows = ttlCache<string, { resets: number; used: number }>({ ttlMs: WINDOW_MS, max: 200_000 });
  return async (c, next) => {
    const token = bearer(c);
    const address = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket?.remoteAddress;
    const key = token ? `t:${hashToken(token)}` : `a:${address ?? "unknown"}`;
    const now = Date.now();
    const window = windows.getOrCreate(key, () => ({ resets: now + WINDOW_MS, used: 0 }));
    window.used++;
    const remaining = Math.max(0, limit - window.used);
    c.header("X-RateLimit-Limit", String(limit));
    c.header("X-RateLimit-Remaining", String(remaining));
    c.header("X-RateLimit-Reset", new Date(window.resets).toISOString());
    if (window.used > limit) return c.json({ error: "Too many requests" }, 429);
    await next();
  };
}
