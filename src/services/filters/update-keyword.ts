import type { Actor, ServiceDeps } from "../context.js";
import { checkKeyword, filterActor, filtersChanged, ownKeyword } from "./rules.js";

/** Changes one of the actor's filter keywords. */
export async function updateFilterKeyword(
  deps: ServiceDeps,
  actor: Actor | null,
  id: bigint,
  input: { keyword: string | null | undefined; wholeWord?: boolean | null },
) {
  const who = filterActor(actor, "write");
  const keyword = checkKeyword(input.keyword);
  const found = await ownKeyword(deps.db, who, id);
  const updated = await deps.db.filterKeyword.update({
    where: { id: found.id },
    data: { keyword, ...(input.wholeWord !== undefined && input.wholeWord !== null ? { wholeWord: input.wholeWord } : {}) },
  });
  filtersChanged(deps, who);
  return updated;
}
