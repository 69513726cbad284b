// What this server does with other servers: a suspended domain (and its subdomains) is
// refused inbound, gets nothing outbound and is never fetched; a silenced one is kept off
// public timelines (moderation). The blocks are few, so each process keeps them all, reread
// every 30 s (at once in the process that changed them).
import type { DomainSeverity } from "../../generated/prisma/enums.js";
import type { ServiceDeps } from "../context.js";

const TTL_MS = 30_000;

interface Loaded {
  expires: number;
  severities: Map<string, DomainSeverity>;
}

const loaded = new WeakMap<object, Promise<Loaded>>();

async function load(deps: ServiceDeps): Promise<Loaded> {
  const rows = await deps.db.domainBlock.findMany({ select: { domain: true, severity: true } });
  return { expires: Date.now() + TTL_MS, severities: new Map(rows.map((row) => [row.domain, row.severity])) };
}

async function blocks(deps: ServiceDeps): Promise<Map<string, DomainSeverity>> {
  let entry = loaded.get(deps.db);
  if (entry) {
    const current = await entry.catch(() => null);
    if (current && current.expires > Date.now()) return current.severities;
  }
  entry = load(deps);
  loaded.set(deps.db, entry);
  return (await entry).severities;
}

/** After a change to domain_blocks: this process rereads them at the next question. */
export function forgetDomainBlocks(deps: ServiceDeps): void {
  loaded.delete(deps.db);
}

/** host[:port] → the hosts a block could be written for: itself and each parent domain. */
function candidates(host: string): string[] {
  const name = host.toLowerCase().replace(/:\d+$/, "");
  const parts = name.split(".");
  const out = [host.toLowerCase()];
  for (let i = 0; i < parts.length - 1; i++) out.push(parts.slice(i).join("."));
  return [...new Set(out)];
}

/** The severity of the block covering `host` (host[:port] or a URL), null when none. */
export async function domainSeverity(deps: ServiceDeps, hostOrUrl: string): Promise<DomainSeverity | null> {
  const map = await blocks(deps);
  if (map.size === 0) return null;
  let host = hostOrUrl;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(hostOrUrl)) {
    try {
      host = new URL(hostOrUrl).host;
    } catch {
      return null;
    }
  }
  for (const candidate of candidates(host)) {
    const severity = map.get(candidate);
    if (severity) return severity;
  }
  return null;
}

/** Whether everything from and to `hostOrUrl` is refused. */
export async function isDomainSuspended(deps: ServiceDeps, hostOrUrl: string): Promise<boolean> {
  return (await domainSeverity(deps, hostOrUrl)) === "SUSPEND";
}
