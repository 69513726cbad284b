// Other servers' people and posts: actor documents become remote accounts, user@domain is
// found through WebFinger and a signed fetch (as our instance actor, for servers that ask for
// authorized fetch), and the search resolver (services/search/resolve.ts) is served from here.
import type { Context } from "@fedify/fedify";
import {
  Application, isActor, Note, PropertyValue, Question, Service, type Actor, type DocumentLoader, type Object as APObject,
} from "@fedify/vocab";
import { KeyObject } from "node:crypto";
import { sanitizeRemoteHtml } from "../core/text.js";
import { accountByUri } from "../db/records.js";
import type { ServiceDeps } from "../services/context.js";
import { upsertRemoteAccount } from "../services/accounts/remote.js";
import { applyDomainLimits } from "../services/domains/blocks.js";
import { mayFederate, rejectsMedia } from "../services/domains/policy.js";
import type { RemoteResolver } from "../services/search/resolve.js";
import { INSTANCE_ACTOR } from "./actors.js";
import { newFederationData, type FederationData } from "./context.js";
import { readEmojis } from "./emojis-in.js";
import { storeNote } from "./notes-in.js";
import { outbound } from "./public-fetch.js";

const REFRESH_MS = 24 * 60 * 60_000;

const text = (value: unknown): string => (value == null ? "" : String(value));
const href = (value: unknown): string | null => {
  if (value instanceof URL) return value.href;
  const link = value as { href?: URL | null } | null;
  return link?.href instanceof URL ? link.href.href : null;
};

async function imageUrl(load: () => Promise<unknown>): Promise<string | null> {
  try {
    const image = (await load()) as { url?: unknown } | null;
    return href(image?.url);
  } catch {
    return null;
  }
}

async function publicKeyPem(actor: Actor, ctx: Context<FederationData>): Promise<string | null> {
  try {
    const key = await actor.getPublicKey({ documentLoader: ctx.documentLoader, contextLoader: ctx.contextLoader });
    if (!key?.publicKey) return null;
    return KeyObject.from(key.publicKey).export({ type: "spki", format: "pem" }).toString();
  } catch {
    return null;
  }
}

/** Mastodon's profile fields: PropertyValue attachments (others are links or images, not fields). */
async function profileFields(actor: Actor, ctx: Context<FederationData>) {
  const fields: { name: string; value: string }[] = [];
  try {
    for await (const item of actor.getAttachments({ documentLoader: ctx.documentLoader, suppressError: true })) {
      if (item instanceof PropertyValue && item.name != null) fields.push({ name: text(item.name), value: sanitizeRemoteHtml(text(item.value)) });
      if (fields.length >= 16) break;
    }
  } catch {
    // a broken attachment list leaves the fields out
  }
  return fields;
}

/** How long the three collection counts of an actor may take, together. */
const COUNTS_TIMEOUT_MS = 3000;

type Counted = Promise<{ totalItems: number | null } | null>;

/**
 * Followers, following and statuses counts from the totalItems of the actor's collections, as
 * Mastodon reads them (process_account_service.rb #collection_total_items): fetched with the
 * same document loader, together, for a few seconds at most; a failed or late one is left out.
 */
async function collectionCounts(actor: Actor, ctx: Context<FederationData>) {
  const signal = AbortSignal.timeout(COUNTS_TIMEOUT_MS);
  const documentLoader: DocumentLoader = (url, options) => ctx.documentLoader(url, { ...options, signal });
  const options = { documentLoader, contextLoader: ctx.contextLoader, suppressError: true };
  const late = new Promise<undefined>((resolve) => signal.addEventListener("abort", () => resolve(undefined), { once: true }));
  const total = async (present: boolean, load: () => Counted): Promise<number | undefined> => {
    if (!present) return undefined;
    const read = load().then(
      (collection) => collection?.totalItems ?? undefined,
      () => undefined,
    );
    const count = await Promise.race([read, late]);
    return count !== undefined && Number.isSafeInteger(count) && count >= 0 ? Math.min(count, 2 ** 31 - 1) : undefined;
  };
  const [followersCount, followingCount, statusesCount] = await Promise.all([
    total(actor.followersId !== null, () => actor.getFollowers(options)),
    total(actor.followingId !== null, () => actor.getFollowing(options)),
    total(actor.outboxId !== null, () => actor.getOutbox(options)),
  ]);
  return {
    ...(followersCount !== undefined ? { followersCount } : {}),
    ...(followingCount !== undefined ? { followingCount } : {}),
    ...(statusesCount !== undefined ? { statusesCount } : {}),
  };
}

/**
 * An actor of another server as our account (created or refreshed); null for one of ours, a
 * malformed one or one of a server that may not federate with us (services/domains/policy.ts).
 */
export async function rememberActor(ctx: Context<FederationData>, actor: Actor) {
  const { deps } = ctx.data;
  const id = actor.id;
  const username = text(actor.preferredUsername).trim();
  if (!id || !/^[\w.:-]{1,100}$/.test(username) || !actor.inboxId) return null;
  if (id.origin === new URL(deps.config.publicUrl).origin) return null;
  // (upsertRemoteAccount refuses these too; checked first so that nothing is fetched from them)
  if (!(await mayFederate(deps, id.host.toLowerCase()))) return null;
  const noMedia = await rejectsMedia(deps, id.host.toLowerCase());
  const known = await deps.db.account.count({ where: { uri: id.href } });
  const fields = await profileFields(actor, ctx);
  const texts = [text(actor.name), text(actor.summary), ...(fields ?? []).flatMap((f) => [f.name, f.value])];
  const account = await upsertRemoteAccount(deps, {
    uri: id.href,
    username,
    domain: id.host.toLowerCase(),
    url: href(actor.url) ?? id.href,
    displayName: text(actor.name).slice(0, 200),
    noteHtml: sanitizeRemoteHtml(text(actor.summary)),
    inboxUrl: actor.inboxId.href,
    sharedInboxUrl: actor.endpoints?.sharedInbox?.href ?? null,
    outboxUrl: actor.outboxId?.href ?? null,
    followersUrl: actor.followersId?.href ?? null,
    publicKeyPem: await publicKeyPem(actor, ctx),
    avatarUrl: noMedia ? null : await imageUrl(() => actor.getIcon({ documentLoader: ctx.documentLoader })),
    headerUrl: noMedia ? null : await imageUrl(() => actor.getImage({ documentLoader: ctx.documentLoader })),
    locked: actor.manuallyApprovesFollowers ?? false,
    bot: actor instanceof Service || actor instanceof Application,
    discoverable: "discoverable" in actor ? (actor as { discoverable: boolean | null }).discoverable ?? false : false,
    createdAt: actor.published ? new Date(actor.published.epochMilliseconds) : null,
    fields,
    alsoKnownAs: actor.aliasIds.map((uri) => uri.href),
    emojis: await readEmojis(ctx, actor, id.host.toLowerCase(), texts),
    ...(await collectionCounts(actor, ctx)),
  });
  // A new account of a silenced server is marked silenced, as its neighbours were.
  return account && !known ? applyDomainLimits(deps, account) : account;
}

/** The account of an actor URI: stored already, or fetched (signed) and stored; null for a server that may not federate with us. */
export async function accountForActorUri(ctx: Context<FederationData>, uri: URL) {
  if (!(await mayFederate(ctx.data.deps, uri.host))) return null;
  const known = await accountByUri(ctx.data.deps.pool, uri.href);
  if (known) return known;
  const object = await lookup(ctx, uri.href);
  return object && isActor(object) ? rememberActor(ctx, object) : null;
}

/** A signed lookup (as the instance actor); null for anything that fails, or on a server that may not federate with us. */
export async function lookup(ctx: Context<FederationData>, identifier: string): Promise<APObject | null> {
  const acct = /^acct:[^@]+@(.+)$/i.exec(identifier);
  if (!(await mayFederate(ctx.data.deps, acct ? acct[1]! : identifier))) return null;
  try {
    const documentLoader = await ctx.getDocumentLoader({ identifier: INSTANCE_ACTOR });
    return await outbound({}, () => ctx.lookupObject(identifier, { documentLoader }));
  } catch {
    return null;
  }
}

/**
 * The actor link of acct:user@domain over http:// (only with ALLOW_PRIVATE_NETWORK, for
 * instances on one machine without TLS). The actor itself is then fetched through Fedify.
 */
async function plainWebFinger(username: string, domain: string): Promise<string | null> {
  try {
    const resource = encodeURIComponent(`acct:${username}@${domain}`);
    const response = await fetch(`http://${domain}/.well-known/webfinger?resource=${resource}`, {
      headers: { accept: "application/jrd+json" },
      redirect: "error",
      signal: AbortSignal.timeout(5000),
    });
    if (!response.ok) return null;
    const jrd = (await response.json()) as { links?: { rel?: string; type?: string; href?: string }[] };
    const self = jrd.links?.find((link) => link.rel === "self" && /activity\+json|ld\+json/.test(link.type ?? ""));
    return self?.href && /^https?:\/\//.test(self.href) ? self.href : null;
  } catch {
    return null;
  }
}

export function remoteResolver(deps: ServiceDeps, context: (data: FederationData) => Context<FederationData>): RemoteResolver {
  /** A post (stored with its author) or a person at `url` on another server. */
  const byUrl = async (url: string): Promise<{ statusId: bigint } | { accountId: bigint } | null> => {
    if (!(await mayFederate(deps, url))) return null;
    const ctx = context(newFederationData(deps));
    const object = await lookup(ctx, url);
    if (object && isActor(object)) {
      const account = object.id?.href === url || object.id?.origin === new URL(url).origin ? await rememberActor(ctx, object) : null;
      return account ? { accountId: account.id } : null;
    }
    if (!(object instanceof Note || object instanceof Question) || !object.attributionId) return null;
    const author = await accountForActorUri(ctx, object.attributionId);
    if (!author || author.domain === null || author.domain !== object.id?.host.toLowerCase()) return null;
    const stored = await storeNote(ctx, object, author);
    return stored ? { statusId: stored.id } : null;
  };
  return {
    async account(username, domain) {
      if (!(await mayFederate(deps, domain))) return null;
      const known = await deps.db.account.findUnique({ where: { handleKey: `${username.toLowerCase()}@${domain}` } });
      if (known?.suspendedAt) return null;
      const ctx = context(newFederationData(deps));
      if (known) {
        // Refreshed from its actor document at most once a day; a failed refresh keeps what we have.
        if (Date.now() - known.updatedAt.getTime() > REFRESH_MS) {
          const actor = await lookup(ctx, known.uri);
          if (actor && isActor(actor) && actor.id?.href === known.uri) await rememberActor(ctx, actor).catch(() => null);
        }
        return known.id;
      }
      let object = await lookup(ctx, `acct:${username}@${domain}`);
      if (!object && deps.config.allowPrivateNetwork) {
        // Development federation over plain HTTP: WebFinger for acct: is always https in Fedify.
        const self = await plainWebFinger(username, domain);
        if (self) object = await lookup(ctx, self);
      }
      if (!object || !isActor(object)) return null;
      return (await rememberActor(ctx, object))?.id ?? null;
    },
    async refresh(accountId) {
      const known = await deps.db.account.findUnique({ where: { id: accountId } });
      if (!known || known.domain === null) return;
      const ctx = context(newFederationData(deps));
      const actor = await lookup(ctx, known.uri);
      if (actor && isActor(actor) && actor.id?.href === known.uri) await rememberActor(ctx, actor).catch(() => null);
    },
    async status(url) {
      const found = await byUrl(url);
      return found && "statusId" in found ? found.statusId : null;
    },
    byUrl,
  };
}
