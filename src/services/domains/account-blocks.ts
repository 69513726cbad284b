// A person's own block of a whole server (Mastodon's AccountDomainBlock, /api/v1/domain_blocks).
// As on Mastodon (AfterBlockDomainFromAccountService): the person's follows of accounts there
// are removed (an Undo goes out), followers and follow requests from there are rejected (a
// Reject goes out), and their notifications from there deleted; from then on the server's
// posts and boosts of them are hidden from the person's timelines and streams
// (core/visibility.ts, Viewer.blockedDomains), no new notifications come from there, and
// relationships show domain_blocking. The domain is matched exactly, as Mastodon does.
import { ValidationError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import type { PageQuery } from "../../core/paging.js";
import type { AccountDomainBlock } from "../../generated/prisma/client.js";
import type { Actor, ServiceDeps } from "../context.js";
import { isUniqueViolation, requireActor } from "../guards.js";
import { normalizeDomain } from "./names.js";
import { publishSevered, severFollows, type Pair } from "./sever.js";
import { keepAllForOutbox } from "../outbox-events.js";

/** Blocks one person may keep. */

/** Followers there learn they are not any more (Reject of their Follow), as on Mastodon. */
const rejectedEvent = (follow: { accountId: bigint; uri: string | null }, me: bigint) =>
  ({ type: "follow.rejected", accountId: String(follow.accountId), targetAccountId: String(me), uri: follow.uri }) as const;
export const MAX_DOMAIN_BLOCKS = 1000;

const evictViewer = (deps: ServiceDeps, accountId: bigint) =>
  deps.events.publish({ type: "relationship.changed", accountId: String(accountId), targetAccountId: String(accountId) });

/** The person's blocked domains, newest block first; one row more than the page when there is more. */
export async function listBlockedDomains(deps: ServiceDeps, actor: Actor | null, page: PageQuery): Promise<AccountDomainBlock[]> {
  const who = requireActor(actor, "read:blocks", "follow");
  return deps.db.accountDomainBlock.findMany({
    where: {
      accountId: who.accountId,
      id: { ...(page.maxId !== null ? { lt: page.maxId } : {}), ...(page.minId !== null ? { gt: page.minId } : {}) },
    },
    orderBy: { id: page.ascending ? "asc" : "desc" },
    take: page.limit,
  });
}

/** Blocks a domain for the actor (again: nothing more happens); returns the normalised domain. */
export async function blockDomain(deps: ServiceDeps, actor: Actor | null, raw: string | undefined): Promise<string> {
  const who = requireActor(actor, "write:blocks", "follow");
  const domain = normalizeDomain(raw);
  if (domain === deps.config.domain.toLowerCase()) throw new ValidationError("You can't block your own server", "domain");
  const me = who.accountId;
  const existing = await deps.db.accountDomainBlock.findUnique({ where: { accountId_domain: { accountId: me, domain } } });
  if (existing) return domain;
  if ((await deps.db.accountDomainBlock.count({ where: { accountId: me } })) >= MAX_DOMAIN_BLOCKS) {
    throw new ValidationError(`You can block at most ${MAX_DOMAIN_BLOCKS} domains`, "domain");
  }
  let outcome: { following: Pair[]; followers: Pair[]; requests: { accountId: bigint; uri: string | null }[] };
  try {
    outcome = await deps.db.$transaction(async (tx) => {
      await tx.accountDomainBlock.create({ data: { id: newId(), accountId: me, domain } });
      const following = await severFollows(tx, { accountId: me, targetAccount: { domain } });
      const followers = await severFollows(tx, { targetAccountId: me, account: { domain } });
      const requests = await tx.followRequest.findMany({ where: { targetAccountId: me, account: { domain } }, select: { id: true, accountId: true, uri: true } });
      await tx.followRequest.deleteMany({ where: { id: { in: requests.map((r) => r.id) } } });
      await tx.notification.deleteMany({ where: { accountId: me, fromAccount: { domain } } });
      await keepAllForOutbox(tx, [...followers, ...requests].map((r) => rejectedEvent(r, me)));
      return { following, followers, requests };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return domain; // the same block, made at the same moment
    throw error;
  }
  publishSevered(deps, [...outcome.following, ...outcome.followers]);
  // Followers there learn they are not any more (Reject of their Follow), as on Mastodon.
  for (const rejected of [...outcome.followers, ...outcome.requests]) {
    deps.events.publish(rejectedEvent(rejected, me));
  }
  evictViewer(deps, me);
  return domain;
}

/** Lifts the actor's block of a domain (not blocked: nothing happens); returns the normalised domain. */
export async function unblockDomain(deps: ServiceDeps, actor: Actor | null, raw: string | undefined): Promise<string> {
  const who = requireActor(actor, "write:blocks", "follow");
  const domain = normalizeDomain(raw);
  const { count } = await deps.db.accountDomainBlock.deleteMany({ where: { accountId: who.accountId, domain } });
  if (count) evictViewer(deps, who.accountId);
  return domain;
}

/** Whether `accountId` blocks the domain of `domain` (a remote account's, null for local ones). */
export async function blocksDomain(deps: ServiceDeps, accountId: bigint, domain: string | null): Promise<boolean> {
  if (domain === null) return false;
  return (await deps.db.accountDomainBlock.count({ where: { accountId, domain } })) > 0;
}
