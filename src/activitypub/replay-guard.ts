// Checks on signed inbox POSTs that Fedify does not make (mount.ts runs them before handing
// the request to Fedify):
// - Replays. Fedify verifies the signature and drops an activity whose id it has seen, but
//   answers a byte-for-byte replay 202 like a first delivery. We remember each signature value
//   of an accepted POST for as long as Fedify would still take it (its signature time window)
//   and answer 401 to a POST that carries one again. The value is decoded and hashed, so
//   re-spelling the header (parameter order, spacing, base64 padding, an added bogus RFC 9421
//   label) does not make a replay new. A POST signed with a key we cannot verify is never
//   remembered, since Fedify refuses it. Two copies arriving at the same moment can both pass
//   the check; the second is then still dropped by Fedify's activity-id idempotence.
// - RFC 9421 signatures that leave the body out. Fedify checks Content-Digest only when the
//   signature covers it, so a captured RFC 9421 POST that does not cover `content-digest`
//   would carry any body as its signer's. Mastodon requires it on POSTs; so do we. (Fedify's
//   draft-cavage path already requires `digest` to be signed.)
import { createHash } from "node:crypto";
import type { KvKey, KvStore } from "@fedify/fedify";
import { Temporal } from "@js-temporal/polyfill";

/**
 * Fedify's signature time window (federation.ts keeps its default): a Date or `created` up to
 * an hour either side of now. A signature first accepted when its Date was an hour ahead stays
 * acceptable for two hours, so that is how long it is remembered.
 */
export const SIGNATURE_TIME_WINDOW_MS = 60 * 60_000;
export const REMEMBER_SIGNATURE_MS = 2 * SIGNATURE_TIME_WINDOW_MS;
const REMEMBER = Temporal.Duration.from({ milliseconds: REMEMBER_SIGNATURE_MS });

/** The signature values a request carries (base64, as sent); [] when it has none. */
function signatureValues(headers: Headers): string[] {
  const header = headers.get("signature");
  if (!header) return [];
  // Fedify reads RFC 9421 when Signature-Input is present, draft-cavage otherwise.
  if (headers.has("signature-input")) return [...header.matchAll(/=\s*:([A-Za-z0-9+/=]*):/g)].map((m) => m[1]!);
  const cavage = header.split(",").map((part) => /^\s*signature="([^"]*)"\s*$/.exec(part)?.[1]);
  return cavage.filter((value): value is string => value !== undefined);
}

/** The KV key of one signature: its bytes hashed (one base64 spelling or another, the same key). */
export function signatureKey(value: string): KvKey | null {
  const bytes = Buffer.from(value, "base64");
  if (bytes.length === 0) return null;
  return ["fedigraph", "inbox-signature", createHash("sha256").update(bytes).digest("base64url")];
}

/** Whether every RFC 9421 signature on the request covers `content-digest`. */
function coversContentDigest(headers: Headers): boolean {
  const input = headers.get("signature-input") ?? "";
  const members = [...input.matchAll(/=\s*\(([^)]*)\)/g)];
  return members.length > 0 && members.every((member) => /"content-digest"/i.test(member[1]!));
}

export interface SignedPost {
  /** why the POST is refused before Fedify sees it (answer 401), or null */
  refusal: string | null;
  /** Remembers the POST's signatures; call once Fedify has accepted it. */
  accepted(): Promise<void>;
}

export interface InboxGuard {
  /** The checks for an inbox POST; null when it carries no signature (Fedify answers those). */
  check(request: Request): Promise<SignedPost | null>;
}

export function inboxGuard(kv: KvStore): InboxGuard {
  return {
    async check(request) {
      const keys = signatureValues(request.headers)
        .map(signatureKey)
        .filter((key): key is KvKey => key !== null);
      if (keys.length === 0) return null;
      const hasBody = request.method !== "GET" && request.method !== "HEAD";
      let refusal: string | null = null;
      if (hasBody && request.headers.has("signature-input") && !coversContentDigest(request.headers)) {
        refusal = "The signature does not cover content-digest.";
      } else {
        // One get for the usual single signature.
        for (const key of keys) {
          if ((await kv.get(key)) !== undefined) {
            refusal = "This signature was already used: the request is a replay.";
            break;
          }
        }
      }
      return {
        refusal,
        async accepted() {
          for (const key of keys) await kv.set(key, true, { ttl: REMEMBER });
        },
      };
    },
  };
}

/** The answer to a refused POST, as Mastodon words its signature errors: 401 with {"error": …}. */
export function refusedPost(error: string): Response {
  return new Response(JSON.stringify({ error }), {
    status: 401,
    headers: { "content-type": "application/json; charset=utf-8" },
  });
}
