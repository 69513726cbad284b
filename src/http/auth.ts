// Bearer token -> actor, shared by every API. Answers are kept for 30 seconds so a
// busy client does not cost a query per request; logging out forgets at once here, and
// other instances within the TTL.
import { ttlCache } from "../core/ttl-cache.js";
import { hashToken } from "../services/auth/tokens.js";
import { authenticate } from "../services/auth/authenticate.js";
import type { Actor, ServiceDeps } from "../services/context.js";

const TTL_MS = 30_000;
const MAX_ENTRIES = 50_000;

export interface Authenticator {
  authenticate(token: string): Promise<Actor | null>;
  forget(token: string): void;
  forgetHash(tokenHash: string): void;
}

export function createAuthenticator(deps: ServiceDeps): Authenticator {
  const cache = ttlCache<string, Promise<Actor | null>>({ ttlMs: TTL_MS, max: MAX_ENTRIES });
  return {
    authenticate(token) {
      const key = hashToken(token);
      return cache.getOrCreate(key, () => {
        const actor = authenticate(deps, token);
        actor.catch(() => cache.delete(key));
        return actor;
      });
    },
    forget(token) {
      cache.delete(hashToken(token));
    },
    forgetHash(tokenHash) {
      cache.delete(tokenHash);
    },
  };
}
