// Direct conversations: GET /api/v1/conversations (paged by their latest status),
// POST /api/v1/conversations/:id/read, DELETE /api/v1/conversations/:id.
import type { Hono } from "hono";
import { NotFoundError } from "../../core/errors.js";
import { conversationOf, conversationsOf } from "../../db/conversations.js";
import type { ApiServices } from "../../http/services.js";
import { hideConversation, markConversationRead } from "../../services/conversations/thread-state.js";
import { needActor, requestState } from "../context.js";
import { toMastodonConversation } from "../entities/conversation.js";
import { linkHeader, mastodonPage } from "../paging.js";
import { idParam, readParams } from "../params.js";
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
      const conversation = await toMastodonConversation(state, actor.accountId, row);
      if (conversation) body.push(conversation);
    }
    const link = linkHeader(c.req.url, window.map((row) => String(row.lastStatusId)));
    if (link) c.header("Link", link);
    return c.json(body);
  });

  api.post("/api/v1/conversations/:id/read", async (c) => {
    const state = await requestState(c, services);
    const actor = needActor(state, "write:conversations");
    const threadId = idParam(c.req.param("id"));
    await markConversationRead(deps, actor, threadId);
    const row = await conversationOf(deps.pool, actor.accountId, threadId);
    const conversation = row && (await toMastodonConversation(state, actor.accountId, row));
    if (!conversation) throw new NotFoundError("Record");
    return c.json(conversation);
  });

  api.delete("/api/v1/conversations/:id", async (c) => {
    const state = await requestState(c, services);
    await hideConversation(deps, needActor(state, "write:conversations"), idParam(c.req.param("id")));
    return c.json({});
  });
}
