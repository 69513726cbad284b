// Fedify's MessageQueue on our durable job queue (src/jobs): outgoing deliveries and
// incoming activities are rows in `jobs`, so they survive a restart. `nativeRetrial`: a
// failed delivery or inbox listener throws back to our queue, which retries with its own
// backoff (Fedify still gives up at once on permanent failures such as 404/410, and honours
// Retry-After by enqueueing with a delay).
import type { MessageQueue, MessageQueueEnqueueOptions, MessageQueueListenOptions } from "@fedify/fedify";
import type { JobQueue } from "../jobs/queue.js";
import type { MessageGuard } from "./delivery.js";

export const FEDIFY_QUEUE = "fedify";

const toOptions = (options?: MessageQueueEnqueueOptions) => ({
  ...(options?.delay ? { delayMs: Math.max(0, options.delay.total({ unit: "millisecond" })) } : {}),
  ...(options?.orderingKey ? { orderingKey: options.orderingKey } : {}),
});

const unguarded: MessageGuard = (_payload, run) => run();

export function fedifyMessageQueue(jobs: JobQueue, guard: MessageGuard = unguarded, concurrency = 8): MessageQueue {
  return {
    nativeRetrial: true,
    enqueue: (message, options) => jobs.enqueue(FEDIFY_QUEUE, message, toOptions(options)),
    enqueueMany: (messages, options) => jobs.enqueueMany(FEDIFY_QUEUE, messages, toOptions(options)),
    async listen(handler, options?: MessageQueueListenOptions) {
      jobs.work(FEDIFY_QUEUE, (payload) => guard(payload, async () => handler(payload)), { concurrency });
      // Workers stop with the job queue (app.stop); this only reports when Fedify is told to stop.
      const signal = options?.signal;
      if (!signal) return new Promise<void>(() => {});
      if (signal.aborted) return;
      await new Promise<void>((resolve) => signal.addEventListener("abort", () => resolve(), { once: true }));
    },
    async getDepth() {
      return jobs.depth(FEDIFY_QUEUE);
    },
  };
}
