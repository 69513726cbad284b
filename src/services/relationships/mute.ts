import { ValidationError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import type { Actor, ServiceDeps } from "../context.js";
import { findActiveAccount, freshAccount, requireActor } from "../guards.js";

export interface MuteInput {
  accountId: bigint;
  /** hide their notifications too (default true, as on Mastodon) */
  notifications?: boolean | null;
  /** seconds; 0 or absent: until unmuted */
  duration?: number | null;
}

export async function mute(deps: ServiceDeps, actor: Actor | null, input: MuteInput) {
  const who = requireActor(actor, "follow", "write:mutes");
  if (input.accountId === who.accountId) throw new ValidationError("You can't mute yourself", "accountId");
  const duration = input.duration ?? 0;
  if (!Number.isInteger(duration) || duration < 0 || duration > 10 * 365 * 86_400) {
    throw new ValidationError("Duration must be a number of seconds, 0 for ever", "duration");
  }
  const target = await findActiveAccount(deps, input.accountId);
  const data = {
    hideNotifications: input.notifications ?? true,
    expiresAt: duration ? new Date(Date.now() + duration * 1000) : null,
  };
  await deps.db.mute.upsert({
    where: { accountId_targetAccountId: { accountId: who.accountId, targetAccountId: target.id } },
    create: { id: newId(), accountId: who.accountId, targetAccountId: target.id, ...data },
    update: data,
  });
  const ids = { accountId: String(who.accountId), targetAccountId: String(target.id) };
  deps.events.publish({ type: "mute.created", ...ids });
  deps.events.publish({ type: "relationship.changed", ...ids });
  return freshAccount(deps, target.id);
}

export async function unmute(deps: ServiceDeps, actor: Actor | null, accountId: bigint) {
  const who = requireActor(actor, "follow", "write:mutes");
  const target = await findActiveAccount(deps, accountId);
  const { count } = await deps.db.mute.deleteMany({ where: { accountId: who.accountId, targetAccountId: target.id } });
  if (count) {
    deps.events.publish({ type: "relationship.changed", accountId: String(who.accountId), targetAccountId: String(target.id) });
  }
  return freshAccount(deps, target.id);
}
