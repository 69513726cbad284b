// Reading a viewer's filters and applying them to the statuses a request shows.
// The filters in force come in one query, kept per process (a change evicts them, wired
// in app.ts); a page of statuses then costs one query at most: the filters, when not
// cached, come along with the page's media descriptions and poll options.
import DataLoader from "dataloader";
import type pg from "pg";
import {
  compileFilter,
  filtersInForce,
  htmlToPlainText,
  matchFilters,
  type CompiledFilter,
  type FilterAction,
  type FilterContext,
  type FilterMatch,
  type FilterRule,
} from "../core/filters.js";
import { ttlCache } from "../core/ttl-cache.js";
import type { Status } from "../generated/prisma/client.js";
import type { Db, Tx } from "./client.js";
import type { Loaders } from "./loaders.js";

const WITH_RULES = { keywords: { orderBy: { id: "asc" } }, statuses: { orderBy: { id: "asc" } } } as const;

/** An account's filters (expired ones included) with their keywords and statuses, oldest first. */
export function accountFilters(db: Db | Tx, accountId: bigint) {
  return db.filter.findMany({ where: { accountId }, include: WITH_RULES, orderBy: { id: "asc" } });
}

/** One of the account's filters, or null (someone else's too). */
export function accountFilter(db: Db | Tx, accountId: bigint, id: bigint) {
  return db.filter.findFirst({ where: { id, accountId }, include: WITH_RULES });
}

export type FilterRecord = NonNullable<Awaited<ReturnType<typeof accountFilter>>>;

type Json = string | number | boolean | null | Json[];

// Prisma stores timestamps without a zone, in UTC: compare and convert as UTC.
const FILTERS_SQL = `(SELECT coalesce(json_agg(json_build_array(
    f.id::text, f.account_id::text, f.title, f.contexts, f.action::text,
    (extract(epoch FROM f.expires_at) * 1000)::float8, (extract(epoch FROM f.created_at) * 1000)::float8,
    (SELECT coalesce(json_agg(json_build_array(k.id::text, k.keyword, k.whole_word) ORDER BY k.id), '[]')
       FROM filter_keywords k WHERE k.filter_id = f.id),
    (SELECT coalesce(json_agg(s.status_id::text ORDER BY s.id), '[]') FROM filter_statuses s WHERE s.filter_id = f.id)
  ) ORDER BY f.id), '[]')
  FROM filters f
  WHERE $1::bigint IS NOT NULL AND f.account_id = $1::bigint
    AND (f.expires_at IS NULL OR f.expires_at > (now() AT TIME ZONE 'UTC')))`;

const INPUTS_SQL = `SELECT ${FILTERS_SQL} AS filters,
  (SELECT coalesce(json_agg(json_build_array(status_id::text, description) ORDER BY status_id, position), '[]')
     FROM media_attachments WHERE status_id = ANY($2::bigint[]) AND coalesce(description, '') <> '') AS media,
  (SELECT coalesce(json_agg(json_build_array(status_id::text, options)), '[]')
     FROM polls WHERE status_id = ANY($2::bigint[])) AS polls`;

/** What statuses show filters besides their text. */
export interface StatusExtras {
  mediaDescriptions: string[];
  pollOptions: string[];
}

const NO_EXTRAS: StatusExtras = { mediaDescriptions: [], pollOptions: [] };

function toRule(r: Json[]): FilterRule {
  return {
    id: BigInt(r[0] as string),
    accountId: BigInt(r[1] as string),
    title: r[2] as string,
    contexts: (r[3] as string[] | null) ?? [],
    action: r[4] as FilterAction,
    expiresAt: r[5] === null ? null : new Date(r[5] as number),
    createdAt: new Date(r[6] as number),
    keywords: (r[7] as Json[][]).map((k) => ({ id: BigInt(k[0] as string), keyword: k[1] as string, wholeWord: k[2] as boolean })),
    statusIds: (r[8] as string[]).map((id) => BigInt(id)),
  };
}

/**
 * One round trip: the account's filters in force (when an account is given) and the
 * media descriptions and poll options of the given statuses.
 */
export async function loadFilterInputs(pool: pg.Pool, accountId: bigint | null, statusIds: readonly bigint[]) {
  const { rows } = await pool.query<{ filters: Json[][]; media: string[][]; polls: [string, string[]][] }>({
    name: "filter_inputs",
    text: INPUTS_SQL,
    values: [accountId === null ? null : String(accountId), statusIds.map(String)],
  });
  const row = rows[0]!;
  const extras = new Map<bigint, StatusExtras>();
  const of = (id: string) => {
    const key = BigInt(id);
    let entry = extras.get(key);
    if (!entry) extras.set(key, (entry = { mediaDescriptions: [], pollOptions: [] }));
    return entry;
  };
  for (const [statusId, description] of row.media) of(statusId!).mediaDescriptions.push(description!);
  for (const [statusId, options] of row.polls) of(statusId).pollOptions.push(...(options ?? []));
  return { filters: accountId === null ? null : row.filters.map(toRule), extras };
}

const FILTERS_TTL_MS = 60_000;
const EXTRAS_TTL_MS = 2_000;

/**
 * Each account's filters in force, compiled, kept for a minute; a change to an account's
 * filters evicts them at once and bumps their version, so a load that raced with the
 * change is not kept. Statuses' media descriptions and poll options are shared for two
 * seconds, so a status pushed to many live subscribers is read once.
 */
export function createFilterCache(pool: pg.Pool) {
  const cache = ttlCache<bigint, Promise<CompiledFilter[]>>({ ttlMs: FILTERS_TTL_MS, max: 50_000 });
  const extras = ttlCache<bigint, Promise<StatusExtras>>({ ttlMs: EXTRAS_TTL_MS, max: 20_000 });
  const versions = new Map<bigint, number>();
  const version = (accountId: bigint) => versions.get(accountId) ?? 0;
  // Most people have no filters: they are known at start, so their requests skip the filter
  // query. Accounts whose filters changed since are always asked about (a few).
  let holders: Promise<Set<bigint>> | undefined;
  const changed = new Set<bigint>();
  const holderSet = () => {
    holders ??= pool.query<{ id: string }>("SELECT DISTINCT account_id::text AS id FROM filters").then(
      (result) => new Set(result.rows.map((row) => BigInt(row.id))),
    );
    holders.catch(() => (holders = undefined));
    return holders;
  };
  return {
    /** Might the account have filters? False only when it surely has none. */
    async mayHaveFilters(accountId: bigint): Promise<boolean> {
      return changed.has(accountId) || (await holderSet()).has(accountId);
    },
    load(accountId: bigint): Promise<CompiledFilter[]> {
      return cache.getOrCreate(accountId, () => {
        const loaded = loadFilterInputs(pool, accountId, []).then((inputs) => inputs.filters!.map(compileFilter));
        loaded.catch(() => cache.delete(accountId));
        return loaded;
      });
    },
    /** The cached filters, if any (no query). */
    peek(accountId: bigint): Promise<CompiledFilter[]> | undefined {
      return cache.get(accountId);
    },
    /** Keeps filters loaded some other way, unless they changed since `versionBefore`. */
    prime(accountId: bigint, filters: Promise<CompiledFilter[]>, versionBefore: number) {
      if (version(accountId) === versionBefore) cache.set(accountId, filters);
      filters.catch(() => cache.delete(accountId));
    },
    version,
    forget(accountId: bigint) {
      changed.add(accountId);
      cache.delete(accountId);
      versions.set(accountId, version(accountId) + 1);
    },
    /** Statuses' extras loaded or being loaded moments ago. */
    extras,
  };
}

export type FilterCache = ReturnType<typeof createFilterCache>;

/** A request's view of the viewer's filters: matches worked out once per status and context. */
export interface FilterSession {
  /** The filters each status matches (by status id) in a context; null: any context. */
  match(statuses: readonly Status[], context: FilterContext | null): Promise<Map<bigint, FilterMatch[]>>;
}

const NONE: FilterSession = { match: async () => new Map() };
const sessions = new WeakMap<object, FilterSession>();

/** The session of a request, keyed by its loaders (one per request, or per live event). */
export function filterSession(loaders: Loaders, pool: pg.Pool, cache: FilterCache, viewerId: bigint | null): FilterSession {
  if (viewerId === null) return NONE;
  let session = sessions.get(loaders);
  if (!session) sessions.set(loaders, (session = createSession(loaders, pool, cache, viewerId)));
  return session;
}

function createSession(loaders: Loaders, pool: pg.Pool, cache: FilterCache, viewerId: bigint): FilterSession {
  let filters: Promise<CompiledFilter[]> | undefined;
  const current = () => (filters ??= cache.peek(viewerId));
  // The extras of the statuses asked for in one tick, in one query (shared with other
  // requests for a moment), which brings the filters along when they are not cached.
  const extras = new DataLoader<bigint, StatusExtras, string>(
    async (ids) => {
      const found = new Map(ids.map((id) => [id, cache.extras.get(id)]));
      const missing = ids.filter((id) => !found.get(id));
      if (missing.length) {
        const withFilters = current() === undefined;
        const versionBefore = cache.version(viewerId);
        const loading = loadFilterInputs(pool, withFilters ? viewerId : null, missing);
        for (const id of missing) {
          const one = loading.then((loaded) => loaded.extras.get(id) ?? NO_EXTRAS);
          one.catch(() => cache.extras.delete(id));
          cache.extras.set(id, one);
          found.set(id, one);
        }
        if (withFilters) {
          filters = loading.then((loaded) => loaded.filters!.map(compileFilter));
          cache.prime(viewerId, filters, versionBefore);
        }
      }
      return Promise.all(ids.map((id) => found.get(id)!));
    },
    { cacheKeyFn: String },
  );
  const results = new Map<string, FilterMatch[]>();

  return {
    async match(statuses, context) {
      const out = new Map<bigint, FilterMatch[]>();
      if (!(await cache.mayHaveFilters(viewerId))) return out;
      const todo = statuses.filter((s) => {
        const known = results.get(`${context}:${s.id}`);
        if (known) out.set(s.id, known);
        return !known;
      });
      if (todo.length === 0) return out;
      // A boost is filtered by what it boosts.
      const propers = await Promise.all(
        todo.map(async (s) => (s.reblogOfId ? ((await loaders.statuses.load(s.reblogOfId)) ?? s) : s)),
      );
      const properIds = [...new Set(propers.map((s) => s.id))];
      if (current() === undefined) await extras.loadMany(properIds);
      const inForce = filtersInForce(await (current() ?? cache.load(viewerId)), context);
      const texts = inForce.some((f) => f.patterns.length) ? await extras.loadMany(properIds) : [];
      const textOf = new Map(properIds.map((id, i) => [id, texts[i] instanceof Error ? NO_EXTRAS : (texts[i] ?? NO_EXTRAS)]));
      todo.forEach((status, i) => {
        const proper = propers[i]!;
        const text = { id: proper.id, reblogOfId: null, text: htmlToPlainText(proper.contentHtml), spoilerText: proper.spoilerText };
        const found = inForce.length === 0
          ? []
          : matchFilters(inForce, { ...text, ...textOf.get(proper.id) }, context, { boostId: proper === status ? null : status.id });
        results.set(`${context}:${status.id}`, found);
        out.set(status.id, found);
      });
      return out;
    },
  };
}
