// Checks shared by the list services: scopes, ownership and the list's fields.
import { ForbiddenError, NotFoundError, ValidationError } from "../../core/errors.js";
import { hasScope } from "../../core/scopes.js";
import type { List, ListRepliesPolicy } from "../../generated/prisma/client.js";
import type { Actor, ServiceDeps } from "../context.js";
import { requireActor } from "../guards.js";

export const MAX_TITLE = 100;
/** Mastodon's per-account limit. */
export const MAX_LISTS = 50;
const POLICIES: readonly ListRepliesPolicy[] = ["FOLLOWED", "LIST", "NONE"];

/** The signed-in actor with `read:lists` or `write:lists` (or the whole `read` / `write`). */
export function requireListScope(actor: Actor | null | undefined, access: "read" | "write"): Actor {
  const who = requireActor(actor);
  if (!hasScope(who.scopes, `${access}:lists`)) throw new ForbiddenError(`This token lacks the "${access}:lists" scope`);
  return who;
}

/** One of the actor's lists; someone else's list is reported as missing. */
export async function findOwnList(deps: ServiceDeps, who: Actor, id: bigint): Promise<List> {
  const list = await deps.db.list.findUnique({ where: { id } });
  if (!list || list.accountId !== who.accountId) throw new NotFoundError("List");
  return list;
}

export function checkTitle(title: string | null | undefined): string {
  const trimmed = (title ?? "").trim();
  if (!trimmed) throw new ValidationError("Validation failed: Title can't be blank", "title");
  if ([...trimmed].length > MAX_TITLE) {
    throw new ValidationError(`Validation failed: Title is too long (maximum is ${MAX_TITLE} characters)`, "title");
  }
  return trimmed;
}

/** Accepts followed, list or none, in any case. */
export function checkPolicy(policy: string): ListRepliesPolicy {
  const upper = policy.toUpperCase() as ListRepliesPolicy;
  if (!POLICIES.includes(upper)) {
    throw new ValidationError("Validation failed: Replies policy must be one of followed, list or none", "repliesPolicy");
  }
  return upper;
}

/** Members whose posts a change of exclusion affects in the owner's home (never the owner). */
export function othersThan(ownerId: bigint, ids: bigint[]): string[] {
  return ids.filter((id) => id !== ownerId).map(String);
}
