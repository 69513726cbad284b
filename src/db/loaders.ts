// Per-request DataLoaders: one query per kind of row, whatever the number of items.
// Shared by every API adapter.
import DataLoader from "dataloader";
import type pg from "pg";
import type { StatusFacts } from "../core/visibility.js";
import type { Account, MediaAttachment, Poll, Status, Tag } from "../generated/prisma/client.js";
import { ownVotes } from "./attachments.js";
import type { Prisma } from "../generated/prisma/client.js";
import { loadBundle, loadPageBundle, type Bundle } from "./bundle.js";
import { directSource, viewerFlags, type RecordSource, type ViewerFlags } from "./records.js";

export interface Relationship {
  following: boolean;
  showingReblogs: boolean;
  notifying: boolean;
  followedBy: boolean;
  requested: boolean;
  requestedBy: boolean;
  blocking: boolean;
  blockedBy: boolean;
  muting: boolean;
  mutingNotifications: boolean;
  /** the viewer blocked the account's server */
  domainBlocking: boolean;
}

const key = (id: bigint) => String(id);

function byIdLoader<V>(load: (ids: readonly bigint[]) => Promise<Map<bigint, V>>) {
  return new DataLoader<bigint, V | undefined, string>(
    async (ids) => {
      const found = await load(ids);
      return ids.map((id) => found.get(id));
    },
    { cacheKeyFn: key },
  );
}

async function loadRelationships(pool: pg.Pool, viewerId: bigint, ids: readonly bigint[]): Promise<Relationship[]> {
  const list = ids.map(String);
  const { rows } = await pool.query<{ kind: string; id: bigint; flag: boolean }>({
    name: "relationships",
    text: `SELECT 'following' AS kind, target_account_id AS id, show_reblogs AS flag FROM follows
        WHERE account_id = $1 AND target_account_id = ANY($2::bigint[])
      UNION ALL SELECT 'notifying', target_account_id, notify FROM follows
        WHERE account_id = $1 AND target_account_id = ANY($2::bigint[])
      UNION ALL SELECT 'followedBy', account_id, true FROM follows
        WHERE target_account_id = $1 AND account_id = ANY($2::bigint[])
      UNION ALL SELECT 'requested', target_account_id, true FROM follow_requests
        WHERE account_id = $1 AND target_account_id = ANY($2::bigint[])
      UNION ALL SELECT 'requestedBy', account_id, true FROM follow_requests
        WHERE target_account_id = $1 AND account_id = ANY($2::bigint[])
      UNION ALL SELECT 'blocking', target_account_id, true FROM blocks
        WHERE account_id = $1 AND target_account_id = ANY($2::bigint[])
      UNION ALL SELECT 'blockedBy', account_id, true FROM blocks
        WHERE target_account_id = $1 AND account_id = ANY($2::bigint[])
      UNION ALL SELECT 'muting', target_account_id, hide_notifications FROM mutes
        WHERE account_id = $1 AND target_account_id = ANY($2::bigint[])
          AND (expires_at IS NULL OR expires_at > now())
      UNION ALL SELECT 'domainBlocking', a.id, true FROM accounts a
        JOIN account_domain_blocks d ON d.account_id = $1 AND d.domain = a.domain
        WHERE a.id = ANY($2::bigint[])`,
    values: [String(viewerId), list],
  });
  const byId = new Map<string, Relationship>(
    list.map((id) => [
      id,
      {
        following: false, showingReblogs: false, notifying: false, followedBy: false, requested: false,
        requestedBy: false, blocking: false, blockedBy: false, muting: false, mutingNotifications: false,
        domainBlocking: false,
      },
    ]),
  );
  for (const row of rows) {
    const rel = byId.get(String(row.id))!;
    switch (row.kind) {
      case "following": rel.following = true; rel.showingReblogs = row.flag; break;
      case "notifying": rel.notifying = row.flag; break;
      case "muting": rel.muting = true; rel.mutingNotifications = row.flag; break;
      default: rel[row.kind as "followedBy"] = true;
    }
  }
  return list.map((id) => byId.get(id)!);
}

type FlagLoader = (viewerId: bigint, statusId: bigint) => Promise<ViewerFlags>;

export function createLoaders(pool: pg.Pool, source: RecordSource, viewerId: bigint | null, flags?: FlagLoader) {
  const statuses = byIdLoader<Status>(async (ids) => new Map((await source.statuses(ids)).map((s) => [s.id, s])));
  const accounts = byIdLoader<Account>(async (ids) => new Map((await source.accounts(ids)).map((a) => [a.id, a])));
  const mentions = byIdLoader<bigint[]>((ids) => source.mentions(ids));
  const tags = byIdLoader<Tag[]>((ids) => source.tags(ids));
  const media = byIdLoader<MediaAttachment[]>(async (ids) => {
    const found = await source.media(ids);
    return new Map(ids.map((id) => [id, found.get(id) ?? []]));
  });
  const polls = byIdLoader<Poll>((ids) => source.polls(ids));
  /** the viewer's choices per poll id ([] when they did not vote) */
  const votes =
    viewerId === null
      ? null
      : new DataLoader<bigint, number[], string>(
          async (ids) => {
            const found = await ownVotes(pool, viewerId, ids);
            return ids.map((id) => found.get(id) ?? []);
          },
          { cacheKeyFn: key },
        );

  const present = <T>(values: (T | Error | undefined)[]) => values.filter((v): v is T => v !== undefined && !(v instanceof Error));

  /** Visibility facts, computed from the hydrated rows (no extra query). */
  const statusFacts = new DataLoader<bigint, StatusFacts | undefined, string>(
    async (ids) => {
      const rows = present(await statuses.loadMany(ids));
      const originals = present(await statuses.loadMany(rows.flatMap((s) => (s.reblogOfId ? [s.reblogOfId] : []))));
      const all = [...rows, ...originals];
      const [authors, mentioned] = await Promise.all([
        accounts.loadMany([...new Set(all.map((s) => s.accountId))]),
        mentions.loadMany(all.map((s) => s.id)),
      ]);
      const suspended = new Set(present(authors).filter((a) => a.suspendedAt).map((a) => a.id));
      const silenced = new Set(present(authors).filter((a) => a.silencedAt).map((a) => a.id));
      const domains = new Map(present(authors).map((a) => [a.id, a.domain]));
      const known = new Set(present(authors).map((a) => a.id));
      const mentionsOf = new Map(all.map((s, i) => [s.id, mentioned[i]]));
      const byId = new Map(all.map((s) => [s.id, s]));
      const facts = (s: Status): StatusFacts => {
        const m = mentionsOf.get(s.id);
        return {
          accountId: s.accountId,
          visibility: s.visibility,
          deletedAt: s.deletedAt,
          authorSuspended: suspended.has(s.accountId) || !known.has(s.accountId),
          authorDomain: domains.get(s.accountId) ?? null,
          authorSilenced: silenced.has(s.accountId),
          mentionedIds: new Set(Array.isArray(m) ? m : []),
        };
      };
      return ids.map((id) => {
        const status = byId.get(id);
        if (!status) return undefined;
        const fact = facts(status);
        if (status.reblogOfId) {
          const original = byId.get(status.reblogOfId);
          fact.reblog = original ? facts(original) : { ...fact, deletedAt: new Date(0) };
        }
        return fact;
      });
    },
    { cacheKeyFn: key },
  );

  // favourited / reblogged / bookmarked / pinned: from a primed page, else batched across requests.
  const flagLoader =
    viewerId === null
      ? null
      : new DataLoader<bigint, ViewerFlags, string>(
          (ids) =>
            flags
              ? Promise.all(ids.map((id) => flags(viewerId, id)))
              : viewerFlags(pool, ids.map((statusId) => ({ viewerId, statusId }))),
          { cacheKeyFn: key },
        );

  /** Loads the given statuses and what they show in one query, and primes the loaders. */
  async function prime(ids: readonly bigint[]): Promise<void> {
    const fresh = ids.filter((id) => !primed.has(id));
    if (fresh.length > 0) apply(await loadBundle(pool, fresh, viewerId));
  }

  /**
   * Runs a page query with everything its statuses show (and the viewer's relationships
   * when asked); returns the page's ids (unordered).
   */
  async function primePage(page: Prisma.Sql, withViewer = false) {
    const { ids, bundle, viewer } = await loadPageBundle(pool, page, viewerId, withViewer);
    apply(bundle);
    return { ids, viewer };
  }

  function apply(bundle: Bundle) {
    for (const status of bundle.statuses) {
      primed.add(status.id);
      known.statuses.set(status.id, status);
      known.mentions.set(status.id, bundle.mentions.get(status.id) ?? []);
      known.tags.set(status.id, bundle.tags.get(status.id) ?? []);
      known.media.set(status.id, bundle.media.get(status.id) ?? []);
      media.prime(status.id, bundle.media.get(status.id) ?? []);
      const poll = bundle.polls.get(status.id);
      known.polls.set(status.id, poll ?? null);
      if (poll) {
        polls.prime(status.id, poll);
        if (votes) votes.prime(poll.id, bundle.votes.get(poll.id) ?? []);
      }
      const flagged = bundle.flags.get(status.id);
      if (flagged) known.flags.set(status.id, flagged);
      statuses.prime(status.id, status);
      mentions.prime(status.id, bundle.mentions.get(status.id) ?? []);
      tags.prime(status.id, bundle.tags.get(status.id) ?? []);
      const flag = bundle.flags.get(status.id);
      if (flag) flagLoader?.prime(status.id, flag);
    }
    for (const account of bundle.accounts) {
      accounts.prime(account.id, account);
      known.accounts.set(account.id, account);
    }
  }
  /** Rows a primed page brought, readable without a promise (hot resolvers peek here first). */
  const known = {
    statuses: new Map<bigint, Status>(),
    accounts: new Map<bigint, Account>(),
    mentions: new Map<bigint, bigint[]>(),
    tags: new Map<bigint, Tag[]>(),
    flags: new Map<bigint, ViewerFlags>(),
    media: new Map<bigint, MediaAttachment[]>(),
    /** null: the status has no poll */
    polls: new Map<bigint, Poll | null>(),
  };
  const primed = new Set<bigint>();

  const base = { statuses, accounts, mentions, tags, media, polls, statusFacts, prime, primePage, known };
  if (viewerId === null) return { ...base, viewer: null };
  return {
    ...base,
    viewer: {
      flags: flagLoader!,
      votes: votes!,
      relationship: new DataLoader<bigint, Relationship, string>((ids) => loadRelationships(pool, viewerId, ids), {
        cacheKeyFn: key,
      }),
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Visibility facts of a few statuses, outside any request (services). */
export async function loadStatusFacts(pool: pg.Pool, ids: bigint[]): Promise<Map<bigint, StatusFacts>> {
  const loaders = createLoaders(pool, directSource(pool), null);
  const facts = await loaders.statusFacts.loadMany(ids);
  const out = new Map<bigint, StatusFacts>();
  ids.forEach((id, i) => {
    const fact = facts[i];
    if (fact && !(fact instanceof Error)) out.set(id, fact);
  });
  return out;
}
