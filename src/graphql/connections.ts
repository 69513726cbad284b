// Connections over snowflake-ordered lists (newest first), shared by every timeline.
import { queryFromInfo } from "@pothos/plugin-prisma";
import type { GraphQLResolveInfo } from "graphql";
import { toPage, toPageQuery, type PageArgs, type PageQuery } from "../core/paging.js";
import type { Prisma } from "../generated/prisma/client.js";
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

/** A page of rows newest first (one more than asked), as a connection of the edges `edge` makes. */
export async function pagedConnection<R, T>(
  args: PageArgs,
  fetch: (page: PageQuery) => Promise<R[]>,
  edge: (row: R) => { cursor: bigint; node: T },
) {
  const page = toPageQuery(args);
  const { items, ...flags } = toPage(await fetch(page), page, { after: args.after != null, before: args.before != null });
  return connection(items.map(edge), flags);
}

/** Keeps the statuses the viewer may see, in page order, as edges. */
async function edgesOf(
  ctx: Context,
  args: PageArgs,
  page: PageQuery,
  rows: { cursor: bigint; statusId: bigint }[],
  mode: "single" | "timeline",
) {
  const { items, ...flags } = toPage(rows, page, { after: args.after != null, before: args.before != null });
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

/**
 * A page of a timeline whose cursor is the status id: the page query (one more row than
 * asked, to know if there is more) and everything the page shows come in one round trip.
 */
export async function statusConnection(
  ctx: Context,
  args: PageArgs,
  pageSql: (page: PageQuery) => Prisma.Sql,
  mode: "single" | "timeline" = "timeline",
) {
  const page = toPageQuery(args);
  // The viewer's relationships ride along with the page when they are not at hand.
  const before = ctx.viewerVersion();
  const { ids, viewer } = await ctx.loaders.primePage(pageSql(page), !ctx.hasViewer());
  if (viewer) ctx.primeViewer(viewer, before);
  ids.sort((a, b) => (page.ascending ? (a < b ? -1 : a > b ? 1 : 0) : a < b ? 1 : a > b ? -1 : 0));
  return edgesOf(ctx, args, page, ids.map((id) => ({ cursor: id, statusId: id })), mode);
}

/** A page of statuses listed by something else's id (favourites, bookmarks). */
export async function markedConnection(
  ctx: Context,
  args: PageArgs,
  fetch: (page: PageQuery) => Promise<{ cursor: bigint; statusId: bigint }[]>,
) {
  const page = toPageQuery(args);
  const rows = await fetch(page);
  await ctx.loaders.prime(rows.map((row) => row.statusId));
  return edgesOf(ctx, args, page, rows, "single");
}

/** The Prisma selection a connection's nodes ask for (for Prisma-backed node types). */
export function nodeQuery(ctx: Context, info: GraphQLResolveInfo): object {
  return queryFromInfo({ context: ctx, info, path: ["edges", "node"] }) as object;
}

