// Serves stored media at their public URLs. Files never change once written (new uploads
// get new keys), so they are cached for a year; nosniff and a sandboxing CSP keep a file
// from being run as a page.
import type { Hono } from "hono";
import { isStorageKey, MEDIA_PATH, type MediaStorage } from "../storage/media-storage.js";

export function mediaRoutes(http: Hono, storage: MediaStorage) {
  http.get(`${MEDIA_PATH}/*`, async (c) => {
    const key = c.req.path.slice(MEDIA_PATH.length + 1);
    const file = isStorageKey(key) ? await storage.get(key) : null;
    if (!file) return c.json({ error: "Not found" }, 404);
    return c.body(new Uint8Array(file.data), 200, {
      "content-type": file.contentType,
      "cache-control": "public, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
      "access-control-allow-origin": "*",
    });
  });
}
