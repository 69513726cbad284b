// Admins' domain blocks (Mastodon's Admin::DomainBlock): noop, silence or suspend a server
// and its subdomains, with reject_media, reject_reports, comments and obfuscation. As on
// Mastodon, the accounts of a silenced domain are marked silenced, and those of a suspended
// one suspended, with the block's creation time; when the block goes (or changes severity)
// exactly those marks are lifted. Suspending severs every follow and follow request with the
// domain, both ways. Each change is audited and makes this process reread the rules at once.
import { createHash } from "node:crypto";
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import type { PageQuery } from "../../core/paging.js";
import type { Tx } from "../../db/client.js";
import type { Account, DomainBlock } from "../../generated/prisma/client.js";
import type { DomainSeverity } from "../../generated/prisma/enums.js";
import { audit } from "../admin/audit.js";
import { requireStaff } from "../admin/guards.js";
import type { Actor, ServiceDeps } from "../context.js";
import { isUniqueViolation } from "../guards.js";
import { getSettings } from "../settings.js";
import { accountsOf, normalizeDomain } from "./names.js";
import { domainBlockFor, forgetDomainBlocks } from "./policy.js";
import { publishSevered, severFollows, type Pair } from "./sever.js";

export const READ_SCOPE = "admin:read:domain_blocks";
export const WRITE_SCOPE = "admin:write:domain_blocks";
const MAX_COMMENT = 2000;
/** A big server's accounts and follows take a while to mark and sever: one transaction, given time. */
const LONG = { timeout: 120_000, maxWait: 10_000 };

export interface DomainBlockInput {
  domain?: string;
  severity?: DomainSeverity;
  rejectMedia?: boolean;
  rejectReports?: boolean;
  privateComment?: string;
  publicComment?: string;
  obfuscate?: boolean;
}

/** A domain block that clashes with one already there: the existing one comes along. */
export class DomainBlockExists extends ConflictError {
  constructor(readonly existing: DomainBlock, message: string) {
    super(message, "domain");
  }
}

/** sha256 of the domain, hex: how Mastodon lets others check an obfuscated entry. */
export const domainDigest = (domain: string) => createHash("sha256").update(domain).digest("hex");

/** Mastodon's obfuscation: the middle characters of each part replaced by '*'. */
export function obfuscatedDomain(domain: string): string {
  const length = domain.length;
  const visible = Math.floor(length / 4);
  return [...domain].map((chr, i) => (i > visible && i < length - visible && chr !== "." ? "*" : chr)).join("");
}

function comment(value: string | undefined, field: string): string | undefined {
  if (value === undefined) return undefined;
  if (value.length > MAX_COMMENT) throw new ValidationError(`The comment is too long (at most ${MAX_COMMENT} characters)`, field);
  return value;
}

type Rule = Pick<DomainBlock, "severity" | "rejectMedia" | "rejectReports">;

/** Mastodon's DomainBlock#stricter_than?: may `rule` be added under `other` (a parent domain's)? */
function stricterThan(rule: Rule, other: Rule): boolean {
  if (rule.severity === "SUSPEND") return true;
  if (other.severity === "SUSPEND") return false;
  if (other.severity === "SILENCE" && rule.severity === "NOOP") return false;
  return (rule.rejectMedia || !other.rejectMedia) && (rule.rejectReports || !other.rejectReports);
}

/** Silences or suspends the domain's accounts (and severs follows for a suspension); the pairs severed. */
async function enforce(tx: Tx, block: DomainBlock): Promise<Pair[]> {
  const accounts = { ...accountsOf(block.domain), NOT: { domain: null } };
  if (block.severity === "SILENCE") {
    await tx.account.updateMany({ where: { ...accounts, silencedAt: null }, data: { silencedAt: block.createdAt } });
  }
  if (block.severity !== "SUSPEND") return [];
  const pairs = await severFollows(tx, { OR: [{ account: accounts }, { targetAccount: accounts }] });
  await tx.followRequest.deleteMany({ where: { OR: [{ account: accounts }, { targetAccount: accounts }] } });
  await tx.account.updateMany({ where: { ...accounts, suspendedAt: null }, data: { suspendedAt: block.createdAt } });
  return pairs;
}

/** Lifts the marks this block made that its severity (null: none, the block goes) no longer calls for. */
async function lift(tx: Tx, block: DomainBlock, severity: DomainSeverity | null): Promise<void> {
  const accounts = { ...accountsOf(block.domain), NOT: { domain: null } };
  if (severity !== "SILENCE") {
    await tx.account.updateMany({ where: { ...accounts, silencedAt: block.createdAt }, data: { silencedAt: null } });
  }
  if (severity !== "SUSPEND") {
    await tx.account.updateMany({ where: { ...accounts, suspendedAt: block.createdAt }, data: { suspendedAt: null } });
  }
}

function pageWhere(page: PageQuery) {
  return { ...(page.maxId !== null ? { lt: page.maxId } : {}), ...(page.minId !== null ? { gt: page.minId } : {}) };
}

/** A page of domain blocks, newest first (admins). */
export async function listDomainBlocks(deps: ServiceDeps, actor: Actor | null, page: PageQuery): Promise<DomainBlock[]> {
  requireStaff(actor, "admin", READ_SCOPE);
  const rows = await deps.db.domainBlock.findMany({
    where: { id: pageWhere(page) },
    orderBy: { id: page.ascending ? "asc" : "desc" },
    take: page.limit,
  });
  return rows;
}

export async function findDomainBlock(deps: ServiceDeps, actor: Actor | null, id: bigint): Promise<DomainBlock> {
  requireStaff(actor, "admin", READ_SCOPE);
  const block = await deps.db.domainBlock.findUnique({ where: { id } });
  if (!block) throw new NotFoundError("Domain block");
  return block;
}

export async function createDomainBlock(deps: ServiceDeps, actor: Actor | null, input: DomainBlockInput): Promise<DomainBlock> {
  const who = requireStaff(actor, "admin", WRITE_SCOPE);
  const domain = normalizeDomain(input.domain);
  if (domain === deps.config.domain.toLowerCase()) throw new ValidationError("This server's own domain can't be blocked", "domain");
  const data = {
    domain,
    severity: input.severity ?? "SILENCE",
    rejectMedia: input.rejectMedia ?? false,
    rejectReports: input.rejectReports ?? false,
    privateComment: comment(input.privateComment, "privateComment") ?? "",
    publicComment: comment(input.publicComment, "publicComment") ?? "",
    obfuscate: input.obfuscate ?? false,
  };
  forgetDomainBlocks(deps);
  const covering = await domainBlockFor(deps, domain);
  if (covering) {
    const existing = await deps.db.domainBlock.findUnique({ where: { domain: covering.domain } });
    if (existing && (existing.domain === domain || !stricterThan(data, existing))) {
      throw new DomainBlockExists(existing, `You have already imposed stricter limits on ${existing.domain}`);
    }
  }
  const { block, severed } = await deps.db
    .$transaction(async (tx) => {
      const block = await tx.domainBlock.create({ data: { id: newId(), ...data, createdAt: new Date() } });
      const severed = await enforce(tx, block);
      await audit(tx, who, {
        action: "domain_block.create", targetType: "domain_block", targetId: block.id, reason: data.privateComment,
        data: { domain, severity: data.severity, rejectMedia: data.rejectMedia, rejectReports: data.rejectReports, severed: severed.length },
      });
      return { block, severed };
    }, LONG)
    .catch(async (error: unknown) => {
      // Another admin blocked it at the same moment.
      const existing = isUniqueViolation(error) ? await deps.db.domainBlock.findUnique({ where: { domain } }) : null;
      if (existing) throw new DomainBlockExists(existing, `You have already imposed stricter limits on ${domain}`);
      throw error;
    });
  forgetDomainBlocks(deps);
  publishSevered(deps, severed);
  return block;
}

export async function updateDomainBlock(deps: ServiceDeps, actor: Actor | null, id: bigint, input: DomainBlockInput): Promise<DomainBlock> {
  const who = requireStaff(actor, "admin", WRITE_SCOPE);
  const changes = {
    ...(input.severity !== undefined ? { severity: input.severity } : {}),
    ...(input.rejectMedia !== undefined ? { rejectMedia: input.rejectMedia } : {}),
    ...(input.rejectReports !== undefined ? { rejectReports: input.rejectReports } : {}),
    ...(input.privateComment !== undefined ? { privateComment: comment(input.privateComment, "privateComment") } : {}),
    ...(input.publicComment !== undefined ? { publicComment: comment(input.publicComment, "publicComment") } : {}),
    ...(input.obfuscate !== undefined ? { obfuscate: input.obfuscate } : {}),
  };
  const { block, severed } = await deps.db.$transaction(async (tx) => {
    // Locked, so that two changes at once each see the severity the other left.
    await tx.$queryRaw`SELECT id FROM domain_blocks WHERE id = ${id} FOR UPDATE`;
    const old = await tx.domainBlock.findUnique({ where: { id } });
    if (!old) throw new NotFoundError("Domain block");
    const block = await tx.domainBlock.update({ where: { id }, data: changes });
    let severed: Pair[] = [];
    if (block.severity !== old.severity) {
      await lift(tx, block, block.severity);
      severed = await enforce(tx, block);
    }
    await audit(tx, who, {
      action: "domain_block.update", targetType: "domain_block", targetId: id, reason: block.privateComment,
      data: { domain: block.domain, changes: { ...changes }, severed: severed.length },
    });
    return { block, severed };
  }, LONG);
  forgetDomainBlocks(deps);
  publishSevered(deps, severed);
  return block;
}

/** Lifts a block: the accounts it silenced or suspended are so no more (follows stay severed). */
export async function deleteDomainBlock(deps: ServiceDeps, actor: Actor | null, id: bigint): Promise<DomainBlock> {
  const who = requireStaff(actor, "admin", WRITE_SCOPE);
  const block = await deps.db.$transaction(async (tx) => {
    const block = await tx.domainBlock.findUnique({ where: { id } });
    if (!block) throw new NotFoundError("Domain block");
    const { count } = await tx.domainBlock.deleteMany({ where: { id } });
    if (count === 0) throw new NotFoundError("Domain block");
    await lift(tx, block, null);
    await audit(tx, who, { action: "domain_block.delete", targetType: "domain_block", targetId: id, data: { domain: block.domain, severity: block.severity } });
    return block;
  }, LONG);
  forgetDomainBlocks(deps);
  return block;
}

/**
 * A remote account just stored, under the rules in force: one of a silenced domain is marked
 * silenced (as its neighbours were when the block was made), as Mastodon does for new accounts.
 */
export async function applyDomainLimits(deps: ServiceDeps, account: Account): Promise<Account> {
  if (account.domain === null || account.silencedAt) return account;
  const block = await domainBlockFor(deps, account.domain);
  if (block?.severity !== "SILENCE") return account;
  return deps.db.account.update({ where: { id: account.id }, data: { silencedAt: block.createdAt } });
}

/**
 * The published list (GET /api/v1/instance/domain_blocks): the blocks people are told about
 * (silence, suspend, or media rejected), most severe first, shown as the setting
 * domainBlocksVisibility says: to anyone, to signed-in people, or to admins only.
 */
export async function publishedDomainBlocks(deps: ServiceDeps, actor: Actor | null): Promise<DomainBlock[]> {
  const { domainBlocksVisibility: visibility } = await getSettings(deps);
  if (visibility !== "all" && !actor) throw new UnauthenticatedError("The list of blocked servers is shown to signed-in people only");
  if (visibility === "admins" && actor?.role !== "ADMIN") throw new ForbiddenError("The list of blocked servers is shown to admins only");
  const rows = await deps.db.domainBlock.findMany({
    where: { OR: [{ severity: { in: ["SILENCE", "SUSPEND"] } }, { rejectMedia: true }] },
    orderBy: { domain: "asc" },
  });
  const rank = { SUSPEND: 0, SILENCE: 1, NOOP: 2 } as const;
  return rows.sort((a, b) => rank[a.severity] - rank[b.severity]);
}
