// Moderation of single statuses (those named in a report, usually): deleted as their author
// would delete them (boosts of them go too; other servers hear of it), or marked sensitive
// (other servers get the Update). Runs inside the account action's transaction; the events
// to publish after commit are returned.
import { ValidationError } from "../../core/errors.js";
import type { DomainEvent } from "../../core/events.js";
import type { Tx } from "../../db/client.js";
import type { Status } from "../../generated/prisma/client.js";
import { keepForOutbox } from "../outbox-events.js";
import { softDelete, statusDeletedEvent } from "../statuses/delete.js";

const MAX = 200;

/** The target's statuses with these ids (deleted ones left out); refuses ids of anyone else's. */
async function theirStatuses(tx: Tx, accountId: bigint, ids: bigint[]) {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) throw new ValidationError("No statuses to act on: name a report with statuses, or the statuses", "statusIds");
  if (wanted.length > MAX) throw new ValidationError(`At most ${MAX} statuses at once`, "statusIds");
  const rows = await tx.status.findMany({ where: { id: { in: wanted } }, include: { tags: { include: { tag: true } } } });
  if (rows.length !== wanted.length || rows.some((row) => row.accountId !== accountId)) {
    throw new ValidationError("The statuses must be the account's own", "statusIds");
  }
  return rows.filter((row) => row.deletedAt === null);
}

const tagsOf = (status: { tags: { tag: { name: string } }[] }) => status.tags.map((t) => t.tag.name);

export async function deleteStatusesWithin(tx: Tx, accountId: bigint, ids: bigint[]): Promise<DomainEvent[]> {
  const events: DomainEvent[] = [];
  for (const status of await theirStatuses(tx, accountId, ids)) {
    const boosts: Status[] = await tx.status.findMany({ where: { reblogOfId: status.id, deletedAt: null } });
    for (const boost of boosts) {
      if (!(await softDelete(tx, boost))) continue;
      const event = statusDeletedEvent(boost, []);
      if (boost.local) await keepForOutbox(tx, event);
      events.push(event);
    }
    if (!(await softDelete(tx, status))) continue;
    const event = statusDeletedEvent(status, tagsOf(status));
    if (status.local) await keepForOutbox(tx, event);
    events.push(event);
  }
  return events;
}

export async function markSensitiveWithin(tx: Tx, accountId: bigint, ids: bigint[]): Promise<DomainEvent[]> {
  const events: DomainEvent[] = [];
  for (const status of await theirStatuses(tx, accountId, ids)) {
    if (status.sensitive || status.reblogOfId !== null) continue;
    await tx.status.update({ where: { id: status.id }, data: { sensitive: true } });
    const event = {
      type: "status.updated" as const,
      statusId: String(status.id),
      accountId: String(accountId),
      visibility: status.visibility,
      tags: tagsOf(status),
      local: status.local,
    };
    if (status.local) await keepForOutbox(tx, event);
    events.push(event);
  }
  return events;
}
