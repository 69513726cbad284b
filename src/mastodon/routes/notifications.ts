// Notifications, favourites and bookmarks: lists paged by their own ids.
import type { Context, Hono } from "hono";
import { NotFoundError, ValidationError } from "../../core/errors.js";
import { parseId } from "../../core/ids.js";
import type { PageQuery } from "../../core/paging.js";
import { showNotification } from "../../core/visibility.js";
import { unreadNotifications } from "../../db/notifications.js";
import { markedIds, notificationIds } from "../../db/timelines.js";
import type { Notification, Status } from "../../generated/prisma/client.js";
import type { ApiServices } from "../../http/services.js";
import { clearNotifications, dismissNotification } from "../../services/notifications/dismiss.js";
import { needActor, requestState, type RequestState } from "../context.js";
import { toMastodonNotification } from "../entities/notification.js";
import { toMastodonStatus } from "../entities/status.js";
import { linkHeader, mastodonPage } from "../paging.js";
import { readParams, str, strings, type Params } from "../params.js";
import { visibleIds } from "../render.js";

const TYPES: Record<string, Notification["type"]> = {
  mention: "MENTION",
  status: "STATUS",
  reblog: "REBLOG",
  follow: "FOLLOW",
  follow_request: "FOLLOW_REQUEST",
  poll: "POLL",
  favourite: "FAVOURITE",
  update: "UPDATE",
};

function typeList(values: string[] | undefined): Notification["type"][] | null {
  if (!values) return null;
  return values.flatMap((value) => (TYPES[value] ? [TYPES[value]!] : []));
}

/** types[] narrowed by exclude_types[] (unknown names left out), or null for every type. */
function typesParam(params: Params): Notification["type"][] | null {
  const types = typeList(strings(params, "types"));
  const excluded = typeList(strings(params, "exclude_types"));
  return excluded ? (types ?? Object.values(TYPES)).filter((type) => !excluded.includes(type)) : types;
}

/** Mastodon counts at most `limit` unread notifications: 100 unless asked, never more than 1000. */
function countLimit(params: Params): number {
  const text = str(params, "limit");
  const limit = text === undefined || text === "" ? 100 : Number(text);
  if (!Number.isInteger(limit) || limit < 1) throw new ValidationError("limit must be a positive number", "limit");
  return Math.min(limit, 1000);
}

function newestFirst(ids: bigint[], page: PageQuery): bigint[] {
  const sorted = [...ids].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
  return page.ascending ? sorted.slice(-page.size) : sorted.slice(0, page.size);
}

async function renderNotifications(state: RequestState, ids: bigint[]) {
  const rows = await state.services.deps.db.notification.findMany({ where: { id: { in: ids } } });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const viewer = await state.viewer();
  const shown = ids.flatMap((id) => {
    const row = byId.get(id);
    return row && viewer && showNotification(row.fromAccountId, viewer) ? [row] : [];
  });
  await state.loaders.prime(shown.flatMap((n) => (n.statusId ? [n.statusId] : [])));
  return (await Promise.all(shown.map((n) => toMastodonNotification(state, n)))).filter((n) => n !== null);
}

export function notificationRoutes(api: Hono, services: ApiServices) {
  const { deps } = services;

  api.get("/api/v1/notifications", async (c) => {
    const state = await requestState(c, services);
    const actor = needActor(state, "read:notifications");
    const params = await readParams(c);
    const page = mastodonPage(params, 40, 80);
    const ids = newestFirst(await notificationIds(deps.db, actor.accountId, typesParam(params), page), page);
    const link = linkHeader(c.req.url, ids.map(String));
    if (link) c.header("Link", link);
    return c.json(await renderNotifications(state, ids));
  });

  // Before /:id, which would take "unread_count" for an id. Unread is what GraphQL's
  // unreadNotificationsCount counts: not marked read, and shown in the list.
  api.get("/api/v1/notifications/unread_count", async (c) => {
    const state = await requestState(c, services);
    const actor = needActor(state, "read:notifications");
    const params = await readParams(c);
    const limit = countLimit(params);
    const account = str(params, "account_id");
    const fromAccountId = account === undefined || account === "" ? null : parseId(account);
    if (fromAccountId === undefined) throw new ValidationError("account_id must be an account id", "account_id");
    const count = await unreadNotifications(deps.pool, actor.accountId, { types: typesParam(params), fromAccountId, limit });
    return c.json({ count });
  });

  api.get("/api/v1/notifications/:id", async (c) => {
    const state = await requestState(c, services);
    const actor = needActor(state, "read:notifications");
    const id = parseId(c.req.param("id"));
    const row = id === undefined ? null : await deps.db.notification.findFirst({ where: { id, accountId: actor.accountId } });
    const [rendered] = row ? await renderNotifications(state, [row.id]) : [];
    if (!rendered) throw new NotFoundError("Record");
    return c.json(rendered);
  });

  api.post("/api/v1/notifications/clear", async (c) => {
    const state = await requestState(c, services);
    await clearNotifications(deps, needActor(state, "write:notifications"));
    return c.json({});
  });

  api.post("/api/v1/notifications/:id/dismiss", async (c) => {
    const state = await requestState(c, services);
    const id = parseId(c.req.param("id"));
    if (id === undefined) throw new NotFoundError("Record");
    await dismissNotification(deps, needActor(state, "write:notifications"), id);
    return c.json({});
  });

  const marked = (table: "favourites" | "bookmarks") => async (c: Context) => {
    const state = await requestState(c, services);
    const actor = needActor(state, `read:${table}`);
    const page = mastodonPage(await readParams(c));
    const rows = await markedIds(deps.db, table, actor.accountId, page);
    rows.sort((a, b) => (a.cursor < b.cursor ? 1 : a.cursor > b.cursor ? -1 : 0));
    const window = page.ascending ? rows.slice(-page.size) : rows.slice(0, page.size);
    await state.loaders.prime(window.map((row) => row.statusId));
    const visible = new Set(await visibleIds(state, window.map((row) => row.statusId), "single"));
    const statuses = await state.loaders.statuses.loadMany(window.filter((row) => visible.has(row.statusId)).map((row) => row.statusId));
    const link = linkHeader(c.req.url, window.map((row) => String(row.cursor)));
    if (link) c.header("Link", link);
    return c.json(await Promise.all(statuses.filter((s): s is Status => !!s && !(s instanceof Error)).map((s) => toMastodonStatus(state, s))));
  };
  api.get("/api/v1/favourites", marked("favourites"));
  api.get("/api/v1/bookmarks", marked("bookmarks"));

  api.get("/api/v1/preferences", async (c) => {
    const state = await requestState(c, services);
    needActor(state, "read:accounts");
    return c.json({
      "posting:default:visibility": "public",
      "posting:default:sensitive": false,
      "posting:default:language": null,
      "reading:expand:media": "default",
      "reading:expand:spoilers": false,
    });
  });
}
