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
    const headers = {
      "content-type": file.contentType,
      "cache-control": "public, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
      "access-control-allow-origin": "*",
      "accept-ranges": "bytes",
    };
    // Range requests: video players (iOS above all) fetch media in parts.
    const range = /^bytes=(\d*)-(\d*)$/.exec(c.req.header("range") ?? "");
    const size = file.data.length;
    if (range && (range[1] || range[2])) {
      const start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
      const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
      if (start >= size || start > end) return c.body(null, 416, { ...headers, "content-range": `bytes */${size}` });
      return c.body(new Uint8Array(file.data.subarray(start, end + 1)), 206, { ...headers, "content-range": `bytes ${start}-${end}/${size}` });
    }
    return c.body(new Uint8Array(file.data), 200, headers);
  });
}
