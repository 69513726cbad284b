// What the ActivityPub adapter reads: local accounts by username and statuses with
// everything their Note shows (cold paths: Prisma is fine here).
import type { Prisma } from "../generated/prisma/client.js";
import type { ServiceDeps } from "../services/context.js";
import { once, type FederationData } from "./context.js";

/** A local account by its exact username (actor URIs carry the name as registered). */
export async function localAccount(deps: ServiceDeps, username: string) {
  if (!/^[A-Za-z0-9_]{1,30}$/.test(username)) return null;
  const account = await deps.db.account.findUnique({ where: { handleKey: `${username.toLowerCase()}@` } });
  return account && account.username === username ? account : null;
}

/** localAccount, read once per request. */
export const accountOf = (data: FederationData, username: string) =>
  once(data, `account:${username}`, () => localAccount(data.deps, username));

/** A local account by a WebFinger name, any case; its exact username, or null. */
export async function usernameForHandle(deps: ServiceDeps, name: string): Promise<string | null> {
  if (!/^[A-Za-z0-9_]{1,30}$/.test(name)) return null;
  const account = await deps.db.account.findUnique({
    where: { handleKey: `${name.toLowerCase()}@` },
    select: { username: true, suspendedAt: true },
  });
  return account && !account.suspendedAt ? account.username : null;
}

const accountRef = { select: { uri: true, username: true, domain: true } } as const;

export const noteInclude = {
  account: true,
  mentions: { include: { account: accountRef } },
  tags: { include: { tag: true } },
  media: { orderBy: { position: "asc" } },
  poll: true,
  inReplyTo: { select: { uri: true } },
  reblogOf: { include: { account: { select: { uri: true, suspendedAt: true } } } },
} as const satisfies Prisma.StatusInclude;

export type NoteStatus = Prisma.StatusGetPayload<{ include: typeof noteInclude }>;

/** A status of a local account, by id; deleted ones too (they become Tombstones). */
export async function localStatus(deps: ServiceDeps, accountId: bigint, id: bigint): Promise<NoteStatus | null> {
  const status = await deps.db.status.findUnique({ where: { id }, include: noteInclude });
  return status && status.accountId === accountId && status.local ? status : null;
}
