import { NotFoundError } from "../../core/errors.js";
import type { FilterRecord } from "../../db/filters.js";
import type { Actor, ServiceDeps } from "../context.js";
import { filterActor, filtersChanged, ownFilterRecord } from "./rules.js";

/** Deletes a filter with its keywords and statuses; returns what it was. */
export async function deleteFilter(deps: ServiceDeps, actor: Actor | null, id: bigint): Promise<FilterRecord> {
  const who = filterActor(actor, "write");
  const filter = await ownFilterRecord(deps.db, who, id);
  const { count } = await deps.db.filter.deleteMany({ where: { id: filter.id, accountId: who.accountId } });
  if (count === 0) throw new NotFoundError("Filter");
  filtersChanged(deps, who);
  return filter;
}
