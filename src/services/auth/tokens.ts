// Bearer tokens: random, shown once, stored only as a SHA-256 hash.
import { createHash, randomBytes } from "node:crypto";
import { newId } from "../../core/ids.js";
import type { ServiceDeps } from "../context.js";

export const DEFAULT_SCOPES = ["read", "write", "follow", "push"] as const;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function newSecret(): string {
  return randomBytes(32).toString("base64url");
}

/** A new bearer token for an account (or, with accountId null, for an app itself). */
export async function issueToken(
  deps: ServiceDeps,
  accountId: bigint | null,
  scopes: readonly string[],
  appId: bigint | null = null,
) {
  const token = newSecret();
  await deps.db.accessToken.create({
    data: { id: newId(), tokenHash: hashToken(token), accountId, appId, scopes: [...scopes] },
  });
  return token;
}

/**
 * After a change that lets an account's tokens work (its address confirmed, its application
 * approved): API processes forget that they refused them a moment ago.
 */
export async function announceUsableTokens(deps: ServiceDeps, accountId: bigint): Promise<void> {
  const tokens = await deps.db.accessToken.findMany({ where: { accountId }, select: { tokenHash: true } });
  if (tokens.length) deps.events.publish({ type: "tokens.usable", accountId: String(accountId), tokenHashes: tokens.map((t) => t.tokenHash) });
}
