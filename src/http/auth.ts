// Bearer token -> actor, shared by every API. Answers are kept for a few seconds so a
// busy client does not cost a query per request; logging out forgets at once here, and
// other instances within the TTL.
import { hashToken } from "../services/auth/tokens.js";
import { authenticate } from "../services/auth/authenticate.js";
import type { Actor, ServiceDeps } from "../services/context.js";

const TTL_MS = 5_000;
const MAX_ENTRIES = 50_000;

export interface Authenticator {
  authenticate(token: string): Promise<Actor | null>;
  forget(token: string): void;
}

export function createAuthenticator(deps: ServiceDeps): Authenticator {
  const cache = new Map<string, { expires: number; actor: Promise<Actor | null> }>();
  return {
    authenticate(token) {
      const key = hashToken(token);
      const now = Date.now();
      const hit = cache.get(key);
      if (hit && hit.expires > now) return hit.actor;
      if (cache.size >= MAX_ENTRIES) cache.clear();
      const actor = authenticate(deps, token);
      cache.set(key, { expires: now + TTL_MS, actor });
      actor.catch(() => cache.delete(key));
      return actor;
    },
    forget(token) {
      cache.delete(hashToken(token));
    },
  };
}
