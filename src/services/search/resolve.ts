// `resolve=true` in search: a handle (user@domain) or a URL becomes the account or status it
// names. Ours are looked up here; other servers' go through the RemoteResolver the
// federation adapter provides (wired in app.ts), which fetches and stores them.
import type { Actor, ServiceDeps } from "../context.js";
import { requireActor } from "../guards.js";

export interface RemoteResolver {
  /** the account id for user@domain on another server, fetched when unknown; null when none */
  account(username: string, domain: string): Promise<bigint | null>;
  /** the status id for a URL on another server, fetched when unknown; null when none */
  status(url: string): Promise<bigint | null>;
  /** what a URL on another server is: a post or a person (fetched and stored), or null */
  byUrl?(url: string): Promise<{ statusId: bigint } | { accountId: bigint } | null>;
  /** fetches a remote account's actor document now (for what must be current, such as its aliases) */
  refresh(accountId: bigint): Promise<void>;
}

export const NO_REMOTE: RemoteResolver = { account: async () => null, status: async () => null, refresh: async () => {} };

export const HANDLE_RE = /^@?([a-z0-9_]+(?:[.-][a-z0-9_]+)*)@([a-z0-9.-]+(?::\d+)?)$/i;

export interface Resolved {
  accountIds: bigint[];
  statusIds: bigint[];
}

export async function resolveQuery(deps: ServiceDeps, remote: RemoteResolver, actor: Actor | null, q: string): Promise<Resolved> {
  const none: Resolved = { accountIds: [], statusIds: [] };
  const handle = HANDLE_RE.exec(q.trim());
  const ours = deps.config.domain.toLowerCase();
  if (handle) {
    const [, username, domain] = handle;
    if (domain!.toLowerCase() === ours) {
      const local = await deps.db.account.findUnique({ where: { handleKey: `${username!.toLowerCase()}@` }, select: { id: true, suspendedAt: true } });
      return local && !local.suspendedAt ? { ...none, accountIds: [local.id] } : none;
    }
    // Fetching from other servers is for signed-in people only, as on Mastodon.
    if (!actor) return none;
    requireActor(actor, "read");
    const id = await remote.account(username!, domain!.toLowerCase());
    return id ? { ...none, accountIds: [id] } : none;
  }
  let url: URL;
  try {
    url = new URL(q.trim());
  } catch {
    return none;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return none;
  const found = await deps.db.status.findFirst({ where: { OR: [{ uri: url.href }, { url: url.href }], deletedAt: null }, select: { id: true } });
  if (found) return { ...none, statusIds: [found.id] };
  const account = await deps.db.account.findFirst({ where: { OR: [{ uri: url.href }, { url: url.href }], suspendedAt: null }, select: { id: true } });
  if (account) return { ...none, accountIds: [account.id] };
  if (url.host.toLowerCase() === ours || !actor) return none;
  if (remote.byUrl) {
    const object = await remote.byUrl(url.href);
    if (object && "statusId" in object) return { ...none, statusIds: [object.statusId] };
    if (object && "accountId" in object) return { ...none, accountIds: [object.accountId] };
    return none;
  }
  const id = await remote.status(url.href);
  return id ? { ...none, statusIds: [id] } : none;
}
