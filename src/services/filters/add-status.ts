import { ConflictError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import type { Actor, ServiceDeps } from "../context.js";
import { findVisibleStatus, isUniqueViolation } from "../guards.js";
import { filterActor, filtersChanged, ownFilter } from "./rules.js";

/** Adds a status (one the actor may see) to one of the actor's filters. */
export async function addFilterStatus(deps: ServiceDeps, actor: Actor | null, filterId: bigint, statusId: bigint) {
  const who = filterActor(actor, "write");
  const filter = await ownFilter(deps.db, who, filterId);
  const { status } = await findVisibleStatus(deps, who, statusId);
  try {
    const created = await deps.db.filterStatus.create({ data: { id: newId(), filterId: filter.id, statusId: status.id } });
    filtersChanged(deps, who);
    return created;
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError("Status has already been taken", "status_id");
    throw error;
  }
}
