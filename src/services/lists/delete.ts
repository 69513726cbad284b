import { NotFoundError } from "../../core/errors.js";
import type { Actor, ServiceDeps } from "../context.js";
import { findOwnList, othersThan, requireListScope } from "./guards.js";

/** Deletes one of the actor's lists; an exclusive list's members come back to home. */
export async function deleteList(deps: ServiceDeps, actor: Actor | null, id: bigint) {
  const who = requireListScope(actor, "write");
  const list = await findOwnList(deps, who, id);
  const members = await deps.db.$transaction(async (tx) => {
    const rows = await tx.listAccount.findMany({ where: { listId: list.id }, select: { accountId: true } });
    const { count } = await tx.list.deleteMany({ where: { id: list.id, accountId: who.accountId } });
    if (!count) throw new NotFoundError("List");
    return rows.map((row) => row.accountId);
  });
  const shown = list.exclusive ? othersThan(who.accountId, members) : [];
  if (shown.length) deps.events.publish({ type: "list.exclusions.changed", accountId: String(who.accountId), hidden: [], shown });
  return list;
}
