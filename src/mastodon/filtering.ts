// Applying the viewer's filters to what a Mastodon request shows. The context comes from
// the endpoint (home timeline and lists: home; public and hashtag timelines: public; a
// status and its thread: thread; a profile: account; notifications), or from the stream.
// Statuses report every filter they match in that context in `filtered`; one matching a
// `hide` filter is left out of lists altogether. Where an endpoint has no context (a
// favourites list, a status just posted) `filtered` reports matches in any context, as
// Mastodon does, and nothing is left out.
import type { FilterContext } from "../core/filters.js";
import { isHidden } from "../core/filters.js";
import { filterSession } from "../db/filters.js";
import type { Status } from "../generated/prisma/client.js";
import type { RequestState } from "./context.js";
import { toMastodonFilterResult } from "./entities/filter.js";

const ROUTES: [RegExp, FilterContext][] = [
  [/^\/api\/v1\/timelines\/(home|list\/[^/]+)$/, "home"],
  [/^\/api\/v1\/timelines\/(public|tag\/[^/]+|link)$/, "public"],
  [/^\/api\/v1\/statuses\/[^/]+(\/context)?$/, "thread"],
  [/^\/api\/v1\/accounts\/[^/]+\/statuses$/, "account"],
  [/^\/api\/v[12]\/notifications(\/[^/]+)?$/, "notifications"],
];

/** The filter context of a Mastodon API request (GET only: writes answer with no context). */
export function filterContextOf(method: string, path: string): FilterContext | null {
  if (method !== "GET") return null;
  return ROUTES.find(([re]) => re.test(path))?.[1] ?? null;
}

/** The filter context of a streaming event: user and list streams are home, the others public. */
export function streamFilterContext(stream: string): FilterContext {
  return stream === "user" || stream === "list" ? "home" : stream.startsWith("user:notification") ? "notifications" : "public";
}

function session(state: RequestState) {
  const { services, reader } = state;
  return filterSession(state.loaders, services.deps.pool, services.shared.filters, reader?.accountId ?? null);
}

/** The status' `filtered`: the viewer's filters it matches in the request's context. */
export async function filteredFor(state: RequestState, status: Status) {
  const matches = (await session(state).match([status], state.filterContext ?? null)).get(status.id) ?? [];
  return matches.map(toMastodonFilterResult);
}

/** The statuses, without those a `hide` filter takes out in the request's context (one query at most). */
export async function withoutHidden(state: RequestState, statuses: Status[]): Promise<Status[]> {
  const context = state.filterContext ?? null;
  if (!state.reader || statuses.length === 0) return statuses;
  // Worked out for the whole page at once, so each status' `filtered` is at hand.
  const matches = await session(state).match(statuses, context);
  if (context === null) return statuses;
  return statuses.filter((s) => !isHidden(matches.get(s.id) ?? []));
}

/** True when a `hide` filter takes the status out in the request's context. */
export async function hiddenByFilters(state: RequestState, status: Status): Promise<boolean> {
  return (await withoutHidden(state, [status])).length === 0;
}
