// One person's marks on a thread: a direct conversation read or hidden, a conversation muted.
import { NotFoundError } from "../../core/errors.js";
import type { Actor, ServiceDeps } from "../context.js";
import { findVisibleStatus, requireActor } from "../guards.js";

/** The thread of a direct conversation the actor takes part in, with its newest status. */
async function ownConversation(deps: ServiceDeps, actor: Actor, threadId: bigint) {
  const [row] = await deps.db.$queryRaw<{ lastId: bigint | null }[]>`
    SELECT max(s.id) AS "lastId" FROM statuses s
    WHERE COALESCE(s.thread_id, s.id) = ${threadId} AND s.visibility = 'DIRECT' AND s.deleted_at IS NULL
      AND (s.account_id = ${actor.accountId} OR EXISTS (SELECT 1 FROM mentions m WHERE m.status_id = s.id AND m.account_id = ${actor.accountId}))`;
  if (!row?.lastId) throw new NotFoundError("Conversation");
  return row.lastId;
}

async function mark(deps: ServiceDeps, accountId: bigint, threadId: bigint, set: { readUpToId?: bigint; hiddenUpToId?: bigint; muted?: boolean }) {
  await deps.db.threadState.upsert({
    where: { accountId_threadId: { accountId, threadId } },
    create: { accountId, threadId, ...set },
    update: set,
  });
}

/** POST /api/v1/conversations/:id/read */
export async function markConversationRead(deps: ServiceDeps, actor: Actor | null, threadId: bigint) {
  const who = requireActor(actor, "write");
  const lastId = await ownConversation(deps, who, threadId);
  await mark(deps, who.accountId, threadId, { readUpToId: lastId });
  return lastId;
}

/** DELETE /api/v1/conversations/:id: hidden until a newer status arrives in it. */
export async function hideConversation(deps: ServiceDeps, actor: Actor | null, threadId: bigint) {
  const who = requireActor(actor, "write");
  const lastId = await ownConversation(deps, who, threadId);
  await mark(deps, who.accountId, threadId, { hiddenUpToId: lastId, readUpToId: lastId });
}

/** Mutes (or unmutes) notifications from the thread of a status the actor may see. */
export async function muteConversation(deps: ServiceDeps, actor: Actor | null, statusId: bigint, muted: boolean) {
  const who = requireActor(actor, "write");
  const { status } = await findVisibleStatus(deps, who, statusId);
  await mark(deps, who.accountId, status.threadId ?? status.id, { muted });
  return status;
}
