import { ValidationError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import type { Actor, ServiceDeps } from "../context.js";
import { findOwnStatus, requireActor } from "../guards.js";

export const MAX_PINS = 5;

const ownStatus = (deps: ServiceDeps, who: Actor, statusId: bigint) => findOwnStatus(deps, who, statusId);

export async function pin(deps: ServiceDeps, actor: Actor | null, statusId: bigint) {
  const who = requireActor(actor, "write");
  const status = await ownStatus(deps, who, statusId);
  if (status.reblogOfId) throw new ValidationError("A boost can't be pinned", "id");
  if (status.visibility === "DIRECT") throw new ValidationError("A direct message can't be pinned", "id");
  await deps.db.$transaction(async (tx) => {
    // One pin at a time per account, so the limit holds under concurrent requests.
    await tx.$executeRaw`SELECT 1 FROM accounts WHERE id = ${who.accountId} FOR UPDATE`;
    const already = await tx.pin.findUnique({ where: { accountId_statusId: { accountId: who.accountId, statusId } } });
    if (already) return;
    if ((await tx.pin.count({ where: { accountId: who.accountId } })) >= MAX_PINS) {
      throw new ValidationError(`You can pin at most ${MAX_PINS} statuses`, "id");
    }
    await tx.pin.create({ data: { id: newId(), accountId: who.accountId, statusId } });
  });
  return status;
}

export async function unpin(deps: ServiceDeps, actor: Actor | null, statusId: bigint) {
  const who = requireActor(actor, "write");
  const status = await ownStatus(deps, who, statusId);
  await deps.db.pin.deleteMany({ where: { accountId: who.accountId, statusId } });
  return status;
}
