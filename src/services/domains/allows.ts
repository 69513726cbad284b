// Admins' domain allows (Mastodon's Admin::DomainAllow): with limited federation on (the
// limitedFederation setting), only these servers and their subdomains federate, both ways
// (services/domains/policy.ts mayFederate). Each change is audited.
import { NotFoundError, ValidationError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import type { PageQuery } from "../../core/paging.js";
import type { DomainAllow } from "../../generated/prisma/client.js";
import { audit } from "../admin/audit.js";
import { requireStaff } from "../admin/guards.js";
import type { Actor, ServiceDeps } from "../context.js";
import { isUniqueViolation } from "../guards.js";
import { normalizeDomain } from "./names.js";
import { forgetDomainBlocks } from "./policy.js";

export const READ_SCOPE = "admin:read:domain_allows";
export const WRITE_SCOPE = "admin:write:domain_allows";

/** A page of allowed domains, newest first (admins); one row more than the page when there is more. */
export async function listDomainAllows(deps: ServiceDeps, actor: Actor | null, page: PageQuery): Promise<DomainAllow[]> {
  requireStaff(actor, "admin", READ_SCOPE);
  return deps.db.domainAllow.findMany({
    where: { id: { ...(page.maxId !== null ? { lt: page.maxId } : {}), ...(page.minId !== null ? { gt: page.minId } : {}) } },
    orderBy: { id: page.ascending ? "asc" : "desc" },
    take: page.limit,
  });
}

export async function findDomainAllow(deps: ServiceDeps, actor: Actor | null, id: bigint): Promise<DomainAllow> {
  requireStaff(actor, "admin", READ_SCOPE);
  const allow = await deps.db.domainAllow.findUnique({ where: { id } });
  if (!allow) throw new NotFoundError("Domain allow");
  return allow;
}

/** Allows a domain; one allowed already is returned as it is (as Mastodon does). */
export async function createDomainAllow(deps: ServiceDeps, actor: Actor | null, raw: string | undefined): Promise<DomainAllow> {
  const who = requireStaff(actor, "admin", WRITE_SCOPE);
  const domain = normalizeDomain(raw);
  if (domain === deps.config.domain.toLowerCase()) throw new ValidationError("This server's own domain always federates", "domain");
  const existing = await deps.db.domainAllow.findUnique({ where: { domain } });
  if (existing) return existing;
  try {
    const allow = await deps.db.$transaction(async (tx) => {
      const allow = await tx.domainAllow.create({ data: { id: newId(), domain } });
      await audit(tx, who, { action: "domain_allow.create", targetType: "domain_allow", targetId: allow.id, data: { domain } });
      return allow;
    });
    forgetDomainBlocks(deps);
    return allow;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return deps.db.domainAllow.findUniqueOrThrow({ where: { domain } });
  }
}

export async function deleteDomainAllow(deps: ServiceDeps, actor: Actor | null, id: bigint): Promise<DomainAllow> {
  const who = requireStaff(actor, "admin", WRITE_SCOPE);
  const allow = await deps.db.$transaction(async (tx) => {
    const allow = await tx.domainAllow.findUnique({ where: { id } });
    if (!allow) throw new NotFoundError("Domain allow");
    const { count } = await tx.domainAllow.deleteMany({ where: { id } });
    if (count === 0) throw new NotFoundError("Domain allow");
    await audit(tx, who, { action: "domain_allow.delete", targetType: "domain_allow", targetId: id, data: { domain: allow.domain } });
    return allow;
  });
  forgetDomainBlocks(deps);
  return allow;
}
