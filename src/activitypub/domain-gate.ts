// Inbound from a server that may not federate with us (suspended, or not allowed under limited
// federation: services/domains/policy.ts mayFederate) is refused before anything is verified or
// fetched: the host of the signing key (draft-cavage `Signature: keyId=...` or RFC 9421
// `Signature-Input: ...;keyid=...`) decides. Activities forwarded by others are checked again
// by actor in the inbox (inbox.ts), and remote accounts of such servers are never created.
import type { ServiceDeps } from "../services/context.js";
import { mayFederate } from "../services/domains/policy.js";

/** The host named by the request's signature key id, if any. */
export function signerHost(headers: Headers): string | null {
  const values = [headers.get("signature"), headers.get("signature-input")].filter((v): v is string => v !== null);
  for (const value of values) {
    const match = /\bkey[iI]d="([^"]+)"/.exec(value);
    if (!match) continue;
    try {
      return new URL(match[1]!).host.toLowerCase();
    } catch {
      return null;
    }
  }
  return null;
}

/** 403 for a signed request from a server that may not federate with us; null to let it through. */
export async function refusedDomain(deps: ServiceDeps, request: Request): Promise<Response | null> {
  const host = signerHost(request.headers);
  if (!host || (await mayFederate(deps, host))) return null;
  return new Response(JSON.stringify({ error: `This server does not accept activities from ${host}` }), {
    status: 403,
    headers: { "content-type": "application/json" },
  });
}
