// Loading statuses for GraphQL: every status that leaves the API passes canView or
// showInTimeline (core/visibility.ts) with facts from the per-request loader.
import { brandWithType } from "@pothos/core";
import { canView, showInTimeline } from "../core/visibility.js";
import type { Status } from "../generated/prisma/client.js";
import type { Context } from "./context.js";

export type StatusQuery = { include?: object; select?: object };

export async function visibleIds(ctx: Context, ids: bigint[], mode: "single" | "timeline"): Promise<bigint[]> {
  if (ids.length === 0) return [];
  const [facts, viewer] = await Promise.all([ctx.loaders.statusFacts.loadMany(ids), ctx.viewer()]);
  const check = mode === "timeline" ? showInTimeline : canView;
  return ids.filter((_, i) => {
    const fact = facts[i];
    return fact && !(fact instanceof Error) && check(fact, viewer);
  });
}

/** Loads statuses in the given order, with the Prisma selection the query asked for. */
export async function loadStatuses(ctx: Context, ids: bigint[], query: StatusQuery = {}): Promise<Status[]> {
  if (ids.length === 0) return [];
  const rows = (await ctx.deps.db.status.findMany({
    ...(query as object),
    where: { id: { in: ids } },
  })) as Status[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function loadVisibleStatus(ctx: Context, id: bigint | null | undefined, query: StatusQuery = {}) {
  if (id == null) return null;
  const [visible] = await visibleIds(ctx, [id], "single");
  if (!visible) return null;
  const [status] = await loadStatuses(ctx, [visible], query);
  return status ?? null;
}

export function branded<T extends object>(value: T, ref: unknown): T {
  brandWithType(value, ref as never);
  return value;
}
