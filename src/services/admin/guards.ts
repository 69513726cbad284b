// Who may moderate: moderators and admins, with a token that carries the admin scope Mastodon
// uses for the operation (admin:read or admin:write, or one of their granular scopes).
// The CLI acts as the server itself (SYSTEM), with every right.
import { ForbiddenError } from "../../core/errors.js";
import type { Actor } from "../context.js";
import { requireActor } from "../guards.js";

export type StaffLevel = "moderator" | "admin";

/** The server acting on its own behalf (the admin CLI): passes every staff check. */
export const SYSTEM: Actor = { accountId: 0n, role: "ADMIN", scopes: ["admin:read", "admin:write", "read", "write", "follow"] };

export const isSystem = (actor: Actor) => actor === SYSTEM;

/**
 * The actor, when they are staff of at least `level` and the token holds `scope`
 * (e.g. "admin:write:accounts"); Forbidden otherwise, Unauthenticated when signed out.
 */
export function requireStaff(actor: Actor | null | undefined, level: StaffLevel, scope: string): Actor {
  const who = requireActor(actor, scope);
  const allowed = level === "admin" ? who.role === "ADMIN" : who.role === "ADMIN" || who.role === "MODERATOR";
  if (!allowed) throw new ForbiddenError(level === "admin" ? "Only admins may do this" : "Only moderators may do this");
  return who;
}

/** The moderator's account id for records, null for the server itself. */
export const staffAccountId = (actor: Actor): bigint | null => (isSystem(actor) ? null : actor.accountId);
