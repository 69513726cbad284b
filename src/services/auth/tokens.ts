// Bearer tokens: random, shown once, stored only as a SHA-256 hash.
import { createHash, randomBytes } from "node:crypto";
import { newId } from "../../core/ids.js";
import type { ServiceDeps } from "../context.js";

export const DEFAULT_SCOPES = ["read", "write", "follow", "push"] as const;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function issueToken(deps: ServiceDeps, accountId: bigint, scopes: readonly string[]) {
  const token = randomBytes(32).toString("base64url");
  await deps.db.accessToken.create({
    data: { id: newId(), tokenHash: hashToken(token), accountId, scopes: [...scopes] },
  });
  return token;
}
