// Creates notifications for local people, unless the recipient blocks or mutes the
// cause (checked again when they are read), blocked the cause's server, or muted the
// conversation: one statement (db/notifications.ts), as every post with a mention makes one.
import { newId } from "../../core/ids.js";
import type { NotificationType } from "../../generated/prisma/enums.js";
import { insertNotifications } from "../../db/notifications.js";
import type { ServiceDeps } from "../context.js";

export interface NotifyInput {
  type: NotificationType;
  fromAccountId: bigint;
  recipientIds: bigint[];
  statusId?: bigint | null;
  /** the cause may notify itself (a poll's author hears that it ended) */
  includeSelf?: boolean;
}

/** Returns the created notifications as (id, recipient) pairs. */
export async function notify(deps: ServiceDeps, input: NotifyInput): Promise<{ id: bigint; accountId: bigint }[]> {
  const candidates = [...new Set(input.recipientIds)].filter((id) => input.includeSelf || id !== input.fromAccountId);
  if (candidates.length === 0) return [];
  return insertNotifications(deps.pool, {
    type: input.type,
    fromAccountId: input.fromAccountId,
    recipients: candidates.map((accountId) => ({ accountId, id: newId() })),
    statusId: input.statusId ?? null,
  });
}
