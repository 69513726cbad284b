import { NotFoundError } from "../../core/errors.js";
import type { Actor, ServiceDeps } from "../context.js";
import { filterActor, filtersChanged, ownFilterStatus } from "./rules.js";

/** Takes a status out of one of the actor's filters; returns what it was. */
export async function removeFilterStatus(deps: ServiceDeps, actor: Actor | null, id: bigint) {
  const who = filterActor(actor, "write");
  const found = await ownFilterStatus(deps.db, who, id);
  const { count } = await deps.db.filterStatus.deleteMany({ where: { id: found.id } });
  if (count === 0) throw new NotFoundError("Filter status");
  filtersChanged(deps, who);
  return found;
}
