import { NotFoundError } from "../../core/errors.js";
import type { Actor, ServiceDeps } from "../context.js";
import { filterActor, filtersChanged, ownKeyword } from "./rules.js";

/** Removes a keyword from one of the actor's filters (the filter stays); returns what it was. */
export async function deleteFilterKeyword(deps: ServiceDeps, actor: Actor | null, id: bigint) {
  const who = filterActor(actor, "write");
  const found = await ownKeyword(deps.db, who, id);
  const { count } = await deps.db.filterKeyword.deleteMany({ where: { id: found.id } });
  if (count === 0) throw new NotFoundError("Filter keyword");
  filtersChanged(deps, who);
  return found;
}
