// Connections over snowflake-ordered lists (newest first), shared by every timeline.
import { queryFromInfo } from "@pothos/plugin-prisma";
import type { GraphQLResolveInfo } from "graphql";
import { toPage, toPageQuery, type PageArgs, type PageQuery } from "../core/paging.js";
import type { Context } from "./context.js";
import { loadStatuses, visibleIds } from "./statuses.js";

export interface Edge<T> {
  cursor: string;
  node: T;
}

export function connection<T>(items: { cursor: bigint; node: T }[], flags: { hasNextPage: boolean; hasPreviousPage: boolean }) {
  const edges: Edge<T>[] = items.map((item) => ({ cursor: String(item.cursor), node: item.node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: flags.hasNextPage,
      hasPreviousPage: flags.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/**
 * A page of statuses: fetch cursor rows (one more than asked), keep those the viewer
 * may see, in order.
 */
export async function statusConnection(
  ctx: Context,
  args: PageArgs,
  fetch: (page: PageQuery) => Promise<{ cursor: bigint; statusId: bigint }[]>,
  mode: "single" | "timeline" = "timeline",
) {
  const page = toPageQuery(args);
  const rows = await fetch(page);
  const { items, ...flags } = toPage(rows, page, { after: args.after != null, before: args.before != null });
  await ctx.loaders.prime(items.map((item) => item.statusId));
  const visible = new Set(await visibleIds(ctx, items.map((item) => item.statusId), mode));
  const kept = items.filter((item) => visible.has(item.statusId));
  const statuses = await loadStatuses(ctx, kept.map((item) => item.statusId));
  const byId = new Map(statuses.map((status) => [status.id, status]));
  return connection(
    kept.flatMap((item) => {
      const node = byId.get(item.statusId);
      return node ? [{ cursor: item.cursor, node }] : [];
    }),
    flags,
  );
}

/** The Prisma selection a connection's nodes ask for (for Prisma-backed node types). */
export function nodeQuery(ctx: Context, info: GraphQLResolveInfo): object {
  return queryFromInfo({ context: ctx, info, path: ["edges", "node"] }) as object;
}

export const byId = (ids: bigint[]) => ids.map((id) => ({ cursor: id, statusId: id }));
