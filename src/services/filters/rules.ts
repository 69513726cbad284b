// What every filter verb shares: the actor's scope, input checks and the owned records.
// A filter, keyword or filtered status of someone else is reported as missing.
import { ForbiddenError, NotFoundError, ValidationError } from "../../core/errors.js";
import { FILTER_CONTEXTS, type FilterAction, type FilterContext } from "../../core/filters.js";
import { hasScope } from "../../core/scopes.js";
import type { Tx } from "../../db/client.js";
import { accountFilter, type FilterRecord } from "../../db/filters.js";
import type { Actor, ServiceDeps } from "../context.js";
import { requireActor } from "../guards.js";

export const MAX_TITLE = 256;
export const MAX_KEYWORD = 512;
export const MAX_KEYWORDS = 100;
const MAX_EXPIRES_IN = 10 * 365 * 86_400;
const ACTIONS: readonly FilterAction[] = ["WARN", "HIDE", "BLUR"];

/** The signed-in actor, allowed to read or change filters (read:filters, write:filters or above). */
export function filterActor(actor: Actor | null, access: "read" | "write"): Actor {
  const who = requireActor(actor);
  if (!hasScope(who.scopes, `${access}:filters`)) throw new ForbiddenError(`This token lacks the "${access}:filters" scope`);
  return who;
}

export function checkTitle(title: string | null | undefined): string {
  const value = (title ?? "").trim();
  if (!value) throw new ValidationError("Title can't be blank", "title");
  if ([...value].length > MAX_TITLE) throw new ValidationError(`Title is too long (at most ${MAX_TITLE} characters)`, "title");
  return value;
}

/** A non-empty set of the known contexts (blank entries dropped, as Mastodon does). */
export function checkContexts(contexts: readonly string[] | null | undefined): FilterContext[] {
  const values = [...new Set((contexts ?? []).map((c) => c.trim().toLowerCase()).filter(Boolean))];
  if (values.length === 0) throw new ValidationError("Context can't be blank", "context");
  const unknown = values.filter((c) => !(FILTER_CONTEXTS as readonly string[]).includes(c));
  if (unknown.length) {
    throw new ValidationError(`Unknown context ${unknown.join(", ")}: use ${FILTER_CONTEXTS.join(", ")}`, "context");
  }
  return values as FilterContext[];
}

export function checkAction(action: string | null | undefined): FilterAction | undefined {
  if (action === null || action === undefined) return undefined;
  const value = action.toUpperCase() as FilterAction;
  if (!ACTIONS.includes(value)) throw new ValidationError("Filter action must be warn, hide or blur", "filter_action");
  return value;
}

/** Seconds from now to a date; null for a filter that does not expire. */
export function checkExpiresIn(seconds: number | null | undefined, now = Date.now()): Date | null {
  if (seconds === null || seconds === undefined) return null;
  if (!Number.isInteger(seconds) || seconds <= 0 || seconds > MAX_EXPIRES_IN) {
    throw new ValidationError("Expires in must be a positive number of seconds", "expires_in");
  }
  return new Date(now + seconds * 1000);
}

export function checkKeyword(keyword: string | null | undefined): string {
  const value = keyword ?? "";
  if (!value.trim()) throw new ValidationError("Keyword can't be blank", "keyword");
  if ([...value].length > MAX_KEYWORD) throw new ValidationError(`Keyword is too long (at most ${MAX_KEYWORD} characters)`, "keyword");
  return value;
}

export async function ownFilter(db: ServiceDeps["db"] | Tx, who: Actor, id: bigint) {
  const filter = await db.filter.findFirst({ where: { id, accountId: who.accountId } });
  if (!filter) throw new NotFoundError("Filter");
  return filter;
}

export async function ownKeyword(db: ServiceDeps["db"] | Tx, who: Actor, id: bigint) {
  const keyword = await db.filterKeyword.findFirst({ where: { id, filter: { accountId: who.accountId } }, include: { filter: true } });
  if (!keyword) throw new NotFoundError("Filter keyword");
  return keyword;
}

export async function ownFilterStatus(db: ServiceDeps["db"] | Tx, who: Actor, id: bigint) {
  const found = await db.filterStatus.findFirst({ where: { id, filter: { accountId: who.accountId } } });
  if (!found) throw new NotFoundError("Filter status");
  return found;
}

/** The actor's filter with its keywords and statuses, or NotFound. */
export async function ownFilterRecord(db: ServiceDeps["db"] | Tx, who: Actor, id: bigint): Promise<FilterRecord> {
  const filter = await accountFilter(db, who.accountId, id);
  if (!filter) throw new NotFoundError("Filter");
  return filter;
}

/** After commit: cached copies of the actor's filters go. */
export function filtersChanged(deps: ServiceDeps, who: Actor) {
  deps.events.publish({ type: "filters.changed", accountId: String(who.accountId) });
}
