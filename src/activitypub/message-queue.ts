// Fedify's MessageQueue on our durable job queue (src/jobs): outgoing deliveries and
// incoming activities are rows in `jobs`, so they survive a restart. `nativeRetrial`: a
// failed delivery or inbox listener throws back to our queue, which retries with its own
// backoff (Fedify still gives up at once on permanent failures such as 404/410, and honours
// Retry-After by enqueueing with a delay).
import type { MessageQueue, MessageQueueEnqueueOptions, MessageQueueListenOptions } from "@fedify/fedify";
import type { JobQueue } from "../jobs/queue.js";
import type { MessageGuard } from "./delivery.js";
import type { SharedPayloads } from "./shared-payloads.js";

/** Fedify's three queues, with how many of their jobs run at once in a process. Deliveries
 * mostly wait on other servers, inbox activities on the database (a few commits each), so
 * many of both run at once (the inbox drain: 8 at once 198/s, 24 273/s, 48 307/s). The inbox
 * queue keeps the name all three shared before (Fedify runs any message whichever queue it
 * comes from). */
export const FEDIFY_QUEUES = {
  inbox: { name: "fedify", concurrency: 32 },
  outbox: { name: "fedify-outbox", concurrency: 32 },
  fanout: { name: "fedify-fanout", concurrency: 2 },
} as const;

const toOptions = (options?: MessageQueueEnqueueOptions) => ({
  ...(options?.delay ? { delayMs: Math.max(0, options.delay.total({ unit: "millisecond" })) } : {}),
  ...(options?.orderingKey ? { orderingKey: options.orderingKey } : {}),
});

const unguarded: MessageGuard = (_payload, run) => run();

const asIs: SharedPayloads = { pack: async (message) => message, unpack: async (payload) => payload };

export function fedifyMessageQueue(
  jobs: JobQueue,
  { name, concurrency }: { name: string; concurrency: number },
  guard: MessageGuard = unguarded,
  shared: SharedPayloads = asIs,
): MessageQueue {
  return {
    nativeRetrial: true,
    enqueue: async (message, options) => jobs.enqueue(name, await shared.pack(message), toOptions(options)),
    enqueueMany: async (messages, options) => jobs.enqueueMany(name, await Promise.all(messages.map(shared.pack)), toOptions(options)),
    async listen(handler, options?: MessageQueueListenOptions) {
      jobs.work(name, (payload) => guard(payload, async () => handler(await shared.unpack(payload))), { concurrency });
      // Workers stop with the job queue (app.stop); this only reports when Fedify is told to stop.
      const signal = options?.signal;
      if (!signal) return new Promise<void>(() => {});
      if (signal.aborted) return;
      await new Promise<void>((resolve) => signal.addEventListener("abort", () => resolve(), { once: true }));
    },
    async getDepth() {
      return jobs.depth(name);
    },
  };
}
