// A small in-process cache whose entries expire after `ttlMs` and which never holds
// more than `max` entries (the oldest go first). Used for the few short-lived caches
// on hot paths: tokens, viewers, live rows, shared renders, compiled documents.

export interface TtlCache<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): void;
  delete(key: K): void;
  /** The cached value, or `make()` stored and returned. */
  getOrCreate(key: K, make: () => V): V;
  readonly size: number;
}

export function ttlCache<K, V>(options: { ttlMs: number; max: number; now?: () => number }): TtlCache<K, V> {
  const now = options.now ?? Date.now;
  const entries = new Map<K, { expires: number; value: V }>();

  function evict() {
    const at = now();
    for (const [key, entry] of entries) {
      if (entries.size < options.max) return;
      if (entry.expires <= at) entries.delete(key);
    }
    while (entries.size >= options.max) entries.delete(entries.keys().next().value as K);
  }

  const cache: TtlCache<K, V> = {
    get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expires > now()) return entry.value;
      entries.delete(key);
      return undefined;
    },
    set(key, value) {
      entries.delete(key);
      if (entries.size >= options.max) evict();
      entries.set(key, { expires: now() + options.ttlMs, value });
    },
    delete(key) {
      entries.delete(key);
    },
    getOrCreate(key, make) {
      const hit = cache.get(key);
      if (hit !== undefined) return hit;
      const value = make();
      cache.set(key, value);
      return value;
    },
    get size() {
      return entries.size;
    },
  };
  return cache;
}
