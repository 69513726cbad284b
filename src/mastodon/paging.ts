// Mastodon paging: max_id (older than), min_id (just newer than), since_id (newer than,
// newest first), limit; answered with an absolute Link header.
import { ValidationError } from "../core/errors.js";
import { parseId } from "../core/ids.js";
import type { PageQuery } from "../core/paging.js";
import type { Params } from "./params.js";
import { str } from "./params.js";

function cursor(params: Params, key: string): bigint | null {
  const raw = str(params, key);
  if (raw === undefined || raw === "") return null;
  const id = parseId(raw);
  if (id === undefined) throw new ValidationError(`${key} must be a status id`, key);
  return id;
}

export function mastodonPage(params: Params, defaultLimit = 20, maxLimit = 40): PageQuery {
  const limitText = str(params, "limit");
  let limit = limitText === undefined ? defaultLimit : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1) throw new ValidationError("limit must be a positive number", "limit");
  limit = Math.min(limit, maxLimit);
  const maxId = cursor(params, "max_id");
  const minId = cursor(params, "min_id");
  const sinceId = cursor(params, "since_id");
  // min_id pages upward from the cursor (oldest first, then reversed); since_id keeps newest first.
  return { maxId, minId: minId ?? sinceId, limit: limit + 1, ascending: minId !== null, size: limit };
}

/** The Link header for a newest-first page of ids, or undefined when empty. */
export function linkHeader(url: string, ids: string[]): string | undefined {
  if (ids.length === 0) return undefined;
  const base = new URL(url);
  const next = new URL(base);
  next.searchParams.delete("min_id");
  next.searchParams.delete("since_id");
  next.searchParams.set("max_id", ids.at(-1)!);
  const prev = new URL(base);
  prev.searchParams.delete("max_id");
  prev.searchParams.delete("since_id");
  prev.searchParams.set("min_id", ids[0]!);
  return `<${next}>; rel="next", <${prev}>; rel="prev"`;
}
