// In-process event bus. Services publish after commit; handlers run later, on their
// own, so a failing or slow handler never fails or slows the user's write.
import type { DomainEvent, EventOf, EventType } from "../core/events.js";

type Handler<T extends EventType> = (event: EventOf<T>) => Promise<void> | void;

export interface EventBus {
  publish(event: DomainEvent): void;
  on<T extends EventType>(type: T, handler: Handler<T>): void;
  /** Resolves once every handler started so far (and what they published) has finished. */
  drain(): Promise<void>;
}

export function createEventBus(onError: (error: unknown, event: DomainEvent) => void): EventBus {
  const handlers = new Map<EventType, Handler<EventType>[]>();
  const pending = new Set<Promise<void>>();

  function run(event: DomainEvent): void {
    for (const handler of handlers.get(event.type) ?? []) {
      const task = new Promise<void>((resolve) => setImmediate(resolve))
        .then(() => handler(event as never))
        .catch((error: unknown) => onError(error, event))
        .finally(() => pending.delete(task));
      pending.add(task);
    }
  }

  return {
    publish: run,
    on(type, handler) {
      const list = handlers.get(type) ?? [];
      list.push(handler as unknown as Handler<EventType>);
      handlers.set(type, list);
    },
    async drain() {
      while (pending.size > 0) await Promise.all([...pending]);
    },
  };
}
