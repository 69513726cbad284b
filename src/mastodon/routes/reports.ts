// POST /api/v1/reports (docs.joinmastodon.org/methods/reports): a report to the moderators,
// forwarded to the reported person's server on request.
import type { Hono } from "hono";
import { ValidationError } from "../../core/errors.js";
import { parseId } from "../../core/ids.js";
import type { ApiServices } from "../../http/services.js";
import { createReport } from "../../services/reports/create.js";
import { needActor, requestState } from "../context.js";
import { toMastodonReport } from "../entities/report.js";
import { bool, readParams, str, strings } from "../params.js";

const idOf = (raw: string | undefined, field: string) => {
  const id = raw === undefined ? undefined : parseId(raw);
  if (id === undefined) throw new ValidationError(`${field} must be an id`, field);
  return id;
};

export function reportRoutes(api: Hono, services: ApiServices) {
  const { deps } = services;
  api.post("/api/v1/reports", async (c) => {
    const state = await requestState(c, services);
    const actor = needActor(state, "write:reports");
    const params = await readParams(c);
    const input = {
      accountId: idOf(str(params, "account_id"), "account_id"),
      statusIds: (strings(params, "status_ids") ?? []).map((raw) => idOf(raw, "status_ids")),
      comment: str(params, "comment"),
      category: str(params, "category"),
      ruleIds: strings(params, "rule_ids"),
      forward: bool(params, "forward"),
    };
    const report = await createReport(deps, actor, input);
    return c.json(toMastodonReport(report, deps.config.publicUrl, deps.config.domain));
  });
}
