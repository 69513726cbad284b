// Bearer token -> actor, in one query. Used by every API's auth plumbing.
import type { Role } from "../../generated/prisma/enums.js";
import type { Actor, ServiceDeps } from "../context.js";
import { keepFeedWarm } from "../timelines/home-feed.js";
import { hashToken } from "./tokens.js";

interface Row {
  account_id: bigint;
  scopes: string[];
  role: Role;
  last_active_at: Date | null;
}

export async function authenticate(deps: ServiceDeps, token: string): Promise<Actor | null> {
  if (!token || token.length > 200) return null;
  const { rows } = await deps.pool.query<Row>({
    name: "authenticate",
    text: `SELECT t.account_id, t.scopes, c.role::text AS role, c.last_active_at
      FROM access_tokens t
      JOIN accounts a ON a.id = t.account_id AND a.suspended_at IS NULL
      JOIN credentials c ON c.account_id = t.account_id AND c.approved AND c.disabled_at IS NULL AND c.confirmed_at IS NOT NULL
      WHERE t.token_hash = $1`,
    values: [hashToken(token)],
  });
  const found = rows[0];
  if (!found) return null;
  const accountId = BigInt(found.account_id);
  await keepFeedWarm(deps, accountId, found.last_active_at);
  return { accountId, role: found.role, scopes: found.scopes };
}
