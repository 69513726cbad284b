// Mastodon's rate limits: 300 requests per 5 minutes per token (or per address when
// signed out), with the X-RateLimit-* headers clients read. Counted in the cluster's
// counter: in memory for one process, in Redis for several.
import type { MiddlewareHandler } from "hono";
import type { WindowCounter } from "../realtime/cluster.js";
import { hashToken } from "../services/auth/tokens.js";
import { bearer } from "./context.js";

export const RATE_LIMIT = 300;
const WINDOW_MS = 5 * 60_000;

export function rateLimit(counter: WindowCounter, limit: number = RATE_LIMIT): MiddlewareHandler {
  return async (c, next) => {
    const token = bearer(c);
    const address = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket?.remoteAddress;
    const key = token ? `t:${hashToken(token)}` : `a:${address ?? "unknown"}`;
    let window: { used: number; resetsAt: number };
    try {
      window = await counter.hit(key, WINDOW_MS);
    } catch {
      // The counter's store (Redis) is unreachable: serve without limits rather than fail every request.
      await next();
      return;
    }
    const remaining = Math.max(0, limit - window.used);
    c.header("X-RateLimit-Limit", String(limit));
    c.header("X-RateLimit-Remaining", String(remaining));
    c.header("X-RateLimit-Reset", new Date(window.resetsAt).toISOString());
    if (window.used > limit) return c.json({ error: "Too many requests" }, 429);
    await next();
  };
}
