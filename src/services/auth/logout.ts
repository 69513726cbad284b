import type { Actor, ServiceDeps } from "../context.js";
import { requireActor } from "../guards.js";
import { hashToken } from "./tokens.js";

/** Revokes the token used for this request. */
export async function logout(deps: ServiceDeps, actor: Actor | null, token: string): Promise<boolean> {
  const who = requireActor(actor);
  const tokenHash = hashToken(token);
  const { count } = await deps.db.accessToken.deleteMany({ where: { tokenHash, accountId: who.accountId } });
  if (count > 0) deps.events.publish({ type: "token.revoked", accountId: String(who.accountId), tokenHash });
  return count > 0;
}
