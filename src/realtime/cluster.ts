// What several instances of the server share through Redis (REDIS_URL): the realtime
// topics (yoga's Redis event target), cache evictions (a token revoked or a relationship
// changed on one instance reaches the others' caches), rate-limit windows and
// Idempotency-Key records. Without Redis the same interfaces work in memory, for one process.
import { createRedisEventTarget } from "@graphql-yoga/redis-event-target";
import { Redis } from "ioredis";
import { ttlCache } from "../core/ttl-cache.js";
import { createRealtime, type Realtime } from "./topics.js";

/** A cache entry some instance changed: every instance drops its copy. */
export type CacheEvent =
  | { kind: "token"; tokenHash: string }
  | { kind: "viewer"; accountId: string }
  | { kind: "filters"; accountId: string };

/** Fixed windows of hits per key. */
export interface WindowCounter {
  hit(key: string, windowMs: number): Promise<{ used: number; resetsAt: number }>;
}

/** Idempotency-Key records: the first caller claims a key, later ones read what it stored. */
export interface IdempotencyStore {
  /** true: the key is yours; false: someone claimed it before */
  claim(key: string, ttlMs: number): Promise<boolean>;
  /** the stored result, "pending" while the first caller works, or null once forgotten */
  read(key: string): Promise<string | null>;
  complete(key: string, value: string, ttlMs: number): Promise<void>;
  release(key: string): Promise<void>;
}

export interface Cluster {
  realtime: Realtime;
  counter: WindowCounter;
  idempotency: IdempotencyStore;
  /** Tells the other instances (a no-op with one process). */
  broadcast(event: CacheEvent): void;
  onBroadcast(handler: (event: CacheEvent) => void): void;
  close(): Promise<void>;
}

const CACHE_CHANNEL = "fedigraph:cache";

export function memoryCluster(): Cluster {
  const windows = ttlCache<string, { used: number; resetsAt: number }>({ ttlMs: 3_600_000, max: 200_000 });
  const records = ttlCache<string, string>({ ttlMs: 3_600_000, max: 100_000 });
  return {
    realtime: createRealtime(),
    counter: {
      async hit(key, windowMs) {
        const now = Date.now();
        let window = windows.get(key);
        if (!window || window.resetsAt <= now) windows.set(key, (window = { used: 0, resetsAt: now + windowMs }));
        window.used++;
        return { ...window };
      },
    },
    idempotency: {
      async claim(key) {
        if (records.get(key) !== undefined) return false;
        records.set(key, "pending");
        return true;
      },
      read: async (key) => records.get(key) ?? null,
      complete: async (key, value) => records.set(key, value),
      release: async (key) => records.delete(key),
    },
    broadcast: () => undefined,
    onBroadcast: () => undefined,
    close: async () => undefined,
  };
}

export async function redisCluster(url: string, onError: (error: unknown) => void): Promise<Cluster> {
  const options = { lazyConnect: true, maxRetriesPerRequest: 3 };
  const commands = new Redis(url, options);
  const publisher = new Redis(url, options);
  const subscriber = new Redis(url, options);
  const cacheSubscriber = new Redis(url, options);
  const clients = [commands, publisher, subscriber, cacheSubscriber];
  for (const client of clients) client.on("error", onError);
  try {
    await Promise.all(clients.map((client) => client.connect()));
  } catch (error) {
    for (const client of clients) client.disconnect();
    throw error;
  }
  const realtime = createRealtime(createRedisEventTarget({ publishClient: publisher, subscribeClient: subscriber }));
  const handlers: ((event: CacheEvent) => void)[] = [];
  // The cache channel rides on its own connection: the event target owns `subscriber`'s handlers.
  await cacheSubscriber.subscribe(CACHE_CHANNEL);
  cacheSubscriber.on("message", (_channel: string, message: string) => {
    try {
      const event = JSON.parse(message) as CacheEvent;
      for (const handler of handlers) handler(event);
    } catch (error) {
      onError(error);
    }
  });
  return {
    realtime,
    counter: {
      async hit(key, windowMs) {
        const redisKey = `fedigraph:rate:${key}`;
        // One round trip: count, start the window on the first hit (NX: Redis 7), read what is left.
        const results = (await commands.multi().incr(redisKey).pexpire(redisKey, windowMs, "NX").pttl(redisKey).exec()) ?? [];
        const used = Number(results[0]?.[1] ?? 1);
        const left = Number(results[2]?.[1] ?? windowMs);
        return { used, resetsAt: Date.now() + Math.max(left, 0) };
      },
    },
    idempotency: {
      claim: async (key, ttlMs) => (await commands.set(`fedigraph:idem:${key}`, "pending", "PX", ttlMs, "NX")) === "OK",
      read: (key) => commands.get(`fedigraph:idem:${key}`),
      complete: async (key, value, ttlMs) => void (await commands.set(`fedigraph:idem:${key}`, value, "PX", ttlMs)),
      release: async (key) => void (await commands.del(`fedigraph:idem:${key}`)),
    },
    broadcast: (event) => void publisher.publish(CACHE_CHANNEL, JSON.stringify(event)).catch(onError),
    onBroadcast: (handler) => void handlers.push(handler),
    async close() {
      await Promise.all(clients.map((client) => client.quit().catch(() => client.disconnect())));
    },
  };
}
