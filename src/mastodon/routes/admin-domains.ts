// The admin domain APIs (docs.joinmastodon.org/methods/admin/domain_blocks, domain_allows):
// list (paged by id, newest first, Link header), get, create, update (blocks) and delete.
// Admins only (Mastodon's "manage federation" permission), with admin:read:domain_blocks /
// admin:write:domain_blocks (and _allows) scopes: the services decide.
import type { Context, Hono } from "hono";
import { ValidationError } from "../../core/errors.js";
import type { PageQuery } from "../../core/paging.js";
import type { DomainSeverity } from "../../generated/prisma/enums.js";
import type { ApiServices } from "../../http/services.js";
import { requireStaff } from "../../services/admin/guards.js";
import {
  createDomainAllow,
  deleteDomainAllow,
  findDomainAllow,
  listDomainAllows,
  READ_SCOPE as READ_ALLOWS,
  WRITE_SCOPE as WRITE_ALLOWS,
} from "../../services/domains/allows.js";
import {
  createDomainBlock,
  deleteDomainBlock,
  DomainBlockExists,
  findDomainBlock,
  listDomainBlocks,
  READ_SCOPE as READ_BLOCKS,
  updateDomainBlock,
  WRITE_SCOPE as WRITE_BLOCKS,
  type DomainBlockInput,
} from "../../services/domains/blocks.js";
import { requestState } from "../context.js";
import { toAdminDomainAllow, toAdminDomainBlock } from "../entities/domain-block.js";
import { linkHeader, mastodonPage } from "../paging.js";
import { bool, idParam, readParams, str, type Params } from "../params.js";

const SEVERITIES: Record<string, DomainSeverity> = { noop: "NOOP", silence: "SILENCE", suspend: "SUSPEND" };

function blockInput(params: Params): DomainBlockInput {
  const severity = str(params, "severity");
  if (severity !== undefined && !SEVERITIES[severity]) throw new ValidationError("Severity must be noop, silence or suspend", "severity");
  return {
    domain: str(params, "domain"),
    severity: severity === undefined ? undefined : SEVERITIES[severity],
    rejectMedia: bool(params, "reject_media"),
    rejectReports: bool(params, "reject_reports"),
    privateComment: str(params, "private_comment"),
    publicComment: str(params, "public_comment"),
    obfuscate: bool(params, "obfuscate"),
  };
}

/** Rows fetched with a Mastodon page (one more than asked), newest first, with the Link header set. */
function paged<T extends { id: bigint }>(c: Context, rows: T[], page: PageQuery): T[] {
  const items = rows.slice(0, page.size);
  if (page.ascending) items.reverse();
  const link = linkHeader(c.req.url, items.map((row) => String(row.id)));
  if (link) c.header("Link", link);
  return items;
}

/** Who asks, refused (401 / 403) before anything in the request is read, as Mastodon does. */
async function staff(c: Context, services: ApiServices, scope: string) {
  const state = await requestState(c, services);
  return requireStaff(state.actor, "admin", scope);
}

export function adminDomainRoutes(api: Hono, services: ApiServices) {
  const { deps } = services;
  const base = "/api/v1/admin/domain_blocks";

  api.get(base, async (c) => {
    const actor = await staff(c, services, READ_BLOCKS);
    const page = mastodonPage(await readParams(c), 100, 200);
    return c.json(paged(c, await listDomainBlocks(deps, actor, page), page).map(toAdminDomainBlock));
  });

  api.get(`${base}/:id`, async (c) => {
    const actor = await staff(c, services, READ_BLOCKS);
    return c.json(toAdminDomainBlock(await findDomainBlock(deps, actor, idParam(c.req.param("id")))));
  });

  api.post(base, async (c) => {
    const actor = await staff(c, services, WRITE_BLOCKS);
    try {
      return c.json(toAdminDomainBlock(await createDomainBlock(deps, actor, blockInput(await readParams(c)))));
    } catch (error) {
      // As Mastodon: 422 with the block already in force.
      if (error instanceof DomainBlockExists) return c.json({ error: error.message, existing_domain_block: toAdminDomainBlock(error.existing) }, 422);
      throw error;
    }
  });

  api.put(`${base}/:id`, async (c) => {
    const actor = await staff(c, services, WRITE_BLOCKS);
    const { domain: _ignored, ...input } = blockInput(await readParams(c));
    return c.json(toAdminDomainBlock(await updateDomainBlock(deps, actor, idParam(c.req.param("id")), input)));
  });

  api.delete(`${base}/:id`, async (c) => {
    const actor = await staff(c, services, WRITE_BLOCKS);
    await deleteDomainBlock(deps, actor, idParam(c.req.param("id")));
    return c.json({});
  });

  const allows = "/api/v1/admin/domain_allows";

  api.get(allows, async (c) => {
    const actor = await staff(c, services, READ_ALLOWS);
    const page = mastodonPage(await readParams(c), 100, 200);
    return c.json(paged(c, await listDomainAllows(deps, actor, page), page).map(toAdminDomainAllow));
  });

  api.get(`${allows}/:id`, async (c) => {
    const actor = await staff(c, services, READ_ALLOWS);
    return c.json(toAdminDomainAllow(await findDomainAllow(deps, actor, idParam(c.req.param("id")))));
  });

  api.post(allows, async (c) => {
    const actor = await staff(c, services, WRITE_ALLOWS);
    return c.json(toAdminDomainAllow(await createDomainAllow(deps, actor, str(await readParams(c), "domain"))));
  });

  api.delete(`${allows}/:id`, async (c) => {
    const actor = await staff(c, services, WRITE_ALLOWS);
    await deleteDomainAllow(deps, actor, idParam(c.req.param("id")));
    return c.json({});
  });
}
