import type { Actor, ServiceDeps } from "../context.js";
import { requireActor } from "../guards.js";
import { hashToken } from "./tokens.js";

/** Revokes the token used for this request. */
export async function logout(deps: ServiceDeps, actor: Actor | null, token: string): Promise<boolean> {
  const who = requireActor(actor);
  const { count } = await deps.db.accessToken.deleteMany({
    where: { tokenHash: hashToken(token), accountId: who.accountId },
  });
  return count > 0;
}
