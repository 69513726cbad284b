// The admin accounts API (docs.joinmastodon.org/methods/admin/accounts): v1 and v2 lists with
// Mastodon's filters, one account, actions (none, sensitive, disable, silence, suspend),
// approve / reject, the undo verbs, and deleting a suspended account's data. The services
// decide who may (moderators; admins for staff accounts and for deletion).
import type { Context, Hono } from "hono";
import { ValidationError } from "../../core/errors.js";
import { parseId } from "../../core/ids.js";
import type { PageQuery } from "../../core/paging.js";
import type { ApiServices } from "../../http/services.js";
import { takeAccountAction } from "../../services/admin/account-actions.js";
import { approveAccount, enableAccount, rejectAccount, unsensitizeAccount, unsilenceAccount, unsuspendAccount } from "../../services/admin/account-changes.js";
import { deleteAccountData } from "../../services/admin/account-delete.js";
import {
  getAdminAccount,
  listAdminAccounts,
  READ_ACCOUNTS,
  type AccountStatusFilter,
  type AdminAccount,
  type AdminAccountFilter,
} from "../../services/admin/accounts.js";
import { requireStaff } from "../../services/admin/guards.js";
import { requestState } from "../context.js";
import { rolesOfIds, toAdminAccount } from "../entities/admin.js";
import { linkHeader, mastodonPage } from "../paging.js";
import { BadRequest, bool, idParam, readParams, str, strings, type Params } from "../params.js";

const STATUSES: AccountStatusFilter[] = ["active", "pending", "disabled", "silenced", "suspended"];
/** The types this endpoint takes (GraphQL also deletes or marks statuses). */
const REST_ACTIONS = new Set(["none", "sensitive", "disable", "silence", "suspend"]);

/** v1's booleans as v2's filter. */
function v1Filter(params: Params): AdminAccountFilter {
  return {
    origin: bool(params, "local") ? "local" : bool(params, "remote") ? "remote" : null,
    status: STATUSES.find((status) => bool(params, status)) ?? null,
    sensitized: bool(params, "sensitized") ?? null,
    staff: bool(params, "staff") ?? null,
    username: str(params, "username"),
    displayName: str(params, "display_name"),
    byDomain: str(params, "by_domain"),
    email: str(params, "email"),
  };
}

function v2Filter(params: Params): AdminAccountFilter {
  const origin = str(params, "origin") || null;
  if (origin !== null && origin !== "local" && origin !== "remote") throw new BadRequest(`Unknown origin: ${origin}`);
  const status = str(params, "status") || null;
  if (status !== null && !STATUSES.includes(status as AccountStatusFilter)) throw new BadRequest(`Unknown status: ${status}`);
  const permissions = str(params, "permissions") || null;
  if (permissions !== null && permissions !== "staff") throw new BadRequest(`Unknown permissions: ${permissions}`);
  const roleIds = strings(params, "role_ids");
  return {
    origin,
    status: status as AccountStatusFilter | null,
    staff: permissions === "staff",
    // Role ids that are none of ours still filter (to nobody).
    roles: roleIds?.length ? rolesOfIds(roleIds) : null,
    username: str(params, "username"),
    displayName: str(params, "display_name"),
    byDomain: str(params, "by_domain"),
    email: str(params, "email"),
  };
}

export function adminAccountRoutes(api: Hono, services: ApiServices) {
  const { deps } = services;
  const { publicUrl: origin, domain } = deps.config;
  const render = (account: AdminAccount) => toAdminAccount(account, origin, domain);

  const list = (filterOf: (params: Params) => AdminAccountFilter) => async (c: Context) => {
    const state = await requestState(c, services);
    // Who may ask comes before what was asked.
    requireStaff(state.actor, "moderator", READ_ACCOUNTS);
    const params = await readParams(c);
    const page: PageQuery = mastodonPage(params, 100, 200);
    const rows = (await listAdminAccounts(deps, state.actor, filterOf(params), page)).slice(0, page.size);
    rows.sort((a, b) => (a.id < b.id ? 1 : -1));
    const link = linkHeader(c.req.url, rows.map((row) => String(row.id)));
    if (link) c.header("Link", link);
    return c.json(rows.map(render));
  };
  api.get("/api/v1/admin/accounts", list(v1Filter));
  api.get("/api/v2/admin/accounts", list(v2Filter));

  api.get("/api/v1/admin/accounts/:id", async (c) => {
    const state = await requestState(c, services);
    return c.json(render(await getAdminAccount(deps, state.actor, idParam(c.req.param("id")))));
  });

  api.delete("/api/v1/admin/accounts/:id", async (c) => {
    const state = await requestState(c, services);
    return c.json(render(await deleteAccountData(deps, state.actor, idParam(c.req.param("id")))));
  });

  api.post("/api/v1/admin/accounts/:id/action", async (c) => {
    const state = await requestState(c, services);
    requireStaff(state.actor, "moderator", "admin:write:accounts");
    const params = await readParams(c);
    const type = (str(params, "type") ?? "").toLowerCase();
    if (!REST_ACTIONS.has(type)) throw new ValidationError("type must be none, sensitive, disable, silence or suspend", "type");
    const rawReport = str(params, "report_id") || undefined;
    const reportId = rawReport === undefined ? null : parseId(rawReport);
    if (reportId === undefined) throw new ValidationError("report_id must be an id", "report_id");
    // warning_preset_id and send_email_notification: no presets and no mail of this kind here.
    await takeAccountAction(deps, state.actor, idParam(c.req.param("id")), { type, text: str(params, "text"), reportId });
    return c.json({});
  });

  const verbs = {
    approve: approveAccount,
    enable: enableAccount,
    unsilence: unsilenceAccount,
    unsuspend: unsuspendAccount,
    unsensitive: unsensitizeAccount,
  } as const;
  for (const [verb, run] of Object.entries(verbs)) {
    api.post(`/api/v1/admin/accounts/:id/${verb}`, async (c) => {
      const state = await requestState(c, services);
      return c.json(render(await run(deps, state.actor, idParam(c.req.param("id")))));
    });
  }

  api.post("/api/v1/admin/accounts/:id/reject", async (c) => {
    const state = await requestState(c, services);
    requireStaff(state.actor, "moderator", "admin:write:accounts");
    // Mastodon takes no reason; ours is shown to the applicant when they try to sign in.
    const reason = str(await readParams(c), "reason");
    return c.json(render(await rejectAccount(deps, state.actor, idParam(c.req.param("id")), reason)));
  });
}
