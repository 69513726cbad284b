// Markers, block and mute lists, account search, and the features we do not have yet,
// answered with the empty lists clients expect (endorsements, featured tags).
import type { Hono } from "hono";
import { ValidationError } from "../../core/errors.js";
import { parseId } from "../../core/ids.js";
import { searchAccountIds } from "../../db/search.js";
import type { Account } from "../../generated/prisma/client.js";
import type { ApiServices } from "../../http/services.js";
import { MARKER_TIMELINES, saveMarkers, type MarkerTimeline } from "../../services/accounts/markers.js";
import { needActor, requestState } from "../context.js";
import { toMastodonAccount } from "../entities/account.js";
import { linkHeader, mastodonPage } from "../paging.js";
import { readParams, str, strings, type Params } from "../params.js";

export function extraRoutes(api: Hono, services: ApiServices) {
  const { deps } = services;
  const { publicUrl: origin, domain } = deps.config;

  const markersOf = async (accountId: bigint, timelines: string[]) => {
    const rows = await deps.db.marker.findMany({ where: { accountId, timeline: { in: timelines } } });
    return Object.fromEntries(
      rows.map((m) => [m.timeline, { last_read_id: String(m.lastReadId), version: m.version, updated_at: m.updatedAt.toISOString() }]),
    );
  };

  api.get("/api/v1/markers", async (c) => {
    const state = await requestState(c, services);
    const actor = needActor(state, "read:statuses");
    const asked = (strings(await readParams(c), "timeline") ?? [...MARKER_TIMELINES]).filter((t) => (MARKER_TIMELINES as readonly string[]).includes(t));
    return c.json(await markersOf(actor.accountId, asked));
  });

  api.post("/api/v1/markers", async (c) => {
    const state = await requestState(c, services);
    const params = await readParams(c);
    const positions: Partial<Record<MarkerTimeline, bigint>> = {};
    for (const timeline of MARKER_TIMELINES) {
      const raw = str((params[timeline] as Params | undefined) ?? {}, "last_read_id");
      if (raw === undefined) continue;
      const id = parseId(raw);
      if (id === undefined) throw new ValidationError(`${timeline}[last_read_id] must be an id`, timeline);
      positions[timeline] = id;
    }
    const actor = needActor(state, "write:statuses");
    await saveMarkers(deps, actor, positions);
    return c.json(await markersOf(actor.accountId, Object.keys(positions)));
  });

  for (const [path, table] of [["blocks", "block"], ["mutes", "mute"]] as const) {
    api.get(`/api/v1/${path}`, async (c) => {
      const state = await requestState(c, services);
      const actor = needActor(state, `read:${path}`);
      const page = mastodonPage(await readParams(c), 40, 80);
      const where = {
        accountId: actor.accountId,
        ...(page.maxId !== null ? { id: { lt: page.maxId } } : {}),
        ...(page.minId !== null ? { id: { gt: page.minId } } : {}),
      };
      const rows =
        table === "block"
          ? await deps.db.block.findMany({ where, orderBy: { id: page.ascending ? "asc" : "desc" }, take: page.size, include: { targetAccount: true } })
          : await deps.db.mute.findMany({ where, orderBy: { id: page.ascending ? "asc" : "desc" }, take: page.size, include: { targetAccount: true } });
      rows.sort((a, b) => (a.id < b.id ? 1 : -1));
      const link = linkHeader(c.req.url, rows.map((row) => String(row.id)));
      if (link) c.header("Link", link);
      return c.json(rows.map((row) => toMastodonAccount(row.targetAccount, origin, domain)));
    });
  }

  api.get("/api/v1/accounts/search", async (c) => {
    const state = await requestState(c, services);
    const params = await readParams(c);
    const q = (str(params, "q") ?? "").trim();
    if (!q) throw new ValidationError("q can't be blank", "q");
    const limit = Math.min(Math.max(Math.trunc(Number(str(params, "limit") ?? 40)) || 40, 1), 80);
    const found = await state.loaders.accounts.loadMany(await searchAccountIds(deps.pool, q, limit, state.reader?.accountId ?? null));
    return c.json(found.filter((a): a is Account => !!a && !(a instanceof Error)).map((a) => toMastodonAccount(a, origin, domain)));
  });

  // Features not built yet: nothing to list.
  for (const path of ["/api/v1/endorsements", "/api/v1/featured_tags"]) {
    api.get(path, async (c) => {
      needActor(await requestState(c, services), "read");
      return c.json([]);
    });
  }
}
