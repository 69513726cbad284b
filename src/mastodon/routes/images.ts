// Default avatar and header: Mastodon entities never have null images.
import type { Hono } from "hono";

// A 1x1 grey PNG: clients scale it; it stands in until someone uploads their own.
const PLACEHOLDER = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mP8/x8AAwMCAO+ip1sAAAAASUVORK5CYII=",
  "base64",
);

export function imageRoutes(api: Hono) {
  for (const path of ["/avatars/original/missing.png", "/headers/original/missing.png"]) {
    api.get(path, (c) => {
      c.header("content-type", "image/png");
      c.header("cache-control", "public, max-age=86400");
      return c.body(new Uint8Array(PLACEHOLDER));
    });
  }
}
