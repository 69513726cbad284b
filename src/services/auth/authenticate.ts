// Bearer token -> actor. Used by every API's auth plumbing.
import type { Actor, ServiceDeps } from "../context.js";
import { keepFeedWarm } from "../timelines/home-feed.js";
import { hashToken } from "./tokens.js";

export async function authenticate(deps: ServiceDeps, token: string): Promise<Actor | null> {
  if (!token || token.length > 200) return null;
  const found = await deps.db.accessToken.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { account: { include: { credential: true } } },
  });
  const credential = found?.account.credential;
  if (!found || !credential || found.account.suspendedAt || !credential.approved) return null;
  await keepFeedWarm(deps, found.accountId, credential.lastActiveAt);
  return { accountId: found.accountId, role: credential.role, scopes: found.scopes };
}
