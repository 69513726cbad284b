// The policy around each delivery Fedify makes from our queue: nothing goes to a server that
// may not federate with us (suspended, or not allowed under limited federation:
// services/domains/policy.ts mayFederate) or one that is unavailable
// (services/domains/delivery-health.ts), nor to a private address unless ALLOW_PRIVATE_NETWORK
// (Fedify's sender does not check that itself, nor the redirects it follows: public-fetch.ts); at most
// PER_HOST deliveries to one host at once in a process; a delivery that takes longer than
// TIMEOUT_MS fails and is retried later. Successes, failures and activities the host sends
// us feed the health record.
import { validatePublicUrl } from "@fedify/vocab-runtime";
import type { ServiceDeps } from "../services/context.js";
import type { DeliveryHealth } from "../services/domains/delivery-health.js";
import { mayFederate } from "../services/domains/policy.js";
import { outbound } from "./public-fetch.js";

const PER_HOST = 4;
const TIMEOUT_MS = 30_000;

interface OutboxMessage {
  type: "outbox";
  inbox: string;
}

const isDelivery = (payload: unknown): payload is OutboxMessage =>
  typeof payload === "object" && payload !== null && (payload as { type?: unknown }).type === "outbox" && typeof (payload as { inbox?: unknown }).inbox === "string";

/** Waits its turn among the deliveries to one host. */
function hostSlots(limit: number) {
  const active = new Map<string, number>();
  const waiting = new Map<string, (() => void)[]>();
  return {
    async acquire(host: string) {
      if ((active.get(host) ?? 0) < limit) {
        active.set(host, (active.get(host) ?? 0) + 1);
        return;
      }
      await new Promise<void>((resolve) => waiting.set(host, [...(waiting.get(host) ?? []), resolve]));
    },
    release(host: string) {
      const next = waiting.get(host)?.shift();
      if (next) return next(); // the slot passes straight on
      if (waiting.get(host)?.length === 0) waiting.delete(host);
      const left = (active.get(host) ?? 1) - 1;
      if (left <= 0) active.delete(host);
      else active.set(host, left);
    },
  };
}

export type MessageGuard = (payload: unknown, run: () => Promise<void>) => Promise<void>;

export function deliveryGuard(deps: ServiceDeps, health: DeliveryHealth, options: { perHost?: number; timeoutMs?: number } = {}): MessageGuard {
  const slots = hostSlots(options.perHost ?? PER_HOST);
  const timeoutMs = options.timeoutMs ?? TIMEOUT_MS;
  return async (payload, run) => {
    if (!isDelivery(payload)) {
      // An activity a server sent us shows it is up: deliveries to it resume.
      const actor = (payload as { type?: unknown; activity?: { actor?: unknown } } | null)?.activity?.actor;
      if ((payload as { type?: unknown }).type === "inbox" && typeof actor === "string" && URL.canParse(actor)) {
        await health.heardFrom(new URL(actor).host).catch(() => undefined);
      }
      return outbound({}, run);
    }
    let inbox: URL;
    try {
      inbox = new URL(payload.inbox);
    } catch {
      return; // nowhere to deliver: dropped
    }
    const host = inbox.host.toLowerCase();
    if (!(await mayFederate(deps, host)) || (await health.isUnavailable(host))) return;
    if (!deps.config.allowPrivateNetwork) {
      try {
        await validatePublicUrl(inbox.href);
      } catch (error) {
        // A name that does not resolve now may later: tried again. A private address never is.
        if ((error as { cause?: unknown }).cause !== undefined) {
          await health.failed(host).catch(() => undefined);
          throw error;
        }
        return;
      }
    }
    await slots.acquire(host);
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`Delivery to ${inbox.href} took longer than ${timeoutMs} ms`)), timeoutMs);
      });
      await Promise.race([outbound({ publicOnly: !deps.config.allowPrivateNetwork }, run), timeout]);
    } catch (error) {
      await health.failed(host).catch(() => undefined);
      throw error;
    } finally {
      clearTimeout(timer);
      slots.release(host);
    }
    await health.heardFrom(host).catch(() => undefined);
  };
}
