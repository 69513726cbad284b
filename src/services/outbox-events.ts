// A transactional outbox for what other servers must hear about: the domain event of a local
// post, edit, boost or deletion, a follow and its end, a block, a favourite, a vote, a profile
// change, a suspension and its end, a deleted account, a move, a forwarded report, is written to the jobs table inside the change's own
// transaction, so the federation outbox finds it even when the process dies right after the
// commit (before the in-process bus has run), and when the change was made by another
// process (the admin CLI) whose bus nobody listens to. The bus still carries the same event
// to the in-process subscribers (timelines, streaming) at once.
import type { EventOf } from "../core/events.js";
import type { Tx } from "../db/client.js";

export const OUTBOX_EVENTS_QUEUE = "outbox-events";

export const FEDERATING_EVENTS = [
  "status.created", "status.updated", "status.deleted",
  "account.updated", "account.suspended", "account.unsuspended", "account.deleted", "account.moved",
  "follow.requested", "follow.created", "follow.rejected", "follow.removed", "block.created", "block.removed",
  "favourite.created", "favourite.removed", "poll.voted", "report.created",
] as const;

export type FederatingEvent = EventOf<(typeof FEDERATING_EVENTS)[number]>;

/** Events of one status (its favourites too), of one account's doings or of one report are sent in the order they happened. */
function orderingKey(event: FederatingEvent): string {
  if ("statusId" in event) return `status:${event.statusId}`;
  if (event.type === "report.created") return `report:${event.reportId}`;
  return `account:${event.accountId}`;
}

/**
 * Keeps `event` with the write in progress: `db` is the transaction (or, in a batch
 * transaction of Prisma operations, the client).
 */
export function keepForOutbox(db: Pick<Tx, "$executeRaw">, event: FederatingEvent) {
  return db.$executeRaw`INSERT INTO jobs (queue, payload, ordering_key)
    VALUES (${OUTBOX_EVENTS_QUEUE}, ${JSON.stringify(event)}::jsonb, ${orderingKey(event)})`;
}

/** Keeps many events with the write in progress, in one statement. */
export async function keepAllForOutbox(tx: Pick<Tx, "$executeRaw">, events: FederatingEvent[]): Promise<void> {
  if (events.length === 0) return;
  await tx.$executeRaw`INSERT INTO jobs (queue, payload, ordering_key)
    SELECT ${OUTBOX_EVENTS_QUEUE}, p::jsonb, k
    FROM unnest(${events.map((e) => JSON.stringify(e))}::text[], ${events.map(orderingKey)}::text[]) WITH ORDINALITY AS t(p, k, n) ORDER BY n`;
}
