// Fedify in our Hono app. Requests on federation paths go to `federation.fetch` with the
// public origin as their URL (so the links Fedify builds from the request, such as collection
// pages, carry PUBLIC_URL and not the address the server was reached at); what Fedify has no
// route for falls through to the rest of the app, and so do clients that do not ask for
// ActivityPub JSON (browsers, Mastodon apps): when nothing else answers them either, they get
// 406 Not Acceptable. The notes dispatchers leave (context.ts) are applied to the answer:
// 410 for a Tombstone, Mastodon's attachment extensions (blurhash, focalPoint); and the
// public collection is spelled out in full. Inbox POSTs are read whole (up to 1 MiB, 413
// beyond); the usual one, signed by a key already cached, is verified and queued by
// inbox-fast-path.ts; the others pass replay-guard.ts (a replayed signature, or an RFC 9421
// one that leaves the body out, is answered 401) and Fedify.
import type { Federation } from "@fedify/fedify";
import type { MiddlewareHandler } from "hono";
import { postgresKvStore } from "../db/fedify-kv.js";
import type { ServiceDeps } from "../services/context.js";
import { INSTANCE_ACTOR_PATH } from "./actors.js";
import { refusedDomain } from "./domain-gate.js";
import { outbound } from "./public-fetch.js";
import { newFederationData, type FederationData, type ResponseNotes } from "./context.js";
import { inboxGuard, refusedPost } from "./replay-guard.js";
import { inboxFastPath } from "./inbox-fast-path.js";
import type { JobQueue } from "../jobs/queue.js";

const WEBFINGER = "/.well-known/webfinger";
/** An activity is a few kilobytes; nothing a server sends comes near this. */
const MAX_INBOX_BODY = 1024 * 1024;

/**
 * Requests Fedify serves: GETs of WebFinger, actors, objects and collections; POSTs only to
 * inboxes (with the inbox stage). Nodeinfo stays with the Mastodon adapter.
 */
export function isFederationRequest(method: string, path: string): boolean {
  if (method === "POST") return path === "/inbox" || /^\/users\/[^/]+\/inbox$/.test(path);
  if (method !== "GET" && method !== "HEAD") return false;
  return path === WEBFINGER || path.startsWith("/users/") || path === INSTANCE_ACTOR_PATH;
}

/**
 * RFC 7033 §4.2: 400 for a missing or malformed resource. Fedify answers a resource that is not
 * a URL; this adds an acct: URI without exactly one user and host, and absurd lengths.
 */
function malformedWebFinger(url: URL): Response | null {
  const resource = url.searchParams.get("resource");
  const bad = (message: string) => new Response(message, { status: 400, headers: { "access-control-allow-origin": "*" } });
  if (resource === null || resource.trim() === "") return bad("Missing resource parameter.");
  if (resource.length > 2048) return bad("Resource too long.");
  if (/^acct:/i.test(resource) && !/^acct:[^@\s/]+@[^@\s/]+$/i.test(resource)) return bad("Malformed acct: resource.");
  return null;
}

/** The request as addressed to the public origin. */
function canonical(request: Request, origin: string): Request {
  const url = new URL(request.url);
  const target = `${origin}${url.pathname}${url.search}`;
  if (target === request.url) return request;
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  return new Request(target, {
    method: request.method,
    headers: request.headers,
    body: hasBody ? request.body : null,
    signal: request.signal,
    ...(hasBody ? { duplex: "half" } : {}),
  } as RequestInit);
}

const MASTODON_TERMS = {
  toot: "http://joinmastodon.org/ns#",
  blurhash: "toot:blurhash",
  focalPoint: { "@container": "@list", "@id": "toot:focalPoint" },
};
const PUBLIC = "https://www.w3.org/ns/activitystreams#Public";
const ADDRESSING = new Set(["to", "cc", "bto", "bcc", "audience"]);
const LISTS = new Set(["attachment", "tag"]);

/**
 * Our own JSON-LD made plainer for peers that read it as JSON: addressing as arrays with the
 * public collection spelled out in full (Fedify compacts it to "as:Public", which some servers
 * do not match; Fedify does the same rewrite on what it sends), and blurhash and focalPoint added to
 * the attachments we know them for, with their terms in the context.
 */
function plainer(document: Record<string, unknown>, notes: ResponseNotes): void {
  let extended = false;
  const publicIri = (value: unknown) => (value === "as:Public" || value === "Public" ? PUBLIC : value);
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== "object") return;
    const object = node as Record<string, unknown>;
    const extras = typeof object.url === "string" && typeof object.type === "string" ? notes.media.get(object.url) : undefined;
    if (extras) {
      if (extras.blurhash) object.blurhash = extras.blurhash;
      object.focalPoint = extras.focalPoint;
      extended = true;
    }
    for (const [key, value] of Object.entries(object)) {
      // Always arrays, as Mastodon sends them (compaction makes a single recipient a string).
      if (ADDRESSING.has(key)) object[key] = (Array.isArray(value) ? value : [value]).map(publicIri);
      // Mastodon reads profile fields and tags only from arrays; Fedify writes a single one as an object.
      else if (LISTS.has(key)) visit((object[key] = Array.isArray(value) ? value : [value]));
      else if (key !== "@context") visit(value);
    }
  };
  visit(document);
  if (extended) {
    const context = document["@context"];
    document["@context"] = [...(Array.isArray(context) ? context : context ? [context] : []), MASTODON_TERMS];
  }
}

async function finish(response: Response, notes: ResponseNotes): Promise<Response> {
  const status = notes.gone ? 410 : response.status;
  if (/^application\/(activity|ld)\+json/.test(response.headers.get("content-type") ?? "")) {
    const document = (await response.json()) as Record<string, unknown>;
    plainer(document, notes);
    return new Response(JSON.stringify(document), { status, headers: response.headers });
  }
  return status === response.status ? response : new Response(response.body, { status, headers: response.headers });
}

/** The body of an inbox POST, or null when it is larger than MAX_INBOX_BODY. */
async function inboxBody(request: Request): Promise<Uint8Array<ArrayBuffer> | null> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_INBOX_BODY) return null;
  const bytes = new Uint8Array(await request.arrayBuffer());
  return bytes.length > MAX_INBOX_BODY ? null : bytes;
}

export function federationMiddleware(federation: Federation<FederationData>, deps: ServiceDeps, jobs: Pick<JobQueue, "wake">): MiddlewareHandler {
  const origin = deps.config.publicUrl;
  // On the table Fedify's own store uses (the one app.ts hands to createActivityPub).
  const kv = postgresKvStore(deps.pool);
  const guard = inboxGuard(kv);
  const fastPath = inboxFastPath(kv, deps.pool, origin, (queue) => jobs.wake(queue));
  return async (c, next) => {
    if (!isFederationRequest(c.req.method, c.req.path)) return next();
    let request = canonical(c.req.raw, origin);
    if (c.req.path === WEBFINGER) {
      const bad = malformedWebFinger(new URL(request.url));
      if (bad) return bad;
    }
    if (c.req.method === "POST") {
      const blocked = await refusedDomain(deps, request);
      if (blocked) return blocked;
      const body = await inboxBody(request);
      if (!body) return c.json({ error: "Request body too large" }, 413);
      const accepted = await fastPath.accept(c.req.path, request.headers, body);
      if (accepted) return accepted;
      request = new Request(request.url, { method: "POST", headers: request.headers, body });
    }
    // Signed inbox POSTs: replays and RFC 9421 signatures without the body (replay-guard.ts).
    const signed = c.req.method === "POST" ? await guard.check(request) : null;
    if (signed?.refusal) return refusedPost(signed.refusal);
    const data = newFederationData(deps);
    let fallThrough: "not found" | "not acceptable" | null = null;
    // Fetches made while answering (the signer's key) are limited in time and size.
    const response = await outbound({}, () => federation.fetch(request, {
      contextData: data,
      onNotFound: () => {
        fallThrough = "not found";
        return new Response(null, { status: 404 });
      },
      onNotAcceptable: () => {
        fallThrough = "not acceptable";
        return new Response(null, { status: 406 });
      },
    }));
    if (fallThrough === "not found") return next();
    if (fallThrough === "not acceptable") {
      await next();
      if (c.res.status === 404) {
        c.res = new Response("Not Acceptable: ask for application/activity+json", {
          status: 406,
          headers: { "content-type": "text/plain; charset=utf-8", vary: "Accept" },
        });
      }
      return;
    }
    if (signed && response.ok) await signed.accepted();
    return finish(response, data.notes);
  };
}
