// Mastodon's domain entities: Admin::DomainBlock and Admin::DomainAllow
// (docs.joinmastodon.org/entities/Admin_DomainBlock, Admin_DomainAllow), and the published
// DomainBlock (entities/DomainBlock) of GET /api/v1/instance/domain_blocks.
import type { DomainAllow, DomainBlock } from "../../generated/prisma/client.js";
import { domainDigest, obfuscatedDomain } from "../../services/domains/blocks.js";

export function toAdminDomainBlock(block: DomainBlock) {
  return {
    id: String(block.id),
    domain: block.domain,
    digest: domainDigest(block.domain),
    created_at: block.createdAt.toISOString(),
    severity: block.severity.toLowerCase(),
    reject_media: block.rejectMedia,
    reject_reports: block.rejectReports,
    private_comment: block.privateComment || null,
    public_comment: block.publicComment || null,
    obfuscate: block.obfuscate,
  };
}

export function toAdminDomainAllow(allow: DomainAllow) {
  return { id: String(allow.id), domain: allow.domain, created_at: allow.createdAt.toISOString() };
}

/** The public entry: the domain obfuscated when asked, its digest always the real domain's. */
export function toPublishedDomainBlock(block: DomainBlock) {
  return {
    domain: block.obfuscate ? obfuscatedDomain(block.domain) : block.domain,
    digest: domainDigest(block.domain),
    severity: block.severity.toLowerCase(),
    comment: block.publicComment || null,
  };
}
