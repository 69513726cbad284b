// Lists: CRUD, members, the lists an account is in, and the list timeline.
import type { Context, Hono } from "hono";
import { NotFoundError } from "../../core/errors.js";
import { parseId } from "../../core/ids.js";
import type { PageQuery } from "../../core/paging.js";
import { listMembers, listPage, ownList } from "../../db/lists.js";
import type { ApiServices } from "../../http/services.js";
import { addListAccounts } from "../../services/lists/add-accounts.js";
import { createList } from "../../services/lists/create.js";
import { deleteList } from "../../services/lists/delete.js";
import { removeListAccounts } from "../../services/lists/remove-accounts.js";
import { updateList } from "../../services/lists/update.js";
import { needActor, requestState, type RequestState } from "../context.js";
import { toMastodonAccount } from "../entities/account.js";
import { toMastodonList } from "../entities/list.js";
import { linkHeader, mastodonPage } from "../paging.js";
import { bool, idParam, type Params, readParams, str, strings } from "../params.js";
import { statusPage } from "../render.js";


/** account_ids[] in any encoding; a malformed id names no account (404), unless `lenient`. */
function accountIds(params: Params, lenient = false): bigint[] {
  return (strings(params, "account_ids") ?? []).flatMap((raw) => {
    const id = parseId(raw);
    if (id === undefined && !lenient) throw new NotFoundError("Record");
    return id === undefined ? [] : [id];
  });
}

/** The requester's list, or 404 for a missing list and for someone else's. */
async function readableList(state: RequestState, raw: string | undefined) {
  const actor = needActor(state, "read:lists");
  const list = await ownList(state.services.deps.db, actor.accountId, idParam(raw));
  if (!list) throw new NotFoundError("Record");
  return list;
}

/** Rows fetched with one more than the page: the page's rows, newest first. */
function windowOf<T extends { cursor: bigint }>(rows: T[], page: PageQuery): T[] {
  const sorted = [...rows].sort((a, b) => (a.cursor < b.cursor ? 1 : a.cursor > b.cursor ? -1 : 0));
  return page.ascending ? sorted.slice(-page.size) : sorted.slice(0, page.size);
}

export function listRoutes(api: Hono, services: ApiServices) {
  const { deps } = services;
  const { publicUrl: origin, domain } = deps.config;
  const writer = async (c: Context) => {
    const state = await requestState(c, services);
    return { state, actor: needActor(state, "write:lists"), params: await readParams(c) };
  };

  api.get("/api/v1/lists", async (c) => {
    const state = await requestState(c, services);
    const actor = needActor(state, "read:lists");
    const lists = await deps.db.list.findMany({ where: { accountId: actor.accountId }, orderBy: { id: "asc" } });
    return c.json(lists.map(toMastodonList));
  });

  api.post("/api/v1/lists", async (c) => {
    const { actor, params } = await writer(c);
    const list = await createList(deps, actor, {
      title: str(params, "title") ?? "",
      repliesPolicy: str(params, "replies_policy"),
      exclusive: bool(params, "exclusive"),
    });
    return c.json(toMastodonList(list));
  });

  api.get("/api/v1/lists/:id", async (c) => {
    const state = await requestState(c, services);
    return c.json(toMastodonList(await readableList(state, c.req.param("id"))));
  });

  api.put("/api/v1/lists/:id", async (c) => {
    const { actor, params } = await writer(c);
    const list = await updateList(deps, actor, {
      id: idParam(c.req.param("id")),
      title: str(params, "title"),
      repliesPolicy: str(params, "replies_policy"),
      exclusive: bool(params, "exclusive"),
    });
    return c.json(toMastodonList(list));
  });

  api.delete("/api/v1/lists/:id", async (c) => {
    const { actor } = await writer(c);
    await deleteList(deps, actor, idParam(c.req.param("id")));
    return c.json({});
  });

  api.get("/api/v1/lists/:id/accounts", async (c) => {
    const state = await requestState(c, services);
    const list = await readableList(state, c.req.param("id"));
    const params = await readParams(c);
    // limit=0: every member, without paging (as on Mastodon).
    if (str(params, "limit") === "0") {
      const all = await listMembers(deps.db, list.id, null);
      return c.json(all.map((row) => toMastodonAccount(row.account, origin, domain)));
    }
    const page = mastodonPage(params, 40, 80);
    const rows = windowOf(await listMembers(deps.db, list.id, page), page);
    const link = linkHeader(c.req.url, rows.map((row) => String(row.cursor)));
    if (link) c.header("Link", link);
    return c.json(rows.map((row) => toMastodonAccount(row.account, origin, domain)));
  });

  api.post("/api/v1/lists/:id/accounts", async (c) => {
    const { actor, params } = await writer(c);
    await addListAccounts(deps, actor, idParam(c.req.param("id")), accountIds(params));
    return c.json({});
  });

  api.delete("/api/v1/lists/:id/accounts", async (c) => {
    const { actor, params } = await writer(c);
    await removeListAccounts(deps, actor, idParam(c.req.param("id")), accountIds(params, true));
    return c.json({});
  });

  api.get("/api/v1/accounts/:id/lists", async (c) => {
    const state = await requestState(c, services);
    const actor = needActor(state, "read:lists");
    const account = await state.loaders.accounts.load(idParam(c.req.param("id")));
    if (!account || account.suspendedAt) throw new NotFoundError("Record");
    const lists = await deps.db.list.findMany({
      where: { accountId: actor.accountId, members: { some: { accountId: account.id } } },
      orderBy: { id: "asc" },
    });
    return c.json(lists.map(toMastodonList));
  });

  api.get("/api/v1/timelines/list/:id", async (c) => {
    const state = await requestState(c, services);
    const list = await readableList(state, c.req.param("id"));
    return statusPage(c, state, mastodonPage(await readParams(c)), (page) => listPage(list, page));
  });
}
