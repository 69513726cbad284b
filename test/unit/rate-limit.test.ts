// The rate limiter counts per token, answers 429 past the limit, and lets requests through
// when its store (Redis) cannot be reached rather than failing every request.
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { rateLimit } from "../../src/mastodon/rate-limit.js";
import { memoryCluster } from "../../src/realtime/cluster.js";

function app(counter: Parameters<typeof rateLimit>[0]) {
  const api = new Hono();
  api.use("*", rateLimit(counter, 2));
  api.get("/x", (c) => c.json({ ok: true }));
  return (token: string) => api.fetch(new Request("http://x/x", { headers: { authorization: `Bearer ${token}` } }));
}

describe("rate limits", () => {
  it("counts per token and refuses past the limit", async () => {
    const get = app(memoryCluster().counter);
    expect([(await get("a")).status, (await get("a")).status, (await get("a")).status, (await get("b")).status]).toEqual([200, 200, 429, 200]);
  });

  it("serves without limits when the counter fails", async () => {
    const get = app({ hit: () => Promise.reject(new Error("Redis is down")) });
    const response = await get("a");
    expect(response.status).toBe(200);
    expect(response.headers.get("x-ratelimit-limit")).toBeNull();
  });
});
