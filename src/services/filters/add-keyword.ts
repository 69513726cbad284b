import { ValidationError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import type { Actor, ServiceDeps } from "../context.js";
import { MAX_KEYWORDS, checkKeyword, filterActor, filtersChanged, ownFilter } from "./rules.js";

/** Adds a keyword to one of the actor's filters. */
export async function addFilterKeyword(
  deps: ServiceDeps,
  actor: Actor | null,
  filterId: bigint,
  input: { keyword: string | null | undefined; wholeWord?: boolean | null },
) {
  const who = filterActor(actor, "write");
  const keyword = checkKeyword(input.keyword);
  const created = await deps.db.$transaction(async (tx) => {
    // One change at a time per filter, so the keyword limit holds.
    await tx.$executeRaw`SELECT 1 FROM filters WHERE id = ${filterId} FOR UPDATE`;
    const filter = await ownFilter(tx, who, filterId);
    if ((await tx.filterKeyword.count({ where: { filterId: filter.id } })) >= MAX_KEYWORDS) {
      throw new ValidationError(`A filter holds at most ${MAX_KEYWORDS} keywords`, "keyword");
    }
    return tx.filterKeyword.create({ data: { id: newId(), filterId: filter.id, keyword, wholeWord: input.wholeWord ?? true } });
  });
  filtersChanged(deps, who);
  return created;
}
