// The ActivityPub adapter: Fedify's Federation with our dispatchers, on our key-value store.
// Discovery (WebFinger), actors with their keys, statuses as objects and the actors'
// collections; signed inboxes (inbox.ts), activities from domain events (outbox.ts) and
// remote accounts and posts (remote.ts), with deliveries and inbox work on our durable queue.
import { createFederation, type Federation, type KvStore } from "@fedify/fedify";
import type { JobQueue } from "../jobs/queue.js";
import type { ServiceDeps } from "../services/context.js";
import { registerActors } from "./actors.js";
import { registerCollections } from "./collections.js";
import { newFederationData, type FederationData } from "./context.js";
import { keyRing, type KeyRing } from "./keys.js";
import { federationMiddleware } from "./mount.js";
import { registerObjects } from "./objects.js";
import { registerInbox } from "./inbox.js";
import { FEDIFY_QUEUES, fedifyMessageQueue } from "./message-queue.js";
import { deliveryGuard } from "./delivery.js";
import { sharedPayloads } from "./shared-payloads.js";
import { deliveryHealth, type DeliveryHealth } from "../services/domains/delivery-health.js";
import { outbox, subscribeOutbox } from "./outbox.js";
import { OUTBOX_EVENTS_QUEUE } from "../services/outbox-events.js";
import { remoteResolver } from "./remote.js";
import type { RemoteResolver } from "../services/search/resolve.js";

export const SOFTWARE = "Fedigraph/0.1.0";

export interface ActivityPub {
  federation: Federation<FederationData>;
  keys: KeyRing;
  /** Hono middleware: serves federation requests, lets everything else through */
  middleware: ReturnType<typeof federationMiddleware>;
  /** user@domain and URLs of other servers, for search */
  resolver: RemoteResolver;
  /** which hosts get no deliveries for now */
  health: DeliveryHealth;
  /** Starts processing queued deliveries and inbox activities; stops when `signal` aborts. */
  startQueue(signal: AbortSignal): void;
}

export function createActivityPub(deps: ServiceDeps, kv: KvStore, jobs: JobQueue, onError: (error: unknown) => void): ActivityPub {
  const { config } = deps;
  const health = deliveryHealth(deps);
  const guard = deliveryGuard(deps, health);
  const shared = sharedPayloads(deps.pool);
  const federation = createFederation<FederationData>({
    kv,
    queue: {
      inbox: fedifyMessageQueue(jobs, FEDIFY_QUEUES.inbox, guard, shared),
      outbox: fedifyMessageQueue(jobs, FEDIFY_QUEUES.outbox, guard, shared),
      fanout: fedifyMessageQueue(jobs, FEDIFY_QUEUES.fanout, guard, shared),
    },
    // Unavailable hosts are ours to decide (delivery.ts, over days as Mastodon does); Fedify's
    // own breaker would hold deliveries after a few minutes of failures and hide them from it.
    circuitBreaker: false,
    // The queue runs with our context data (app.ts calls startQueue).
    manuallyStartQueue: true,
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
  const box = outbox();
  registerInbox(federation, box, onError);
  const outboxEvents = subscribeOutbox(deps.events, federation, deps, box, jobs);
  return {
    federation,
    keys,
    health,
    middleware: federationMiddleware(federation, deps, jobs),
    resolver: remoteResolver(deps, (data) => federation.createContext(new URL(config.publicUrl), data)),
    startQueue(signal) {
      federation.startQueue(newFederationData(deps), { signal }).catch(onError);
      // Turning an event into deliveries takes moments: a worker that died frees it again soon.
      jobs.work(OUTBOX_EVENTS_QUEUE, outboxEvents, { concurrency: 2, leaseMs: 60_000 });
    },
  };
}
