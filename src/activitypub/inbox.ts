// The inboxes (each actor's and the shared one) as one dispatch table. Fedify verifies the
// HTTP signature (and that the key belongs to the activity's actor), drops duplicates by
// activity id, answers 202 and hands the activity to these listeners through the durable
// queue. Each listener checks origins (object and actor on the same server), then calls a
// service. Types not listed here are accepted and ignored.
import type { Context, Federation, InboxContext } from "@fedify/fedify";
import { Accept, Announce, Article, Block, Create, Delete, Flag, Follow, isActor, Like, Move, Note, Question, Reject, Undo, Update } from "@fedify/vocab";
import { hasLocalFollower } from "../db/records.js";
import type { Actor as ServiceActor, ServiceDeps } from "../services/context.js";
import { moveFollowers } from "../services/accounts/move.js";
import { removeRemoteAccount } from "../services/accounts/remote-gone.js";
import { mayFederate } from "../services/domains/policy.js";
import { receiveRemoteVote } from "../services/polls/vote.js";
import { receiveFlag } from "../services/reports/create.js";
import { block, unblock } from "../services/relationships/block.js";
import { followAccepted, followEnded, receiveFollow } from "../services/follows/remote.js";
import { deleteRemoteStatus, editRemoteStatus, storeRemoteReblog } from "../services/statuses/remote.js";
import { remoteFavourite, remoteUnfavourite } from "../services/statuses/remote-favourites.js";
import { INSTANCE_ACTOR } from "./actors.js";
import type { FederationData } from "./context.js";
import { readNote, storeNote } from "./notes-in.js";
import { storeWithAncestors } from "./thread-backfill.js";
import type { Outbox } from "./outbox.js";
import { localAccount } from "./reads.js";
import { accountForActorUri, lookup, rememberActor } from "./remote.js";

/**
 * An object or actor the activity names, fetched when not embedded (or embedded from another
 * origin, which Fedify refetches from its own server); null when that fails, so that a
 * missing object drops the activity instead of retrying it for days.
 */
const fetched = <T>(load: Promise<T | null>): Promise<T | null> => load.catch(() => null);

/** A remote account acting through its server's activities, for the services that take an actor. */
const remoteActing = (accountId: bigint): ServiceActor => ({ accountId, role: "USER", scopes: ["follow"] });

const sameOrigin = (a: URL | null, b: URL | null) => a !== null && b !== null && a.origin === b.origin;

/** The local account an actor URI of ours names. */
async function localActor(ctx: Context<FederationData>, uri: URL | null) {
  if (!uri) return null;
  const parsed = ctx.parseUri(uri);
  if (parsed?.type !== "actor" || parsed.identifier === INSTANCE_ACTOR) return null;
  const account = await localAccount(ctx.data.deps, parsed.identifier);
  return account && !account.suspendedAt ? account : null;
}

/** The account of a remote actor (fetched when new), unless its server may not federate with us (suspended, or not allowed). */
async function remoteActor(ctx: Context<FederationData>, uri: URL) {
  return (await mayFederate(ctx.data.deps, uri.host)) ? accountForActorUri(ctx, uri) : null;
}

/** A remote account we have, unless its server may not federate with us (suspended, or not allowed). */
async function knownRemote(deps: ServiceDeps, uri: URL | null) {
  if (!uri || !(await mayFederate(deps, uri.host))) return null;
  return deps.db.account.findFirst({ where: { uri: uri.href, domain: { not: null } } });
}

/** Whether anyone here cares about a post by `authorId`: a local follower, or a local account mentioned. */
async function wanted(ctx: Context<FederationData>, authorId: bigint, note: Note | Question | Article): Promise<boolean> {
  const { deps } = ctx.data;
  const origin = new URL(deps.config.publicUrl).origin;
  if ([...note.toIds, ...note.ccIds].some((uri) => uri.origin === origin)) return true;
  return hasLocalFollower(deps.pool, authorId);
}

export function registerInbox(federation: Federation<FederationData>, box: Outbox, onError: (error: unknown) => void) {
  federation
    .setInboxListeners("/users/{identifier}/inbox", "/inbox")
    // Fetches made while handling the shared inbox are signed by the instance actor.
    .setSharedKeyDispatcher(() => ({ identifier: INSTANCE_ACTOR }))
    .on(Follow, async (ctx, follow) => {
      if (!follow.id || !follow.actorId) return;
      const target = await localActor(ctx, follow.objectId);
      if (!target) return;
      const actor = await fetched(follow.getActor(ctx));
      if (!actor || actor.id?.href !== follow.actorId.href) return;
      const follower = await rememberActor(ctx, actor);
      if (!follower) return;
      const outcome = await receiveFollow(ctx.data.deps, follower.id, target.id, follow.id.href);
      // A new follow is accepted by the outbox (follow.created); these are answered here.
      if (outcome === "already") await box.answerFollow(ctx, "accept", target, follower, follow.id.href);
      if (outcome === "blocked") await box.answerFollow(ctx, "reject", target, follower, follow.id.href);
    })
    .on(Accept, (ctx, accept) => answered(ctx, accept, "accept"))
    .on(Reject, (ctx, reject) => answered(ctx, reject, "reject"))
    .on(Undo, async (ctx, undo) => {
      const object = await fetched(undo.getObject(ctx));
      if (!(object instanceof Follow || object instanceof Like || object instanceof Announce || object instanceof Block)) return;
      if (object.actorId?.href !== undo.actorId?.href) return;
      if (object instanceof Block) {
        const blocker = await knownRemote(ctx.data.deps, undo.actorId);
        const target = await localActor(ctx, object.objectId);
        if (blocker && target) await unblock(ctx.data.deps, remoteActing(blocker.id), target.id);
        return;
      }
      if (object instanceof Announce) {
        const booster = await knownRemote(ctx.data.deps, undo.actorId);
        if (booster && object.id && sameOrigin(object.id, undo.actorId)) await deleteRemoteStatus(ctx.data.deps, booster.id, object.id.href);
        return;
      }
      if (object instanceof Like) {
        const liker = await knownRemote(ctx.data.deps, undo.actorId);
        if (liker && object.objectId) await remoteUnfavourite(ctx.data.deps, liker.id, object.objectId.href);
        return;
      }
      const follower = await knownRemote(ctx.data.deps, undo.actorId);
      const target = await localActor(ctx, object.objectId);
      if (follower && target) await followEnded(ctx.data.deps, follower.id, target.id);
    })
    .on(Create, async (ctx, create) => {
      const object = await fetched(create.getObject(ctx));
      if (!(object instanceof Note || object instanceof Question || object instanceof Article)) return;
      // Only one's own posts, from one's own server.
      if (!create.actorId || object.attributionId?.href !== create.actorId.href || !sameOrigin(object.id, create.actorId)) return;
      const author = await remoteActor(ctx, create.actorId);
      if (!author || author.domain === null || author.suspendedAt) return;
      // A vote in a poll here: a Note named after the option, replying to the poll, no content.
      if (object instanceof Note && object.name != null && object.content == null && object.replyTargetId) {
        await receiveRemoteVote(ctx.data.deps, author.id, object.replyTargetId.href, String(object.name));
        return;
      }
      if (await wanted(ctx, author.id, object)) await storeWithAncestors(ctx, object, author);
    })
    .on(Announce, async (ctx, announce) => {
      const { deps } = ctx.data;
      if (!announce.id || !announce.actorId || !announce.objectId || !sameOrigin(announce.id, announce.actorId)) return;
      const booster = await remoteActor(ctx, announce.actorId);
      if (!booster || booster.domain === null || booster.suspendedAt) return;
      let original = await deps.db.status.findUnique({ where: { uri: announce.objectId.href } });
      // A post we do not have yet is fetched when someone here follows the booster.
      if (!original && (await hasLocalFollower(ctx.data.deps.pool, booster.id))) {
        const note = await fetched(announce.getObject(ctx));
        if ((note instanceof Note || note instanceof Question || note instanceof Article) && note.attributionId && sameOrigin(note.id, note.attributionId)) {
          const author = await remoteActor(ctx, note.attributionId);
          if (author && author.domain !== null && !author.suspendedAt) original = await storeNote(ctx, note, author);
        }
      }
      if (!original || (!original.local && !(await hasLocalFollower(ctx.data.deps.pool, booster.id)))) return;
      const published = announce.published ? new Date(announce.published.epochMilliseconds) : new Date();
      await storeRemoteReblog(deps, { uri: announce.id.href, accountId: booster.id, reblogOfId: original.id, publishedAt: published });
    })
    .on(Block, async (ctx, activity) => {
      // Severs follows both ways, as a local block does; the blocked person is not told.
      const blocker = await knownRemote(ctx.data.deps, activity.actorId);
      const target = await localActor(ctx, activity.objectId);
      if (blocker && target) await block(ctx.data.deps, remoteActing(blocker.id), target.id);
    })
    .on(Like, async (ctx, like) => {
      // Misskey's emoji reactions come as Likes too: each counts as a favourite.
      if (!like.actorId || !like.objectId || like.objectId.origin !== new URL(ctx.data.deps.config.publicUrl).origin) return;
      const liker = await remoteActor(ctx, like.actorId);
      if (liker && liker.domain !== null && !liker.suspendedAt) await remoteFavourite(ctx.data.deps, liker.id, like.objectId.href);
    })
    .on(Update, async (ctx, update) => {
      // A profile update by the actor itself, or an edit of a post by its author.
      const object = await fetched(update.getObject(ctx));
      if (!object || !update.actorId) return;
      if (isActor(object)) {
        if (object.id?.href === update.actorId.href && (await knownRemote(ctx.data.deps, update.actorId))) await rememberActor(ctx, object);
        return;
      }
      if (!(object instanceof Note || object instanceof Question || object instanceof Article) || !object.id) return;
      if (object.attributionId?.href !== update.actorId.href || !sameOrigin(object.id, update.actorId)) return;
      const author = await knownRemote(ctx.data.deps, update.actorId);
      if (!author) return;
      const read = await readNote(ctx, object, author);
      const editedAt = object.updated ? new Date(object.updated.epochMilliseconds) : new Date();
      await editRemoteStatus(ctx.data.deps, author.id, object.id.href, { ...read, editedAt });
    })
    .on(Delete, async (ctx, del) => {
      const objectId = del.objectId;
      if (!objectId || !sameOrigin(objectId, del.actorId)) return;
      const author = await knownRemote(ctx.data.deps, del.actorId);
      if (!author) return;
      // The actor itself: the person deleted their account.
      if (objectId.href === author.uri) await removeRemoteAccount(ctx.data.deps, author.id);
      else await deleteRemoteStatus(ctx.data.deps, author.id, objectId.href);
    })
    .on(Move, async (ctx, move) => {
      // Mastodon's account migration: actor and object are the old account, target the new one,
      // whose current actor document must name the old one among its aliases.
      const { deps } = ctx.data;
      if (!move.actorId || move.objectId?.href !== move.actorId.href || !move.targetId) return;
      const old = await knownRemote(deps, move.actorId);
      if (!old || old.suspendedAt) return;
      let target = await localActor(ctx, move.targetId);
      if (target) {
        if (!target.alsoKnownAs.includes(old.uri)) return;
      } else {
        const actor = await lookup(ctx, move.targetId.href);
        if (!actor || !isActor(actor) || actor.id?.href !== move.targetId.href) return;
        if (!actor.aliasIds.some((alias) => alias.href === old.uri)) return;
        target = await rememberActor(ctx, actor);
      }
      if (target && !target.suspendedAt) await moveFollowers(deps, old.id, target.id);
    })
    .on(Flag, async (ctx, flag) => {
      // A report from another server about people here: the objects are the accounts and posts.
      const { deps } = ctx.data;
      if (!flag.id || !flag.actorId) return;
      const reporter = await remoteActor(ctx, flag.actorId);
      if (!reporter || reporter.domain === null) return;
      const objects = flag.objectIds;
      const targets: NonNullable<Awaited<ReturnType<typeof localActor>>>[] = [];
      for (const uri of objects.slice(0, 20)) {
        const account = await localActor(ctx, uri);
        if (account && !targets.some((t) => t.id === account.id)) targets.push(account);
      }
      const statusUris = objects.filter((uri) => uri.origin === new URL(deps.config.publicUrl).origin).map((uri) => uri.href);
      for (const target of targets) {
        const uri = targets.length === 1 ? flag.id.href : `${flag.id.href}#${target.id}`;
        const comment = flag.content == null ? "" : String(flag.content);
        await receiveFlag(deps, { uri, reporterId: reporter.id, reporterDomain: flag.actorId.host, targetAccountId: target.id, statusUris, comment });
      }
    })
    .onError((_ctx, error) => onError(error));
}

/** Accept or Reject of a Follow we sent: by the Follow's id when it is ours, else by its actor. */
async function answered(ctx: InboxContext<FederationData>, activity: Accept | Reject, kind: "accept" | "reject") {
  const { deps } = ctx.data;
  const target = await knownRemote(deps, activity.actorId);
  if (!target) return;
  let followerId: bigint | null = null;
  const objectId = activity.objectId;
  if (objectId) {
    const where = { uri: objectId.href, targetAccountId: target.id };
    const row = (await deps.db.followRequest.findFirst({ where })) ?? (await deps.db.follow.findFirst({ where }));
    followerId = row?.accountId ?? null;
  }
  if (followerId === null) {
    // Some servers send a Follow without its id, or with an id of their own making.
    const follow = await fetched(activity.getObject({ documentLoader: ctx.documentLoader, contextLoader: ctx.contextLoader, crossOrigin: "trust" }));
    if (!(follow instanceof Follow) || follow.objectId?.href !== target.uri) return;
    followerId = (await localActor(ctx, follow.actorId))?.id ?? null;
  }
  if (followerId === null) return;
  if (kind === "accept") await followAccepted(deps, followerId, target.id);
  else await followEnded(deps, followerId, target.id);
}
