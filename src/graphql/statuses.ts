// Loading statuses and accounts for GraphQL: every status that leaves the API passes
// canView or showInTimeline (core/visibility.ts) with facts from the request's loaders.
import { brandWithType } from "@pothos/core";
import { NotFoundError } from "../core/errors.js";
import { visibleIds as filterVisible } from "../db/visible.js";
import type { Account, Status } from "../generated/prisma/client.js";
import type { Context } from "./context.js";

export function visibleIds(ctx: Context, ids: bigint[], mode: "single" | "timeline"): Promise<bigint[]> {
  return filterVisible(ctx.loaders, ctx.viewer(), ids, mode);
}

/** Loads statuses in the given order. */
export async function loadStatuses(ctx: Context, ids: bigint[]): Promise<Status[]> {
  const rows = await ctx.loaders.statuses.loadMany(ids);
  return rows.filter((row): row is Status => !!row && !(row instanceof Error));
}

export async function loadVisibleStatus(ctx: Context, id: bigint | null | undefined): Promise<Status | null> {
  if (id == null) return null;
  const [visible] = await visibleIds(ctx, [id], "single");
  return visible ? ((await ctx.loaders.statuses.load(visible)) ?? null) : null;
}

export async function loadAccount(ctx: Context, id: bigint): Promise<Account> {
  const account = await ctx.loaders.accounts.load(id);
  if (!account) throw new NotFoundError("Account");
  return account;
}

export function branded<T extends object>(value: T, ref: unknown): T {
  brandWithType(value, ref as never);
  return value;
}
