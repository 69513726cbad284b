// Hashtags: look one up, follow and unfollow it, and list the ones you follow.
import type { Hono } from "hono";
import { NotFoundError, ValidationError } from "../../core/errors.js";
import { followedTagIds, followedTags } from "../../db/lists.js";
import type { ApiServices } from "../../http/services.js";
import { checkTagName, followTag } from "../../services/tags/follow.js";
import { unfollowTag } from "../../services/tags/unfollow.js";
import { needActor, requestState } from "../context.js";
import { toMastodonTag } from "../entities/tag.js";
import { linkHeader, mastodonPage } from "../paging.js";
import { readParams } from "../params.js";

/** The tag named in the path; an impossible name is not found (as on Mastodon). */
function nameParam(raw: string | undefined) {
  try {
    return checkTagName(raw ?? "");
  } catch (error) {
    if (error instanceof ValidationError) throw new NotFoundError("Record");
    throw error;
  }
}

export function tagRoutes(api: Hono, services: ApiServices) {
  const { deps } = services;
  const origin = deps.config.publicUrl;

  api.get("/api/v1/followed_tags", async (c) => {
    const state = await requestState(c, services);
    const actor = needActor(state, "read:follows");
    const page = mastodonPage(await readParams(c), 100, 200);
    const rows = (await followedTags(deps.db, actor.accountId, page)).sort((a, b) => (a.cursor < b.cursor ? 1 : -1));
    const shown = page.ascending ? rows.slice(-page.size) : rows.slice(0, page.size);
    const link = linkHeader(c.req.url, shown.map((row) => String(row.cursor)));
    if (link) c.header("Link", link);
    return c.json(shown.map((row) => toMastodonTag(row.tag, origin, true)));
  });

  api.get("/api/v1/tags/:name", async (c) => {
    const state = await requestState(c, services);
    const { name, display } = nameParam(c.req.param("name"));
    const tag = await deps.db.tag.findUnique({ where: { name } });
    const reader = state.reader;
    // A tag nobody used yet still answers, as on Mastodon: nothing is written for a look-up.
    if (!tag) return c.json(toMastodonTag({ name, display }, origin, reader ? false : undefined));
    const following = reader ? (await followedTagIds(deps.db, reader.accountId, [tag.id])).has(tag.id) : undefined;
    return c.json(toMastodonTag(tag, origin, following));
  });

  for (const [verb, run, following] of [["follow", followTag, true], ["unfollow", unfollowTag, false]] as const) {
    api.post(`/api/v1/tags/:name/${verb}`, async (c) => {
      const state = await requestState(c, services);
      const actor = needActor(state, "write:follows", "follow");
      const { display } = nameParam(c.req.param("name"));
      const tag = await run(deps, actor, display);
      return c.json(toMastodonTag(tag, origin, following));
    });
  }
}
