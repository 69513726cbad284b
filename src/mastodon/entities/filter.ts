// The Mastodon filter entities: Filter, FilterKeyword, FilterStatus, FilterResult
// (docs.joinmastodon.org/entities/Filter ...) and the deprecated V1::Filter, which is a
// view of one keyword with its filter's settings.
import type { FilterMatch, FilterRule } from "../../core/filters.js";
import type { FilterRecord } from "../../db/filters.js";
import type { Filter, FilterKeyword, FilterStatus } from "../../generated/prisma/client.js";

type FilterSettings = Pick<Filter | FilterRule, "id" | "title" | "contexts" | "action" | "expiresAt">;

function settings(filter: FilterSettings) {
  return {
    id: String(filter.id),
    title: filter.title,
    context: [...filter.contexts],
    expires_at: filter.expiresAt?.toISOString() ?? null,
    filter_action: filter.action.toLowerCase(),
  };
}

export function toMastodonFilterKeyword(keyword: FilterKeyword) {
  return { id: String(keyword.id), keyword: keyword.keyword, whole_word: keyword.wholeWord };
}

export function toMastodonFilterStatus(row: FilterStatus) {
  return { id: String(row.id), status_id: String(row.statusId) };
}

export function toMastodonFilter(filter: FilterRecord) {
  return {
    ...settings(filter),
    keywords: filter.keywords.map(toMastodonFilterKeyword),
    statuses: filter.statuses.map(toMastodonFilterStatus),
  };
}

/** Within a status' `filtered`: the filter without its keywords and statuses, as Mastodon sends it. */
export function toMastodonFilterResult(match: FilterMatch) {
  return {
    filter: settings(match.filter),
    keyword_matches: match.keywordMatches,
    status_matches: match.statusMatches?.map(String) ?? null,
  };
}

export function toMastodonV1Filter(keyword: FilterKeyword, filter: Filter) {
  return {
    id: String(keyword.id),
    phrase: keyword.keyword,
    context: [...filter.contexts],
    whole_word: keyword.wholeWord,
    expires_at: filter.expiresAt?.toISOString() ?? null,
    irreversible: filter.action === "HIDE",
  };
}
