// A transactional outbox for what other servers must hear about: the domain event of a local
// post, edit, boost or deletion is written to the jobs table inside the change's own
// transaction, so the federation outbox finds it even when the process dies right after the
// commit (before the in-process bus has run). The bus still carries the same event to the
// in-process subscribers (timelines, streaming) at once.
import type { DomainEvent } from "../core/events.js";
import type { Tx } from "../db/client.js";

export const OUTBOX_EVENTS_QUEUE = "outbox-events";

/** Keeps `event` with the write in progress; events of one status run in order. */
export async function keepForOutbox(tx: Tx, event: DomainEvent & { statusId: string }): Promise<void> {
  await tx.$executeRaw`INSERT INTO jobs (queue, payload, ordering_key)
    VALUES (${OUTBOX_EVENTS_QUEUE}, ${JSON.stringify(event)}::jsonb, ${`status:${event.statusId}`})`;
}
