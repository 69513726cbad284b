// A person's blocked servers (docs.joinmastodon.org/methods/domain_blocks): GET (domain
// strings, paged by the block's id with a Link header), POST and DELETE with `domain`; and the
// server's published list of blocked servers (methods/instance#domain_blocks), shown as the
// domainBlocksVisibility setting says (404 to others, as Mastodon answers).
import type { Hono } from "hono";
import { isDomainError, NotFoundError } from "../../core/errors.js";
import type { ApiServices } from "../../http/services.js";
import { blockDomain, listBlockedDomains, unblockDomain } from "../../services/domains/account-blocks.js";
import { publishedDomainBlocks } from "../../services/domains/blocks.js";
import { requestState } from "../context.js";
import { toPublishedDomainBlock } from "../entities/domain-block.js";
import { linkHeader, mastodonPage } from "../paging.js";
import { readParams, str } from "../params.js";

export function domainBlockRoutes(api: Hono, services: ApiServices) {
  const { deps } = services;

  api.get("/api/v1/domain_blocks", async (c) => {
    const state = await requestState(c, services);
    const page = mastodonPage(await readParams(c), 100, 200);
    const rows = (await listBlockedDomains(deps, state.actor, page)).slice(0, page.size);
    if (page.ascending) rows.reverse();
    const link = linkHeader(c.req.url, rows.map((row) => String(row.id)));
    if (link) c.header("Link", link);
    return c.json(rows.map((row) => row.domain));
  });

  api.post("/api/v1/domain_blocks", async (c) => {
    const state = await requestState(c, services);
    await blockDomain(deps, state.actor, str(await readParams(c), "domain"));
    return c.json({});
  });

  api.delete("/api/v1/domain_blocks", async (c) => {
    const state = await requestState(c, services);
    await unblockDomain(deps, state.actor, str(await readParams(c), "domain"));
    return c.json({});
  });

  api.get("/api/v1/instance/domain_blocks", async (c) => {
    const state = await requestState(c, services);
    try {
      return c.json((await publishedDomainBlocks(deps, state.actor)).map(toPublishedDomainBlock));
    } catch (error) {
      if (isDomainError(error) && (error.code === "UNAUTHENTICATED" || error.code === "FORBIDDEN")) throw new NotFoundError("Record");
      throw error;
    }
  });
}
