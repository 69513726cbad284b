// The ActivityPub adapter: Fedify's Federation with our dispatchers, on our key-value store.
// Discovery (WebFinger), actors with their keys, statuses as objects and the actors'
// collections. Inbox, delivery and the queue come with the next stages.
import { createFederation, type Federation, type KvStore } from "@fedify/fedify";
import type { ServiceDeps } from "../services/context.js";
import { registerActors } from "./actors.js";
import { registerCollections } from "./collections.js";
import type { FederationData } from "./context.js";
import { keyRing, type KeyRing } from "./keys.js";
import { federationMiddleware } from "./mount.js";
import { registerObjects } from "./objects.js";

export const SOFTWARE = "Fedigraph/0.1.0";

export interface ActivityPub {
  federation: Federation<FederationData>;
  keys: KeyRing;
  /** Hono middleware: serves federation requests, lets everything else through */
  middleware: ReturnType<typeof federationMiddleware>;
}

export function createActivityPub(deps: ServiceDeps, kv: KvStore): ActivityPub {
  const { config } = deps;
  const federation = createFederation<FederationData>({
    kv,
    // Ids and handles use PUBLIC_URL whatever address a request came in on.
    origin: config.publicUrl,
    // Fedify's document loader refuses loopback, private and link-local addresses unless this is set.
    allowPrivateAddress: config.allowPrivateNetwork,
    userAgent: { software: SOFTWARE, url: new URL(config.publicUrl) },
  });
  const keys = keyRing(deps);
  registerActors(federation, keys);
  registerObjects(federation);
  registerCollections(federation);
  return { federation, keys, middleware: federationMiddleware(federation, deps) };
}
