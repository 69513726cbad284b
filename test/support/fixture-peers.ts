// Real-world ActivityPub documents (test/fixtures/activitypub, sources in SOURCES.md there) and
// a loopback "remote server" that serves them, so that they can be parsed offline and POSTed,
// signed, to our inboxes as their server would send them.
//
// A fixture is kept on disk exactly as published. What a test needs changed (the server's
// hostname, the id of someone on our side it addresses, the public key) is changed when it is
// loaded, by plain text replacement and by `withKey`; SOURCES.md lists each replacement.
import { signRequest } from "@fedify/fedify";
// @fedify/vocab-runtime comes with @fedify/vocab (its runtime); only its list of shipped contexts is used.
import { preloadedContexts, type DocumentLoader } from "@fedify/vocab-runtime";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";

export const FIXTURES = join(import.meta.dirname, "..", "fixtures", "activitypub");

/** A replacement done on a fixture's text: every `from` becomes `to`, in the order given. */
export type Replacement = readonly [from: string, to: string];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

/** A fixture's text, as stored. */
export const fixtureText = (name: string) => readFileSync(join(FIXTURES, name), "utf8");

/** A fixture as JSON, after the replacements. */
export function fixture(name: string, replacements: readonly Replacement[] = []): Json {
  let text = fixtureText(name);
  for (const [from, to] of replacements) text = text.replaceAll(from, to);
  return JSON.parse(text);
}

/** The document with every `publicKey.publicKeyPem` (embedded or the key itself) set to `pem`. */
export function withKey(document: Json, pem: string): Json {
  if (document.publicKey && typeof document.publicKey === "object") document.publicKey.publicKeyPem = pem;
  if (typeof document.publicKeyPem === "string") document.publicKeyPem = pem;
  return document;
}

/** Pleroma's and Akkoma's actors and posts name a context document on their own host. */
const LITEPUB = /\/schemas\/litepub-0\.1\.jsonld$/;

/**
 * A document loader that never touches the network: the contexts Fedify ships (ActivityStreams,
 * security, Mastodon's toot:, GoToSocial's, schema.org), Pleroma's litepub context from the
 * fixtures, and `documents` by URL. Anything else throws, so a context Fedify could not load
 * offline shows up as a parse failure.
 */
export function offlineLoader(documents: Record<string, unknown> = {}): DocumentLoader & { asked: string[] } {
  const asked: string[] = [];
  const loader = async (url: string) => {
    asked.push(url);
    if (LITEPUB.test(new URL(url).pathname)) {
      return { contextUrl: null, documentUrl: url, document: JSON.parse(fixtureText("pleroma/litepub-0.1.jsonld")) };
    }
    if (url in documents) return { contextUrl: null, documentUrl: url, document: documents[url] };
    // What Fedify's own loaders answer without a fetch (vocab-runtime docloader.ts).
    const href = new URL(url).href;
    if (href in preloadedContexts) return { contextUrl: null, documentUrl: href, document: preloadedContexts[href] };
    throw new Error(`offline: ${url} would be fetched`);
  };
  return Object.assign(loader, { asked });
}

/** An RSA key pair for a fixture actor: the public half as PEM, the private half to sign with. */
export async function testKey(): Promise<{ pem: string; privateKey: CryptoKey }> {
  const pair = await crypto.subtle.generateKey(
    { name: "RSASSA-PKCS1-v1_5", modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" },
    true,
    ["sign", "verify"],
  );
  const spki = Buffer.from(await crypto.subtle.exportKey("spki", pair.publicKey)).toString("base64");
  const pem = `-----BEGIN PUBLIC KEY-----\n${spki.match(/.{1,64}/g)!.join("\n")}\n-----END PUBLIC KEY-----\n`;
  return { pem, privateKey: pair.privateKey };
}

export interface Peer {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** 127.0.0.1:PORT, the domain our server stores for its accounts */
  host: string;
  /** serves `body` at `path` (a path on this origin, or an absolute URL on it) as AS2 JSON */
  serve(path: string, body: unknown, contentType?: string): void;
  /** serves an actor at its id, and its acct: at WebFinger */
  serveActor(actor: Json): void;
  /** POSTs our server made here (deliveries), newest last */
  received: { path: string; body: Json }[];
  /** POSTs `activity` to `inbox`, signed (draft-cavage, as Mastodon, GoToSocial, Misskey and Pleroma sign) with `keyId` */
  post(inbox: string, activity: Json, keyId: string, privateKey: CryptoKey): Promise<Response>;
  close(): Promise<void>;
}

/** A loopback server standing in for one remote server. */
export async function startPeer(): Promise<Peer> {
  const documents = new Map<string, { body: string; type: string }>();
  const received: { path: string; body: Json }[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://peer");
    if (req.method === "POST") {
      let text = "";
      req.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
      req.on("end", () => {
        received.push({ path: url.pathname, body: JSON.parse(text || "null") });
        res.writeHead(202).end();
      });
      return;
    }
    const found = documents.get(`${url.pathname}${url.search}`) ?? documents.get(url.pathname);
    if (!found) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": found.type }).end(found.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  const origin = `http://${host}`;
  const pathOf = (path: string) => {
    if (!path.startsWith("http")) return path;
    const parsed = new URL(path);
    return `${parsed.pathname}${parsed.search}`;
  };
  const serve = (path: string, body: unknown, type = "application/activity+json; charset=utf-8") => {
    documents.set(pathOf(path), { body: typeof body === "string" ? body : JSON.stringify(body), type });
  };
  return {
    origin,
    host,
    received,
    serve,
    serveActor(actor) {
      serve(actor.id, actor);
      const jrd = {
        subject: `acct:${actor.preferredUsername}@${host}`,
        links: [{ rel: "self", type: "application/activity+json", href: actor.id }],
      };
      serve(`/.well-known/webfinger?resource=${encodeURIComponent(jrd.subject)}`, jrd, "application/jrd+json");
      serve(`/.well-known/webfinger?resource=${jrd.subject}`, jrd, "application/jrd+json");
    },
    async post(inbox, activity, keyId, privateKey) {
      const request = new Request(inbox, {
        method: "POST",
        headers: { "content-type": "application/activity+json", accept: "application/activity+json" },
        body: JSON.stringify(activity),
      });
      return fetch(await signRequest(request, privateKey, new URL(keyId)));
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
