// Shared by the routes: pages of statuses (one query, db/bundle.ts), visibility (core),
// entities, and the Link header.
import type { Context as HonoContext } from "hono";
import { NotFoundError } from "../core/errors.js";
import type { PageQuery } from "../core/paging.js";
import { visibleIds as filterVisible } from "../db/visible.js";
import type { Prisma, Status } from "../generated/prisma/client.js";
import type { RequestState } from "./context.js";
import { toMastodonStatus } from "./entities/status.js";
import { withoutHidden } from "./filtering.js";
import { linkHeader } from "./paging.js";

export function visibleIds(state: RequestState, ids: bigint[], mode: "single" | "timeline"): Promise<bigint[]> {
  return filterVisible(state.loaders, state.viewer(), ids, mode);
}

/** A status the requester may see, or 404. */
export async function visibleStatus(state: RequestState, id: bigint): Promise<Status> {
  const [visible] = await visibleIds(state, [id], "single");
  const status = visible ? await state.loaders.statuses.load(visible) : undefined;
  if (!status) throw new NotFoundError("Record");
  return status;
}

/** Runs a page query, keeps what the requester may see, answers entities with a Link header. */
export async function statusPage(
  c: HonoContext,
  state: RequestState,
  page: PageQuery,
  pageSql: (page: PageQuery) => Prisma.Sql,
  mode: "single" | "timeline" = "timeline",
) {
  // The reader's relationships ride along with the page when they are not cached.
  const reader = state.reader?.accountId;
  const before = reader ? state.services.viewers.version(reader) : 0;
  const { ids, viewer } = await state.loaders.primePage(pageSql(page), reader !== undefined && !state.services.viewers.has(reader));
  if (viewer) state.primeViewer(viewer, before);
  ids.sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
  // Newest first; for min_id paging keep the ones just above the cursor.
  const window = page.ascending ? ids.slice(-page.size) : ids.slice(0, page.size);
  const visible = await visibleIds(state, window, mode);
  const loaded = (await state.loaders.statuses.loadMany(visible)).filter((s): s is Status => !!s && !(s instanceof Error));
  const statuses = await withoutHidden(state, loaded);
  const body = await Promise.all(statuses.map((status) => toMastodonStatus(state, status)));
  const link = linkHeader(c.req.url, window.map(String));
  if (link) c.header("Link", link);
  return c.json(body);
}
