// Checks shared by the write-side services.
import { hasScope } from "../core/scopes.js";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "../core/errors.js";
import { canView, type Viewer } from "../core/visibility.js";
import { loadStatusFacts } from "../db/loaders.js";
import { loadViewer } from "../db/viewer.js";
import type { Actor, ServiceDeps } from "./context.js";

/**
 * The signed-in actor, holding `scope` or one of the alternatives (Mastodon's granular
 * scopes stand in for the legacy "follow": write:blocks for blocking, and so on).
 */
export function requireActor(actor: Actor | null | undefined, scope?: string, ...alternatives: string[]): Actor {
  if (!actor) throw new UnauthenticatedError();
  if (scope && ![scope, ...alternatives].some((wanted) => hasScope(actor.scopes, wanted))) {
    throw new ForbiddenError(`This token lacks the "${scope}" scope`);
  }
  return actor;
}


export async function actorViewer(deps: ServiceDeps, actor: Actor): Promise<Viewer> {
  return loadViewer(deps.pool, actor.accountId);
}

/** A status the actor may see, or NotFound (hidden statuses are reported as missing). */
export async function findVisibleStatus(deps: ServiceDeps, actor: Actor, id: bigint) {
  const [facts, viewer] = await Promise.all([loadStatusFacts(deps.pool, [id]), actorViewer(deps, actor)]);
  const fact = facts.get(id);
  if (!fact || !canView(fact, viewer)) throw new NotFoundError("Status");
  const status = await deps.db.status.findUniqueOrThrow({ where: { id } });
  return { status, facts: fact, viewer };
}

/**
 * A status the actor may change: hidden ones are reported as missing (NotFound), visible
 * ones of someone else as Forbidden. Staff may act on any visible status when allowed.
 */
export async function findOwnStatus(deps: ServiceDeps, actor: Actor, id: bigint, options: { staff?: boolean } = {}) {
  const { status } = await findVisibleStatus(deps, actor, id);
  const staff = options.staff && (actor.role === "ADMIN" || actor.role === "MODERATOR");
  if (status.accountId !== actor.accountId && !staff) throw new ForbiddenError("This is not your status");
  return status;
}

/** Re-reads an account after a change, so callers get its current counters. */
export function freshAccount(deps: ServiceDeps, id: bigint) {
  return deps.db.account.findUniqueOrThrow({ where: { id } });
}

export async function findActiveAccount(deps: ServiceDeps, id: bigint) {
  const account = await deps.db.account.findUnique({ where: { id } });
  if (!account || account.suspendedAt) throw new NotFoundError("Account");
  return account;
}

/** Maps a unique-constraint violation from Prisma to a ConflictError. */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string })?.code === "P2002";
}
