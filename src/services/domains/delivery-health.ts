// Which servers we stop delivering to, as Mastodon does: a host that failed on 7 different
// days (without a success in between) is unavailable, and its deliveries are dropped until
// it is heard from again: any successful delivery or any activity it sends us clears it.
// Each process keeps the few failing hosts in memory (reread every minute), so a healthy
// delivery or an inbound activity costs no query.
import type { ServiceDeps } from "../context.js";

export const UNAVAILABLE_AFTER_DAYS = 7;
const REFRESH_MS = 60_000;

interface HostState {
  failures: number;
  lastFailureAt: Date | null;
  unavailableAt: Date | null;
}

export interface DeliveryHealth {
  isUnavailable(host: string): Promise<boolean>;
  /** a delivery to `host` failed (counts once per day) */
  failed(host: string): Promise<void>;
  /** a delivery to `host` succeeded, or `host` sent us an activity */
  heardFrom(host: string): Promise<void>;
  /** rereads the table now (after a change made elsewhere, such as by an admin) */
  reload(): Promise<void>;
}

const sameUtcDay = (a: Date, b: Date) => a.toISOString().slice(0, 10) === b.toISOString().slice(0, 10);

export function deliveryHealth(deps: ServiceDeps, now: () => Date = () => new Date()): DeliveryHealth {
  let hosts = new Map<string, HostState>();
  let loadedAt = 0;
  let loading: Promise<void> | null = null;

  const refresh = async (force = false) => {
    if (!force && Date.now() - loadedAt < REFRESH_MS) return;
    loading ??= deps.db.deliveryHost
      .findMany()
      .then((rows) => {
        hosts = new Map(rows.map((row) => [row.host, row]));
        loadedAt = Date.now();
      })
      .finally(() => (loading = null));
    await loading;
  };

  return {
    async isUnavailable(host) {
      await refresh();
      return Boolean(hosts.get(host.toLowerCase())?.unavailableAt);
    },
    async failed(rawHost) {
      const host = rawHost.toLowerCase();
      await refresh();
      const at = now();
      const known = hosts.get(host);
      if (known?.lastFailureAt && sameUtcDay(known.lastFailureAt, at)) return;
      const row = await deps.db.deliveryHost.upsert({
        where: { host },
        create: { host, failures: 1, failingSince: at, lastFailureAt: at },
        update: { failures: { increment: 1 }, lastFailureAt: at },
      });
      // Two processes may both count the same day; the day check above keeps that rare.
      const unavailable = row.failures >= UNAVAILABLE_AFTER_DAYS && !row.unavailableAt;
      const state = unavailable ? await deps.db.deliveryHost.update({ where: { host }, data: { unavailableAt: at } }) : row;
      hosts.set(host, state);
    },
    reload: () => refresh(true),
    async heardFrom(rawHost) {
      const host = rawHost.toLowerCase();
      await refresh();
      if (!hosts.has(host)) return;
      hosts.delete(host);
      await deps.db.deliveryHost.deleteMany({ where: { host } });
    },
  };
}
