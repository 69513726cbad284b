// Timelines: home, public (local/remote), hashtag.
import type { Hono } from "hono";
import { normalizeTag } from "../../core/text.js";
import { hashtagPage, homePage, publicPage, type PublicFilter } from "../../db/timelines.js";
import type { ApiServices } from "../../http/services.js";
import { needActor, requestState } from "../context.js";
import { mastodonPage } from "../paging.js";
import { bool, readParams, type Params } from "../params.js";
import { statusPage } from "../render.js";

const publicFilter = (params: Params): PublicFilter => ({
  origin: bool(params, "local") ? "local" : bool(params, "remote") ? "remote" : null,
  onlyMedia: bool(params, "only_media") ?? false,
});

export function timelineRoutes(api: Hono, services: ApiServices) {
  api.get("/api/v1/timelines/home", async (c) => {
    const state = await requestState(c, services);
    const actor = needActor(state, "read:statuses");
    return statusPage(c, state, mastodonPage(await readParams(c)), (page) => homePage(actor.accountId, page));
  });

  api.get("/api/v1/timelines/public", async (c) => {
    const state = await requestState(c, services);
    const params = await readParams(c);
    return statusPage(c, state, mastodonPage(params), (page) => publicPage(publicFilter(params), page));
  });

  api.get("/api/v1/timelines/tag/:hashtag", async (c) => {
    const state = await requestState(c, services);
    const params = await readParams(c);
    const tag = normalizeTag(c.req.param("hashtag").replace(/^#/, ""));
    return statusPage(c, state, mastodonPage(params), (page) => hashtagPage(tag, page, publicFilter(params)));
  });
}
