// An actor's collections, as paged OrderedCollections: outbox (Create for public and unlisted
// posts, Announce for boosts of them), followers, following; featured (pinned posts) inline,
// as Mastodon serves it. Pages run newest first; a cursor is "first" or the id of the last
// item of the previous page. Counts are the account's own counters, as Mastodon gives them.
import type { Federation, PageItems } from "@fedify/fedify";
import type { Recipient } from "@fedify/vocab";
import { parseId } from "../core/ids.js";
import { ANONYMOUS, canView } from "../core/visibility.js";
import type { Account } from "../generated/prisma/client.js";
import { INSTANCE_ACTOR } from "./actors.js";
import { fetchAllowed } from "./limited-fetch.js";
import type { FederationData } from "./context.js";
import { statusFacts } from "./objects.js";
import { accountOf, noteInclude } from "./reads.js";
import { toActivity, toNote, type NoteOptions } from "./vocab/note.js";

export const OUTBOX_PAGE = 20;
export const FOLLOWS_PAGE = 40;
const FIRST = "first";
const SHOWN = ["PUBLIC", "UNLISTED"] as const;

/** The id bound of a cursor: undefined for the first page, null for a cursor that is not one of ours. */
function bound(cursor: string | null): bigint | undefined | null {
  if (cursor === null || cursor === FIRST) return undefined;
  return parseId(cursor) ?? null;
}

/** A page from rows fetched one past the page size. */
function page<Row extends { id: bigint }, Item>(rows: Row[], size: number, map: (row: Row) => Item | null): PageItems<Item> {
  const shown = rows.slice(0, size);
  const items = shown.map(map).filter((item): item is Item => item !== null);
  return { items, nextCursor: rows.length > size ? String(shown[shown.length - 1]!.id) : null };
}

/** A live (not suspended) local account, or null. */
async function owner(data: FederationData, identifier: string): Promise<Account | null> {
  if (identifier === INSTANCE_ACTOR) return null;
  const account = await accountOf(data, identifier);
  return account && !account.suspendedAt ? account : null;
}

export function registerCollections(federation: Federation<FederationData>) {
  const firstCursor = async (ctx: { data: FederationData }, identifier: string) =>
    identifier === INSTANCE_ACTOR || (await owner(ctx.data, identifier)) ? FIRST : null;
  const noteOptions = (data: FederationData): NoteOptions => ({
    origin: data.deps.config.publicUrl,
    domain: data.deps.config.domain,
    storage: data.deps.storage,
    media: data.notes.media,
  });

  federation
    .setOutboxDispatcher("/users/{identifier}/outbox", async (ctx, identifier, cursor) => {
      if (identifier === INSTANCE_ACTOR) return { items: [], nextCursor: null };
      const account = await owner(ctx.data, identifier);
      const before = bound(cursor);
      if (!account || before === null) return null;
      const rows = await ctx.data.deps.db.status.findMany({
        where: {
          accountId: account.id,
          local: true,
          deletedAt: null,
          visibility: { in: [...SHOWN] },
          OR: [{ reblogOfId: null }, { reblogOf: { deletedAt: null, visibility: { in: [...SHOWN] } } }],
          ...(before !== undefined ? { id: { lt: before } } : {}),
        },
        include: noteInclude,
        orderBy: { id: "desc" },
        take: OUTBOX_PAGE + 1,
      });
      const options = noteOptions(ctx.data);
      return page(rows, OUTBOX_PAGE, (status) => {
        const reblog = status.reblogOf;
        const facts = {
          ...statusFacts(status),
          reblog: reblog && {
            accountId: reblog.accountId,
            visibility: reblog.visibility,
            deletedAt: reblog.deletedAt,
            authorSuspended: reblog.account.suspendedAt !== null,
            mentionedIds: new Set<bigint>(),
          },
        };
        return canView(facts, ANONYMOUS) ? toActivity(status, options) : null;
      });
    })
    .setCounter(async (ctx, identifier) =>
      identifier === INSTANCE_ACTOR ? 0 : ((await owner(ctx.data, identifier))?.statusesCount ?? null),
    )
    .setFirstCursor(firstCursor)
    .authorize(fetchAllowed);

  federation
    .setFollowersDispatcher("/users/{identifier}/followers", async (ctx, identifier, cursor) => {
      const account = await owner(ctx.data, identifier);
      const before = bound(cursor);
      if (!account || before === null) return null;
      const rows = await ctx.data.deps.db.follow.findMany({
        where: { targetAccountId: account.id, ...(before !== undefined ? { id: { lt: before } } : {}) },
        include: { account: { select: { uri: true, inboxUrl: true, sharedInboxUrl: true } } },
        orderBy: { id: "desc" },
        take: FOLLOWS_PAGE + 1,
      });
      return page(rows, FOLLOWS_PAGE, ({ account: follower }): Recipient => ({
        id: new URL(follower.uri),
        inboxId: follower.inboxUrl ? new URL(follower.inboxUrl) : null,
        endpoints: follower.sharedInboxUrl ? { sharedInbox: new URL(follower.sharedInboxUrl) } : null,
      }));
    })
    .setCounter(async (ctx, identifier) => (await owner(ctx.data, identifier))?.followersCount ?? null)
    .setFirstCursor(firstCursor)
    .authorize(fetchAllowed);

  federation
    .setFollowingDispatcher("/users/{identifier}/following", async (ctx, identifier, cursor) => {
      const account = await owner(ctx.data, identifier);
      const before = bound(cursor);
      if (!account || before === null) return null;
      const rows = await ctx.data.deps.db.follow.findMany({
        where: { accountId: account.id, ...(before !== undefined ? { id: { lt: before } } : {}) },
        include: { targetAccount: { select: { uri: true } } },
        orderBy: { id: "desc" },
        take: FOLLOWS_PAGE + 1,
      });
      return page(rows, FOLLOWS_PAGE, (follow) => new URL(follow.targetAccount.uri));
    })
    .setCounter(async (ctx, identifier) => (await owner(ctx.data, identifier))?.followingCount ?? null)
    .setFirstCursor(firstCursor)
    .authorize(fetchAllowed);

  // Pinned posts (at most a handful): all on one page, as Mastodon serves them.
  federation.setFeaturedDispatcher("/users/{identifier}/collections/featured", async (ctx, identifier, cursor) => {
    const account = await owner(ctx.data, identifier);
    if (!account || cursor !== null) return null;
    const pins = await ctx.data.deps.db.pin.findMany({
      where: { accountId: account.id, status: { deletedAt: null, visibility: { in: [...SHOWN] } } },
      include: { status: { include: noteInclude } },
      orderBy: { id: "desc" },
    });
    const options = noteOptions(ctx.data);
    return { items: pins.map((pin) => toNote(pin.status, options)) };
  }).setCounter(async (ctx, identifier) => {
    const account = await owner(ctx.data, identifier);
    if (!account) return null;
    return ctx.data.deps.db.pin.count({
      where: { accountId: account.id, status: { deletedAt: null, visibility: { in: [...SHOWN] } } },
    });
  }).authorize(fetchAllowed);
}
