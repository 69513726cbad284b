// The admin reports API (docs.joinmastodon.org/methods/admin/reports): list (open ones unless
// resolved=true), one report, its category and rules, assign to self, unassign, resolve, reopen.
import type { Hono } from "hono";
import { ValidationError } from "../../core/errors.js";
import { parseId } from "../../core/ids.js";
import type { Report } from "../../generated/prisma/client.js";
import type { ApiServices } from "../../http/services.js";
import { requireStaff } from "../../services/admin/guards.js";
import { assignReportToSelf, reopenReport, resolveReport, unassignReport, updateReport } from "../../services/admin/report-actions.js";
import { getReport, listReports, READ_REPORTS, reportDetails, WRITE_REPORTS } from "../../services/admin/reports.js";
import { requestState, type RequestState } from "../context.js";
import { toAdminReport } from "../entities/admin.js";
import { linkHeader, mastodonPage } from "../paging.js";
import { bool, idParam, readParams, str, strings, type Params } from "../params.js";

function optionalId(params: Params, key: string): bigint | null {
  const raw = str(params, key) || undefined;
  if (raw === undefined) return null;
  const id = parseId(raw);
  if (id === undefined) throw new ValidationError(`${key} must be an id`, key);
  return id;
}

export function adminReportRoutes(api: Hono, services: ApiServices) {
  const { deps } = services;
  const render = async (state: RequestState, reports: Report[]) =>
    Promise.all((await reportDetails(deps, reports)).map((details) => toAdminReport(state, details)));
  const one = async (state: RequestState, report: Report) => (await render(state, [report]))[0]!;

  api.get("/api/v1/admin/reports", async (c) => {
    const state = await requestState(c, services);
    requireStaff(state.actor, "moderator", READ_REPORTS);
    const params = await readParams(c);
    const page = mastodonPage(params, 100, 200);
    const filter = { resolved: bool(params, "resolved") ?? null, accountId: optionalId(params, "account_id"), targetAccountId: optionalId(params, "target_account_id") };
    const rows = (await listReports(deps, state.actor, filter, page)).slice(0, page.size);
    rows.sort((a, b) => (a.id < b.id ? 1 : -1));
    const link = linkHeader(c.req.url, rows.map((row) => String(row.id)));
    if (link) c.header("Link", link);
    return c.json(await render(state, rows));
  });

  api.get("/api/v1/admin/reports/:id", async (c) => {
    const state = await requestState(c, services);
    return c.json(await one(state, await getReport(deps, state.actor, idParam(c.req.param("id")))));
  });

  api.put("/api/v1/admin/reports/:id", async (c) => {
    const state = await requestState(c, services);
    requireStaff(state.actor, "moderator", WRITE_REPORTS);
    const params = await readParams(c);
    const report = await updateReport(deps, state.actor, idParam(c.req.param("id")), { category: str(params, "category"), ruleIds: strings(params, "rule_ids") });
    return c.json(await one(state, report));
  });

  const verbs = { assign_to_self: assignReportToSelf, unassign: unassignReport, resolve: resolveReport, reopen: reopenReport } as const;
  for (const [verb, run] of Object.entries(verbs)) {
    api.post(`/api/v1/admin/reports/:id/${verb}`, async (c) => {
      const state = await requestState(c, services);
      return c.json(await one(state, await run(deps, state.actor, idParam(c.req.param("id")))));
    });
  }
}
