// The fast path for the usual signed POST to the shared inbox: a draft-cavage signature (as
// Mastodon and most servers sign) by a key Fedify has already fetched and cached, on an
// activity whose actor owns that key. It checks what Fedify would check at this point (Date
// within the time window, Digest of the body, the signed headers, the RSA signature, key owner
// = actor) without JSON-LD, then one statement records the signature against replays and queues
// the activity as Fedify's own inbox message, which Fedify's worker parses and dispatches to
// the listeners (inbox.ts) as if Fedify had queued it.
//
// It only ever accepts: anything it is not sure of (no cached key, another algorithm,
// (created) or (expires) signed, a signature that does not verify, a replay, a forwarded
// activity, one with an integrity proof, a personal inbox) returns null and the request goes
// the full way through Fedify, which answers it. So a rotated key (verification fails with
// the cached one) is refetched by Fedify as before.
import { createHash, createPublicKey, randomUUID, verify, type KeyObject } from "node:crypto";
import type { KvStore } from "@fedify/fedify";
import type pg from "pg";
import { FEDIFY_QUEUES } from "./message-queue.js";
import { REMEMBER_SIGNATURE_MS, SIGNATURE_TIME_WINDOW_MS, signatureKey } from "./replay-guard.js";

/** Fedify's cache of fetched keys in its key-value store (kvPrefixes.publicKey). */
const KEY_PREFIX = ["_fedify", "publicKey"] as const;
const SECURITY = "https://w3id.org/security#";
const MEMORY_LIMIT = 20_000;
const REQUIRED = ["(request-target)", "host", "date", "digest"];

interface VerifiedKey {
  key: KeyObject;
  owner: string;
}

// Records the signature (the replay guard's row, kept as long as it does) and queues the
// activity, or neither when the signature was seen before.
const ACCEPT = {
  name: "inbox_fast_accept",
  text: `WITH mark AS (
           INSERT INTO fedify_kv (key, value, expires_at) VALUES ($1, 'true', now() + interval '${REMEMBER_SIGNATURE_MS / 1000} seconds')
           ON CONFLICT (key) DO NOTHING RETURNING 1)
         INSERT INTO jobs (queue, payload) SELECT $2, $3::jsonb FROM mark RETURNING id`,
};

/** The parameters of a draft-cavage Signature header; null when it is not one. */
function cavageParameters(header: string): Record<string, string> | null {
  const params: Record<string, string> = {};
  for (const match of header.matchAll(/(\w+)="([^"]*)"/g)) params[match[1]!] = match[2]!;
  return params.keyId && params.signature && params.headers ? params : null;
}

const first = (value: unknown, field: "@id" | "@value"): unknown =>
  Array.isArray(value) && value[0] && typeof value[0] === "object" ? (value[0] as Record<string, unknown>)[field] : undefined;

/** Owner and PEM of a CryptographicKey as Fedify caches it (expanded JSON-LD); null for anything else. */
function pemKey(value: unknown): { owner: string; pem: string } | null {
  if (!value || typeof value !== "object") return null;
  const node = value as Record<string, unknown>;
  const owner = first(node[`${SECURITY}owner`], "@id");
  const pem = first(node[`${SECURITY}publicKeyPem`], "@value");
  return typeof owner === "string" && typeof pem === "string" ? { owner, pem } : null;
}

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

const isRsaSha256 = (algorithm: string | undefined) => algorithm === undefined || algorithm === "rsa-sha256" || algorithm === "hs2019";

/** The single SHA-256 Digest header value's bytes (base64), or null. */
function sha256Digest(header: string | null): string | null {
  if (!header || header.includes(",")) return null;
  const match = /^sha-256=(.+)$/i.exec(header.trim());
  return match ? match[1]! : null;
}

export interface InboxFastPath {
  /**
   * 202 when the POST was verified and queued here; null when it must go through Fedify.
   * `path` is the request's path, `body` its bytes.
   */
  accept(path: string, headers: Headers, body: Uint8Array): Promise<Response | null>;
}

/** `kv` is Fedify's key-value store (its key cache is read there); `pool` queues the activity. */
export function inboxFastPath(kv: KvStore, pool: pg.Pool, origin: string, wake: (queue: string) => void): InboxFastPath {
  const memory = new Map<string, VerifiedKey>();

  async function cachedKey(keyId: string): Promise<VerifiedKey | null> {
    const known = memory.get(keyId);
    if (known) return known;
    // Not cached yet: Fedify fetches it (and the next POST finds it). Not remembered as absent.
    const cached = pemKey(await kv.get([...KEY_PREFIX, keyId]));
    if (!cached) return null;
    let key: KeyObject;
    try {
      key = createPublicKey(cached.pem);
    } catch {
      return null;
    }
    if (key.asymmetricKeyType !== "rsa") return null;
    const entry = { key, owner: cached.owner };
    if (memory.size >= MEMORY_LIMIT) memory.delete(memory.keys().next().value!);
    memory.set(keyId, entry);
    return entry;
  }

  return {
    async accept(path, headers, body) {
      if (path !== "/inbox" || headers.has("signature-input")) return null;
      const params = cavageParameters(headers.get("signature") ?? "");
      if (!params || !isRsaSha256(params.algorithm)) return null;
      const covered = params.headers!.toLowerCase().split(/\s+/);
      if (!REQUIRED.every((name) => covered.includes(name))) return null;
      if (covered.some((name) => name.startsWith("(") && name !== "(request-target)")) return null;
      const date = Date.parse(headers.get("date") ?? "");
      if (!(Math.abs(date - Date.now()) <= SIGNATURE_TIME_WINDOW_MS)) return null;
      const digest = sha256Digest(headers.get("digest"));
      if (digest === null || digest !== createHash("sha256").update(body).digest("base64")) return null;
      const replayKey = signatureKey(params.signature!);
      if (!replayKey) return null;

      let activity: Record<string, unknown>;
      try {
        activity = JSON.parse(Buffer.from(body).toString("utf8")) as Record<string, unknown>;
      } catch {
        return null;
      }
      if (activity === null || typeof activity !== "object" || Array.isArray(activity)) return null;
      // Forwarded (signed by another actor) or proof-carrying activities: Fedify's way. An LD
      // signature is left unread: the HTTP signature is the actor's own (Fedify does the same).
      if (typeof activity.id !== "string" || typeof activity.type !== "string" || typeof activity.actor !== "string") return null;
      if ("proof" in activity) return null;

      // A key of another server than its actor's is Fedify's to judge.
      if (!sameOrigin(params.keyId!, activity.actor)) return null;
      const signer = await cachedKey(params.keyId!);
      if (!signer || signer.owner !== activity.actor) return null;
      const signingString = covered
        .map((name) => (name === "(request-target)" ? `(request-target): post ${path}` : `${name}: ${headers.get(name) ?? ""}`))
        .join("\n");
      if (!verify("sha256", Buffer.from(signingString), signer.key, Buffer.from(params.signature!, "base64"))) {
        // Perhaps rotated: Fedify refetches it; the next POST reads the cache again.
        memory.delete(params.keyId!);
        return null;
      }

      const message = {
        type: "inbox",
        id: randomUUID(),
        baseUrl: origin,
        activity,
        ldSignatureVerified: false,
        identifier: null,
        attempt: 0,
        started: new Date().toISOString(),
        traceContext: {},
      };
      const { rowCount } = await pool.query({ ...ACCEPT, values: [JSON.stringify(replayKey), FEDIFY_QUEUES.inbox.name, JSON.stringify(message)] });
      // A replay: the full way refuses it with its reason.
      if (!rowCount) return null;
      wake(FEDIFY_QUEUES.inbox.name);
      return new Response("Activity is enqueued.", { status: 202, headers: { "content-type": "text/plain; charset=utf-8" } });
    },
  };
}
