// Filters: v2 (a filter groups keywords and statuses) and the deprecated v1, where each
// keyword shows as a filter of its own with its filter's settings.
import type { Context, Hono } from "hono";
import { NotFoundError, ValidationError } from "../../core/errors.js";
import { accountFilter, accountFilters } from "../../db/filters.js";
import type { ApiServices } from "../../http/services.js";
import { addFilterKeyword } from "../../services/filters/add-keyword.js";
import { addFilterStatus } from "../../services/filters/add-status.js";
import { createFilter } from "../../services/filters/create.js";
import { deleteFilterKeyword } from "../../services/filters/delete-keyword.js";
import { deleteFilter } from "../../services/filters/delete.js";
import { removeFilterStatus } from "../../services/filters/remove-status.js";
import { updateFilterKeyword } from "../../services/filters/update-keyword.js";
import { updatePhraseFilter } from "../../services/filters/update-phrase.js";
import { updateFilter, type KeywordChange } from "../../services/filters/update.js";
import { needActor, requestState } from "../context.js";
import {
  toMastodonFilter,
  toMastodonFilterKeyword,
  toMastodonFilterStatus,
  toMastodonV1Filter,
} from "../entities/filter.js";
import { bool, idParam, type Params, readParams, str, strings } from "../params.js";

/** A record id from the path; anything else is not found, as on Mastodon. */

const flag = (value: unknown) => (value === undefined || value === null || value === "" ? undefined : bool({ value }, "value"));

/** expires_in: absent (unchanged), empty (never expires) or seconds. */
function expiresIn(params: Params): number | null | undefined {
  if (!("expires_in" in params)) return undefined;
  const raw = str(params, "expires_in");
  if (raw === undefined || raw.trim() === "") return null;
  const seconds = Number(raw);
  if (!Number.isInteger(seconds)) throw new ValidationError("Expires in must be a number of seconds", "expires_in");
  return seconds;
}

/** context[]: absent, or the list given (an empty list is refused by the service). */
function contexts(params: Params): string[] | undefined {
  return "context" in params ? (strings(params, "context") ?? []) : undefined;
}

/** keywords_attributes[][keyword], [][whole_word], [][id], [][_destroy], as a list or an indexed hash. */
function keywordAttributes(params: Params): KeywordChange[] | undefined {
  const raw = params.keywords_attributes;
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== "object") throw new ValidationError("keywords_attributes must be a list", "keywords_attributes");
  return Object.values(raw as Params).map((entry) => {
    if (!entry || typeof entry !== "object") throw new ValidationError("keywords_attributes must hold keywords", "keywords_attributes");
    const k = entry as Params;
    const id = str(k, "id");
    return {
      id: id === undefined || id === "" ? null : idParam(id),
      keyword: str(k, "keyword") ?? null,
      wholeWord: flag(k.whole_word) ?? null,
      destroy: flag(k._destroy) ?? null,
    };
  });
}

export function filterRoutes(api: Hono, services: ApiServices) {
  const { deps } = services;
  const actor = async (c: Context, access: "read" | "write") => needActor(await requestState(c, services), `${access}:filters`);

  // v2 filters
  api.get("/api/v2/filters", async (c) => {
    const who = await actor(c, "read");
    return c.json((await accountFilters(deps.db, who.accountId)).map(toMastodonFilter));
  });

  api.post("/api/v2/filters", async (c) => {
    const who = await actor(c, "write");
    const params = await readParams(c);
    const keywords = keywordAttributes(params) ?? [];
    // Mastodon answers 404 for a keyword id given on creation.
    if (keywords.some((k) => k.id !== null)) throw new NotFoundError("Record");
    const filter = await createFilter(deps, who, {
      title: str(params, "title") ?? "",
      contexts: contexts(params) ?? [],
      action: str(params, "filter_action") ?? null,
      expiresIn: expiresIn(params) ?? null,
      keywords: keywords.filter((k) => !k.destroy).map((k) => ({ keyword: k.keyword ?? "", wholeWord: k.wholeWord })),
    });
    return c.json(toMastodonFilter(filter));
  });

  // Keyword and status routes first: "keywords" and "statuses" are not filter ids.
  api.get("/api/v2/filters/keywords/:id", async (c) => {
    const who = await actor(c, "read");
    const keyword = await deps.db.filterKeyword.findFirst({ where: { id: idParam(c.req.param("id")), filter: { accountId: who.accountId } } });
    if (!keyword) throw new NotFoundError("Record");
    return c.json(toMastodonFilterKeyword(keyword));
  });

  api.put("/api/v2/filters/keywords/:id", async (c) => {
    const who = await actor(c, "write");
    const params = await readParams(c);
    const keyword = await updateFilterKeyword(deps, who, idParam(c.req.param("id")), {
      keyword: str(params, "keyword"),
      wholeWord: flag(params.whole_word),
    });
    return c.json(toMastodonFilterKeyword(keyword));
  });

  api.delete("/api/v2/filters/keywords/:id", async (c) => {
    await deleteFilterKeyword(deps, await actor(c, "write"), idParam(c.req.param("id")));
    return c.json({});
  });

  api.get("/api/v2/filters/statuses/:id", async (c) => {
    const who = await actor(c, "read");
    const row = await deps.db.filterStatus.findFirst({ where: { id: idParam(c.req.param("id")), filter: { accountId: who.accountId } } });
    if (!row) throw new NotFoundError("Record");
    return c.json(toMastodonFilterStatus(row));
  });

  api.delete("/api/v2/filters/statuses/:id", async (c) => {
    await removeFilterStatus(deps, await actor(c, "write"), idParam(c.req.param("id")));
    return c.json({});
  });

  api.get("/api/v2/filters/:id", async (c) => {
    const who = await actor(c, "read");
    const filter = await accountFilter(deps.db, who.accountId, idParam(c.req.param("id")));
    if (!filter) throw new NotFoundError("Record");
    return c.json(toMastodonFilter(filter));
  });

  api.put("/api/v2/filters/:id", async (c) => {
    const who = await actor(c, "write");
    const params = await readParams(c);
    const filter = await updateFilter(deps, who, idParam(c.req.param("id")), {
      title: str(params, "title"),
      contexts: contexts(params),
      action: str(params, "filter_action"),
      expiresIn: expiresIn(params),
      keywords: keywordAttributes(params),
    });
    return c.json(toMastodonFilter(filter));
  });

  api.delete("/api/v2/filters/:id", async (c) => {
    await deleteFilter(deps, await actor(c, "write"), idParam(c.req.param("id")));
    return c.json({});
  });

  api.get("/api/v2/filters/:id/keywords", async (c) => {
    const who = await actor(c, "read");
    const filter = await accountFilter(deps.db, who.accountId, idParam(c.req.param("id")));
    if (!filter) throw new NotFoundError("Record");
    return c.json(filter.keywords.map(toMastodonFilterKeyword));
  });

  api.post("/api/v2/filters/:id/keywords", async (c) => {
    const who = await actor(c, "write");
    const params = await readParams(c);
    const keyword = await addFilterKeyword(deps, who, idParam(c.req.param("id")), {
      keyword: str(params, "keyword"),
      wholeWord: flag(params.whole_word),
    });
    return c.json(toMastodonFilterKeyword(keyword));
  });

  api.get("/api/v2/filters/:id/statuses", async (c) => {
    const who = await actor(c, "read");
    const filter = await accountFilter(deps.db, who.accountId, idParam(c.req.param("id")));
    if (!filter) throw new NotFoundError("Record");
    return c.json(filter.statuses.map(toMastodonFilterStatus));
  });

  api.post("/api/v2/filters/:id/statuses", async (c) => {
    const who = await actor(c, "write");
    const params = await readParams(c);
    const statusId = str(params, "status_id");
    if (!statusId) throw new ValidationError("Status can't be blank", "status_id");
    const row = await addFilterStatus(deps, who, idParam(c.req.param("id")), idParam(statusId));
    return c.json(toMastodonFilterStatus(row));
  });

  // v1 filters: one per keyword
  api.get("/api/v1/filters", async (c) => {
    const who = await actor(c, "read");
    const keywords = await deps.db.filterKeyword.findMany({
      where: { filter: { accountId: who.accountId } },
      include: { filter: true },
      orderBy: { id: "asc" },
    });
    return c.json(keywords.map((k) => toMastodonV1Filter(k, k.filter)));
  });

  api.post("/api/v1/filters", async (c) => {
    const who = await actor(c, "write");
    const params = await readParams(c);
    const phrase = str(params, "phrase") ?? "";
    if (!phrase.trim()) throw new ValidationError("Phrase can't be blank", "phrase");
    const filter = await createFilter(deps, who, {
      title: phrase,
      contexts: contexts(params) ?? [],
      action: flag(params.irreversible) ? "HIDE" : "WARN",
      expiresIn: expiresIn(params) ?? null,
      keywords: [{ keyword: phrase, wholeWord: flag(params.whole_word) }],
    });
    return c.json(toMastodonV1Filter(filter.keywords[0]!, filter));
  });

  api.get("/api/v1/filters/:id", async (c) => {
    const who = await actor(c, "read");
    const keyword = await deps.db.filterKeyword.findFirst({
      where: { id: idParam(c.req.param("id")), filter: { accountId: who.accountId } },
      include: { filter: true },
    });
    if (!keyword) throw new NotFoundError("Record");
    return c.json(toMastodonV1Filter(keyword, keyword.filter));
  });

  api.put("/api/v1/filters/:id", async (c) => {
    const who = await actor(c, "write");
    const params = await readParams(c);
    const irreversible = flag(params.irreversible);
    const keyword = await updatePhraseFilter(deps, who, idParam(c.req.param("id")), {
      keyword: str(params, "phrase"),
      wholeWord: flag(params.whole_word),
      contexts: contexts(params),
      action: irreversible === undefined ? undefined : irreversible ? "HIDE" : "WARN",
      expiresIn: expiresIn(params),
    });
    return c.json(toMastodonV1Filter(keyword, keyword.filter));
  });

  api.delete("/api/v1/filters/:id", async (c) => {
    await deleteFilterKeyword(deps, await actor(c, "write"), idParam(c.req.param("id")));
    return c.json({});
  });
}
