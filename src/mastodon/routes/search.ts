// GET /api/v2/search: accounts, hashtags and statuses (visibility-aware).
import type { Hono } from "hono";
import { ValidationError } from "../../core/errors.js";
import { normalizeTag } from "../../core/text.js";
import { searchAccountIds, searchStatusIds } from "../../db/search.js";
import type { Account, Status } from "../../generated/prisma/client.js";
import type { ApiServices } from "../../http/services.js";
import { requestState } from "../context.js";
import { toMastodonAccount } from "../entities/account.js";
import { toMastodonStatus } from "../entities/status.js";
import { bool, readParams, str } from "../params.js";
import { resolveQuery } from "../../services/search/resolve.js";
import { visibleIds } from "../render.js";

export function searchRoutes(api: Hono, services: ApiServices) {
  const { deps } = services;
  api.get("/api/v2/search", async (c) => {
    const state = await requestState(c, services);
    const params = await readParams(c);
    const q = (str(params, "q") ?? "").trim();
    if (!q) throw new ValidationError("q can't be blank", "q");
    if (q.length > 200) throw new ValidationError("q is too long", "q");
    const type = str(params, "type");
    const limit = Math.min(Math.max(Math.trunc(Number(str(params, "limit") ?? 20)) || 20, 1), 40);
    const want = (kind: string) => !type || type === kind;
    // resolve=true: a handle or URL names one account or status (ours, or fetched from its server).
    const resolved = bool(params, "resolve") ? await resolveQuery(deps, services.remote, state.actor, q) : { accountIds: [], statusIds: [] };

    const accounts = want("accounts")
      ? (await state.loaders.accounts.loadMany([...new Set([...resolved.accountIds, ...(await searchAccountIds(deps.pool, q, limit, state.reader?.accountId ?? null))])].slice(0, limit)))
          .filter((a): a is Account => !!a && !(a instanceof Error))
      : [];
    const hashtags = want("hashtags")
      ? await deps.db.tag.findMany({ where: { name: { startsWith: normalizeTag(q.replace(/^#/, "")) } }, orderBy: { name: "asc" }, take: limit })
      : [];
    let statuses: Status[] = [];
    if (want("statuses")) {
      const candidates = [...new Set([...resolved.statusIds, ...(await searchStatusIds(deps.pool, q, limit * 4))])];
      await state.loaders.prime(candidates);
      const visible = (await visibleIds(state, candidates, "timeline")).slice(0, limit);
      statuses = (await state.loaders.statuses.loadMany(visible)).filter((s): s is Status => !!s && !(s instanceof Error));
    }
    return c.json({
      accounts: accounts.map((a) => toMastodonAccount(a, deps.config.publicUrl, deps.config.domain)),
      statuses: await Promise.all(statuses.map((s) => toMastodonStatus(state, s))),
      hashtags: hashtags.map((tag) => ({ name: tag.name, url: `${deps.config.publicUrl}/tags/${encodeURIComponent(tag.name)}`, history: [] })),
    });
  });
}
