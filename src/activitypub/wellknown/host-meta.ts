// /.well-known/host-meta (RFC 6415): where WebFinger is. Mastodon falls back to its lrdd
// template when WebFinger answers 404 (app/lib/webfinger.rb). XRD by default; JSON (JRD) at
// /.well-known/host-meta.json or for clients that prefer JSON. Fedify does not serve it.
import type { Hono } from "hono";

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function prefersJson(accept: string | undefined): boolean {
  if (!accept) return false;
  const first = accept.split(",")[0]!.split(";")[0]!.trim().toLowerCase();
  return first === "application/json" || first === "application/jrd+json";
}

export function hostMetaRoutes(http: Hono, origin: string) {
  const template = `${origin}/.well-known/webfinger?resource={uri}`;
  const xml =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<XRD xmlns="http://docs.oasis-open.org/ns/xri/xrd-1.0">\n` +
    `  <Link rel="lrdd" template="${escapeXml(template)}"/>\n` +
    `</XRD>\n`;
  const jrd = JSON.stringify({ links: [{ rel: "lrdd", template }] });
  const headers = (type: string) => ({ "content-type": type, "access-control-allow-origin": "*", vary: "Accept" });
  const asJson = () => new Response(jrd, { headers: headers("application/json; charset=utf-8") });
  http.get("/.well-known/host-meta", (c) =>
    prefersJson(c.req.header("accept")) ? asJson() : new Response(xml, { headers: headers("application/xrd+xml; charset=utf-8") }),
  );
  http.get("/.well-known/host-meta.json", () => asJson());
}
