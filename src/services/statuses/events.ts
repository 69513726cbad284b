import type { EventOf } from "../../core/events.js";
import type { Status } from "../../generated/prisma/client.js";

export function statusCreatedEvent(
  status: Status,
  mentionedIds: bigint[],
  tags: string[],
  reblogOf: Pick<Status, "id" | "accountId"> | null,
): EventOf<"status.created"> {
  return {
    type: "status.created",
    statusId: String(status.id),
    accountId: String(status.accountId),
    reblogOfId: reblogOf ? String(reblogOf.id) : null,
    reblogOfAccountId: reblogOf ? String(reblogOf.accountId) : null,
    inReplyToAccountId: status.inReplyToAccountId ? String(status.inReplyToAccountId) : null,
    visibility: status.visibility,
    local: status.local,
    mentionedIds: mentionedIds.map(String),
    tags,
  };
}
