// GET /api/v1/conversations: direct conversations, paged by their latest status.
import type { Hono } from "hono";
import { conversationsOf } from "../../db/conversations.js";
import type { Account, Status } from "../../generated/prisma/client.js";
import type { ApiServices } from "../../http/services.js";
import { needActor, requestState } from "../context.js";
import { toMastodonAccount } from "../entities/account.js";
import { toMastodonStatus } from "../entities/status.js";
import { linkHeader, mastodonPage } from "../paging.js";
import { readParams } from "../params.js";
import { visibleIds } from "../render.js";

export function conversationRoutes(api: Hono, services: ApiServices) {
  const { deps } = services;
  api.get("/api/v1/conversations", async (c) => {
    const state = await requestState(c, services);
    const actor = needActor(state, "read:statuses");
    const page = mastodonPage(await readParams(c));
    const rows = (await conversationsOf(deps.pool, actor.accountId, page)).sort((a, b) => (a.lastStatusId < b.lastStatusId ? 1 : -1));
    const window = page.ascending ? rows.slice(-page.size) : rows.slice(0, page.size);
    await state.loaders.prime(window.map((row) => row.lastStatusId));
    const visible = new Set(await visibleIds(state, window.map((row) => row.lastStatusId), "single"));
    const body = [];
    for (const row of window.filter((r) => visible.has(r.lastStatusId))) {
      const last = (await state.loaders.statuses.load(row.lastStatusId)) as Status;
      const mentioned = state.loaders.known.mentions.get(last.id) ?? [];
      const others = [...new Set([last.accountId, ...mentioned])].filter((id) => id !== actor.accountId);
      const accounts = (await state.loaders.accounts.loadMany(others)).filter((a): a is Account => !!a && !(a instanceof Error));
      body.push({
        id: String(row.threadId),
        unread: false,
        accounts: accounts.map((a) => toMastodonAccount(a, deps.config.publicUrl, deps.config.domain)),
        last_status: await toMastodonStatus(state, last),
      });
    }
    const link = linkHeader(c.req.url, window.map((row) => String(row.lastStatusId)));
    if (link) c.header("Link", link);
    return c.json(body);
  });
}
