import type { Actor, ServiceDeps } from "../context.js";
import { checkPolicy, checkTitle, findOwnList, othersThan, requireListScope } from "./guards.js";

export interface UpdateListInput {
  id: bigint;
  /** unchanged when absent */
  title?: string | null;
  repliesPolicy?: string | null;
  exclusive?: boolean | null;
}

/** Changes a list's title, replies policy or exclusiveness; absent fields stay as they are. */
export async function updateList(deps: ServiceDeps, actor: Actor | null, input: UpdateListInput) {
  const who = requireListScope(actor, "write");
  const list = await findOwnList(deps, who, input.id);
  const title = input.title != null ? checkTitle(input.title) : undefined;
  const repliesPolicy = input.repliesPolicy != null ? checkPolicy(input.repliesPolicy) : undefined;
  const exclusive = input.exclusive ?? list.exclusive;
  const updated = await deps.db.list.update({ where: { id: list.id }, data: { title, repliesPolicy, exclusive } });
  if (exclusive !== list.exclusive) {
    const members = await deps.db.listAccount.findMany({ where: { listId: list.id }, select: { accountId: true } });
    const changed = othersThan(who.accountId, members.map((m) => m.accountId));
    if (changed.length) {
      deps.events.publish({
        type: "list.exclusions.changed",
        accountId: String(who.accountId),
        hidden: exclusive ? changed : [],
        shown: exclusive ? [] : changed,
      });
    }
  }
  return updated;
}
