import { NotFoundError, ValidationError } from "../../core/errors.js";
import type { Actor, ServiceDeps } from "../context.js";
import { isUniqueViolation } from "../guards.js";
import { findOwnList, othersThan, requireListScope } from "./guards.js";

/** At most this many accounts per call. */
export const MAX_ACCOUNTS_PER_CALL = 100;

export function checkAccountIds(accountIds: bigint[]): bigint[] {
  const ids = [...new Set(accountIds)];
  if (ids.length === 0) throw new ValidationError("Validation failed: Account ids can't be blank", "accountIds");
  if (ids.length > MAX_ACCOUNTS_PER_CALL) {
    throw new ValidationError(`At most ${MAX_ACCOUNTS_PER_CALL} accounts at a time`, "accountIds");
  }
  return ids;
}

/**
 * Adds accounts to one of the actor's lists, all or none. As on Mastodon, you may add
 * only accounts you follow (or asked to follow), and yourself; an account already in
 * the list is refused.
 */
export async function addListAccounts(deps: ServiceDeps, actor: Actor | null, listId: bigint, accountIds: bigint[]) {
  const who = requireListScope(actor, "write");
  const ids = checkAccountIds(accountIds);
  const list = await findOwnList(deps, who, listId);
  const found = await deps.db.account.count({ where: { id: { in: ids }, suspendedAt: null } });
  if (found !== ids.length) throw new NotFoundError("Account");
  const others = ids.filter((id) => id !== who.accountId);
  const pairs = { accountId: who.accountId, targetAccountId: { in: others } };
  const [follows, requests, present] = await Promise.all([
    deps.db.follow.findMany({ where: pairs, select: { targetAccountId: true } }),
    deps.db.followRequest.findMany({ where: pairs, select: { targetAccountId: true } }),
    deps.db.listAccount.count({ where: { listId: list.id, accountId: { in: ids } } }),
  ]);
  const related = new Set([...follows, ...requests].map((row) => row.targetAccountId));
  if (others.some((id) => !related.has(id))) {
    throw new ValidationError("Validation failed: Account must be an account you follow", "accountIds");
  }
  const taken = () => new ValidationError("Validation failed: Account has already been taken", "accountIds");
  if (present) throw taken();
  try {
    await deps.db.listAccount.createMany({ data: ids.map((accountId) => ({ listId: list.id, accountId })) });
  } catch (error) {
    if (isUniqueViolation(error)) throw taken();
    // The list went away meanwhile (foreign key).
    if ((error as { code?: string })?.code === "P2003") throw new NotFoundError("List");
    throw error;
  }
  const hidden = list.exclusive ? othersThan(who.accountId, ids) : [];
  if (hidden.length) deps.events.publish({ type: "list.exclusions.changed", accountId: String(who.accountId), hidden, shown: [] });
  return list;
}
