// What this server does with other servers, answered in one place: `mayFederate` says whether
// a host may talk to us and be talked to (inbound POSTs, deliveries, fetches, resolving, the
// inbox's use of known accounts). A suspended domain (and its subdomains) never may; with
// limited federation on (settings), only allowed domains (and their subdomains) may. A
// silenced one is kept off public timelines (its accounts are marked silenced, see blocks.ts).
// Blocks and allows are few, so each process keeps them all, reread every 30 s (at once in the
// process that changed them: forgetDomainBlocks).
import type { DomainSeverity } from "../../generated/prisma/enums.js";
import type { ServiceDeps } from "../context.js";
import { getSettings } from "../settings.js";

const TTL_MS = 30_000;

export interface BlockRule {
  domain: string;
  severity: DomainSeverity;
  rejectMedia: boolean;
  rejectReports: boolean;
  createdAt: Date;
}

interface Loaded {
  expires: number;
  blocks: Map<string, BlockRule>;
  allows: Set<string>;
}

const loaded = new WeakMap<object, Promise<Loaded>>();

async function load(deps: ServiceDeps): Promise<Loaded> {
  const [blocks, allows] = await Promise.all([
    deps.db.domainBlock.findMany({ select: { domain: true, severity: true, rejectMedia: true, rejectReports: true, createdAt: true } }),
    deps.db.domainAllow.findMany({ select: { domain: true } }),
  ]);
  return {
    expires: Date.now() + TTL_MS,
    blocks: new Map(blocks.map((row) => [row.domain, row])),
    allows: new Set(allows.map((row) => row.domain)),
  };
}

async function rules(deps: ServiceDeps): Promise<Loaded> {
  let entry = loaded.get(deps.db);
  if (entry) {
    const current = await entry.catch(() => null);
    if (current && current.expires > Date.now()) return current;
  }
  entry = load(deps);
  loaded.set(deps.db, entry);
  return entry;
}

/** After a change to domain_blocks or domain_allows: this process rereads them at the next question. */
export function forgetDomainBlocks(deps: ServiceDeps): void {
  loaded.delete(deps.db);
}

/** host[:port] → the hosts a rule could be written for: itself and each parent domain. */
export function candidates(host: string): string[] {
  const name = host.toLowerCase().replace(/:\d+$/, "");
  const parts = name.split(".");
  const out = [host.toLowerCase()];
  for (let i = 0; i < parts.length - 1; i++) out.push(parts.slice(i).join("."));
  return [...new Set(out)];
}

/** host[:port] of a host or URL, lower case; null when it cannot be read. */
function hostOf(hostOrUrl: string): string | null {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(hostOrUrl)) return hostOrUrl.toLowerCase();
  try {
    return new URL(hostOrUrl).host.toLowerCase();
  } catch {
    return null;
  }
}

/** The block covering `host` (host[:port] or a URL): the most specific one; null when none. */
export async function domainBlockFor(deps: ServiceDeps, hostOrUrl: string): Promise<BlockRule | null> {
  const { blocks } = await rules(deps);
  if (blocks.size === 0) return null;
  const host = hostOf(hostOrUrl);
  if (host === null) return null;
  for (const candidate of candidates(host)) {
    const block = blocks.get(candidate);
    if (block) return block;
  }
  return null;
}

/** The severity of the block covering `host` (host[:port] or a URL), null when none. */
export async function domainSeverity(deps: ServiceDeps, hostOrUrl: string): Promise<DomainSeverity | null> {
  return (await domainBlockFor(deps, hostOrUrl))?.severity ?? null;
}

/**
 * Whether `hostOrUrl` may federate with us, both ways: false for a suspended domain, and with
 * limited federation on, for any domain not on the allow list. Our own host always may.
 */
export async function mayFederate(deps: ServiceDeps, hostOrUrl: string): Promise<boolean> {
  const host = hostOf(hostOrUrl);
  if (host === null) return false;
  if (host === deps.config.domain.toLowerCase()) return true;
  const { blocks, allows } = await rules(deps);
  const names = candidates(host);
  for (const candidate of names) {
    const block = blocks.get(candidate);
    if (block) {
      if (block.severity === "SUSPEND") return false;
      break;
    }
  }
  if (!(await getSettings(deps)).limitedFederation) return true;
  return names.some((candidate) => allows.has(candidate));
}

/**
 * Whether everything from and to `hostOrUrl` is refused: it is suspended, or limited
 * federation is on and it is not allowed. The same answer as `!mayFederate`.
 */
export async function isDomainSuspended(deps: ServiceDeps, hostOrUrl: string): Promise<boolean> {
  return !(await mayFederate(deps, hostOrUrl));
}

/** Whether media (avatars, headers, attachments) from `hostOrUrl` are left out. */
export async function rejectsMedia(deps: ServiceDeps, hostOrUrl: string): Promise<boolean> {
  const block = await domainBlockFor(deps, hostOrUrl);
  return !!block && (block.rejectMedia || block.severity === "SUSPEND");
}
