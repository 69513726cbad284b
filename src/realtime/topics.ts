// Typed realtime topics shared by GraphQL subscriptions (and later Mastodon streaming).
// The pub/sub is yoga's, over an EventTarget: in memory by default, Redis when several
// instances run (swap the event target; resolvers do not change).
import { createPubSub, type PubSub } from "@graphql-yoga/subscription";

export type TimelineEvent =
  | { kind: "update"; statusId: string }
  | { kind: "edit"; statusId: string }
  | { kind: "delete"; statusId: string };

export interface NotificationEvent {
  notificationId: string;
}

export type Topics = {
  home: [accountId: string, event: TimelineEvent];
  notifications: [accountId: string, event: NotificationEvent];
  public: [event: TimelineEvent];
  local: [event: TimelineEvent];
  remote: [event: TimelineEvent];
  hashtag: [tag: string, event: TimelineEvent];
  localHashtag: [tag: string, event: TimelineEvent];
  /** direct statuses, to each local participant */
  direct: [accountId: string, event: TimelineEvent];
  list: [listId: string, event: TimelineEvent];
};

/**
 * Publish and subscribe by topic (and id). Implemented by yoga's pub/sub over an
 * EventTarget; adapters depend on this interface only.
 */
export interface Realtime {
  publish<T extends keyof Topics>(topic: T, ...args: Topics[T]): void;
  subscribe<T extends keyof Topics>(
    topic: T,
    ...id: Topics[T] extends [string, unknown] ? [id: string] : []
  ): AsyncIterableIterator<Topics[T] extends [string, infer E] ? E : Topics[T] extends [infer E] ? E : never>;
}

export function createRealtime(eventTarget?: Parameters<typeof createPubSub>[0] extends infer O
  ? O extends { eventTarget?: infer T }
    ? T
    : never
  : never): Realtime {
  const pubsub: PubSub<Topics> = createPubSub<Topics>(eventTarget ? { eventTarget } : undefined);
  return pubsub as unknown as Realtime;
}
