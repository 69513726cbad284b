// Creates notifications for local people, unless the recipient blocks or mutes the
// cause (checked again when they are read), or blocked the cause's server.
import { newId } from "../../core/ids.js";
import type { NotificationType } from "../../generated/prisma/enums.js";
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
  const from = input.fromAccountId;
  // Nobody hears from a server they blocked (services/domains/account-blocks.ts).
  const source = await deps.db.account.findUnique({ where: { id: from }, select: { domain: true } });
  const recipients = await deps.db.account.findMany({
    where: {
      id: { in: candidates },
      domain: null,
      suspendedAt: null,
      ...(source?.domain ? { domainBlocks: { none: { domain: source.domain } } } : {}),
      blocking: { none: { targetAccountId: from } },
      blockedBy: { none: { accountId: from } },
      muting: {
        none: { targetAccountId: from, hideNotifications: true, OR: [{ expiresAt: null }, { expiresAt: { gt: new Date() } }] },
      },
    },
    select: { id: true },
  });
  // People who muted the conversation hear nothing more from it.
  const mutedThread = new Set<bigint>();
  if (input.statusId != null && recipients.length > 0) {
    const muted = await deps.db.$queryRaw<{ accountId: bigint }[]>`
      SELECT ts.account_id AS "accountId" FROM statuses s
      JOIN thread_states ts ON ts.thread_id = COALESCE(s.thread_id, s.id) AND ts.muted
      WHERE s.id = ${input.statusId} AND ts.account_id = ANY(${recipients.map((r) => r.id)}::bigint[])`;
    for (const row of muted) mutedThread.add(row.accountId);
  }
  const rows = recipients.filter((recipient) => !mutedThread.has(recipient.id)).map((recipient) => ({
    id: newId(),
    accountId: recipient.id,
    fromAccountId: from,
    type: input.type,
    statusId: input.statusId ?? null,
  }));
  if (rows.length) await deps.db.notification.createMany({ data: rows });
  return rows.map((row) => ({ id: row.id, accountId: row.accountId }));
}
