import { Prisma } from "../../generated/prisma/client.js";
import type { Actor, ServiceDeps } from "../context.js";
import { checkAccountIds } from "./add-accounts.js";
import { findOwnList, othersThan, requireListScope } from "./guards.js";

/** Removes accounts from one of the actor's lists; accounts not in it are ignored. */
export async function removeListAccounts(deps: ServiceDeps, actor: Actor | null, listId: bigint, accountIds: bigint[]) {
  const who = requireListScope(actor, "write");
  const ids = checkAccountIds(accountIds);
  const list = await findOwnList(deps, who, listId);
  const removed = await deps.db.$queryRaw<{ account_id: bigint }[]>(Prisma.sql`
    DELETE FROM list_accounts WHERE list_id = ${list.id} AND account_id = ANY(${ids.map(String)}::bigint[])
    RETURNING account_id`);
  const shown = list.exclusive ? othersThan(who.accountId, removed.map((row) => BigInt(row.account_id))) : [];
  if (shown.length) deps.events.publish({ type: "list.exclusions.changed", accountId: String(who.accountId), hidden: [], shown });
  return list;
}
