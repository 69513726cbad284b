// Cursor paging over snowflake ids, newest first. `first/after` walks to older items,
// `last/before` to newer ones; ids make pages stable while new items arrive.
import { ValidationError } from "./errors.js";
import { parseId } from "./ids.js";

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface PageQuery {
  /** only ids below this one (from "after") */
  maxId: bigint | null;
  /** only ids above this one (from "before") */
  minId: bigint | null;
  /** rows to fetch: the page size plus one, to know if there is more */
  limit: number;
  /** true: fetch oldest-first just above minId (backward paging) */
  ascending: boolean;
  size: number;
}

export const DEFAULT_PAGE = 20;
export const MAX_PAGE = 100;

function cursor(value: string | null | undefined, name: string): bigint | null {
  if (value == null) return null;
  const id = parseId(value);
  if (id === undefined) throw new ValidationError(`"${name}" is not a valid cursor`, name);
  return id;
}

export function toPageQuery(args: PageArgs): PageQuery {
  if (args.first != null && args.last != null) throw new ValidationError('Pass "first" or "last", not both', "first");
  const size = args.first ?? args.last ?? DEFAULT_PAGE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE) {
    throw new ValidationError(`Page size must be between 0 and ${MAX_PAGE}`, args.last != null ? "last" : "first");
  }
  const ascending = args.last != null || (args.before != null && args.after == null && args.first == null);
  // The list runs newest to oldest: "after" a cursor is older, "before" it is newer.
  return { maxId: cursor(args.after, "after"), minId: cursor(args.before, "before"), limit: size + 1, ascending, size };
}

/** Turns rows fetched with a PageQuery into a newest-first page and its flags. */
export function toPage<T>(rows: T[], query: PageQuery, hadCursor: { after: boolean; before: boolean }) {
  const more = rows.length > query.size;
  const items = rows.slice(0, query.size);
  if (query.ascending) items.reverse();
  return {
    items,
    hasNextPage: query.ascending ? hadCursor.before : more,
    hasPreviousPage: query.ascending ? more : hadCursor.after,
  };
}
