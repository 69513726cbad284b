// Domain events become activities (after commit, ARCHITECTURE rule 3): a local account's
// follow of a remote one sends Follow (once: its id is kept on the follow or request), a
// remote follow of a local account answered sends Accept or Reject, an unfollow Undo; a local
// post sends Create to its author's remote followers (shared inboxes once) and the remote
// people it mentions, and its deletion Delete. Fedify signs them and queues one delivery per
// inbox on our durable queue.
import type { Context, Federation } from "@fedify/fedify";
import { Accept, Announce, Block, Create, Delete, Flag, Follow, Like, Move, Note, PUBLIC_COLLECTION, Reject, Undo, Update, type Activity, type Recipient } from "@fedify/vocab";
import { newId } from "../core/ids.js";
import type { EventOf } from "../core/events.js";
import type { EventBus } from "../events/bus.js";
import type { JobQueue } from "../jobs/queue.js";
import { FEDERATING_EVENTS, OUTBOX_EVENTS_QUEUE, type FederatingEvent } from "../services/outbox-events.js";
import type { Account } from "../generated/prisma/client.js";
import type { ServiceDeps } from "../services/context.js";
import { newFederationData, type FederationData } from "./context.js";
import { actorDocument, INSTANCE_ACTOR } from "./actors.js";
import { localStatus } from "./reads.js";
import { toActivity, toNote, toTombstone } from "./vocab/note.js";

type Peer = Pick<Account, "uri" | "inboxUrl" | "sharedInboxUrl">;

export const recipientOf = (account: Peer): Recipient => ({
  id: new URL(account.uri),
  inboxId: account.inboxUrl ? new URL(account.inboxUrl) : null,
  endpoints: account.sharedInboxUrl ? { sharedInbox: new URL(account.sharedInboxUrl) } : null,
});

const freshId = (actorUri: string, kind: string) => new URL(`${actorUri}#${kind}/${newId()}`);

export interface Outbox {
  /** Sends from a local account to remote ones (through the durable queue). */
  send(ctx: Context<FederationData>, from: Account, to: Peer[], activity: Activity, orderingKey?: string): Promise<void>;
  /** Accept or Reject of a remote account's Follow of a local one. */
  answerFollow(ctx: Context<FederationData>, kind: "accept" | "reject", local: Account, follower: Peer, followUri: string | null): Promise<void>;
}

export function outbox(): Outbox {
  const send: Outbox["send"] = async (ctx, from, to, activity, orderingKey) => {
    const recipients = to.filter((peer) => peer.inboxUrl).map(recipientOf);
    if (recipients.length === 0 || from.domain !== null) return;
    await ctx.sendActivity({ identifier: from.username }, recipients, activity, {
      preferSharedInbox: true,
      excludeBaseUris: [new URL(ctx.data.deps.config.publicUrl)],
      ...(orderingKey ? { orderingKey } : {}),
    });
  };
  return {
    send,
    async answerFollow(ctx, kind, local, follower, followUri) {
      const follow = new Follow({ id: followUri ? new URL(followUri) : null, actor: new URL(follower.uri), object: new URL(local.uri) });
      const Answer = kind === "accept" ? Accept : Reject;
      await send(ctx, local, [follower], new Answer({ id: freshId(local.uri, `${kind}s`), actor: new URL(local.uri), object: follow }));
    },
  };
}

/** The remote followers and mentioned remote accounts a status goes to (for a boost: and the boosted author). */
async function audience(deps: ServiceDeps, accountId: bigint, statusId: bigint, visibility: string, boostedAuthorId: bigint | null = null) {
  const peer = { select: { uri: true, inboxUrl: true, sharedInboxUrl: true } } as const;
  const followers =
    visibility === "DIRECT"
      ? []
      : (await deps.db.follow.findMany({ where: { targetAccountId: accountId, account: { domain: { not: null } } }, select: { account: peer } })).map(
          (row) => row.account,
        );
  const mentioned = await deps.db.mention.findMany({ where: { statusId, account: { domain: { not: null } } }, select: { account: peer } });
  const boosted = boostedAuthorId
    ? await deps.db.account.findMany({ where: { id: boostedAuthorId, domain: { not: null } }, select: peer.select })
    : [];
  return [...followers, ...mentioned.map((row) => row.account), ...boosted];
}

/** Runs the events kept by the transactional outbox (see `processOutboxEvents`). */
export type OutboxEventHandler = (payload: unknown) => Promise<void>;

export function subscribeOutbox(bus: EventBus, federation: Federation<FederationData>, deps: ServiceDeps, box: Outbox, jobs: JobQueue): OutboxEventHandler {
  const context = () => federation.createContext(new URL(deps.config.publicUrl), newFederationData(deps));
  const pairOf = async (event: { accountId: string; targetAccountId: string }) => {
    const [follower, target] = await Promise.all([
      deps.db.account.findUnique({ where: { id: BigInt(event.accountId) } }),
      deps.db.account.findUnique({ where: { id: BigInt(event.targetAccountId) } }),
    ]);
    return follower && target ? { follower, target } : null;
  };

  /** Sends our Follow once and keeps its id on the follow or request. */
  const sendFollow = async (follower: Account, target: Account, kind: "follow" | "followRequest") => {
    const where = { accountId_targetAccountId: { accountId: follower.id, targetAccountId: target.id } };
    const row = kind === "follow" ? await deps.db.follow.findUnique({ where }) : await deps.db.followRequest.findUnique({ where });
    if (!row || row.uri) return;
    const id = freshId(follower.uri, "follows");
    const data = { where: { id: row.id, uri: null }, data: { uri: id.href } };
    const { count } = kind === "follow" ? await deps.db.follow.updateMany(data) : await deps.db.followRequest.updateMany(data);
    if (count === 0) return;
    await box.send(context(), follower, [target], new Follow({ id, actor: new URL(follower.uri), object: new URL(target.uri) }));
  };

  const onFollowRequested = async (event: EventOf<"follow.requested">) => {
    const pair = await pairOf(event);
    if (pair && pair.follower.domain === null && pair.target.domain !== null) await sendFollow(pair.follower, pair.target, "followRequest");
  };

  const onFollowed = async (event: EventOf<"follow.created">) => {
    const pair = await pairOf(event);
    if (!pair) return;
    const { follower, target } = pair;
    if (follower.domain === null && target.domain !== null) return sendFollow(follower, target, "follow");
    if (follower.domain !== null && target.domain === null) {
      const row = await deps.db.follow.findUnique({ where: { accountId_targetAccountId: { accountId: follower.id, targetAccountId: target.id } } });
      if (row) await box.answerFollow(context(), "accept", target, follower, row.uri);
    }
  };

  const onFollowRejected = async (event: EventOf<"follow.rejected">) => {
    const pair = await pairOf(event);
    if (pair && pair.follower.domain !== null && pair.target.domain === null) {
      await box.answerFollow(context(), "reject", pair.target, pair.follower, event.uri);
    }
  };

  const blockActivity = async (event: { accountId: string; targetAccountId: string }, undo: boolean) => {
    const pair = await pairOf(event);
    if (!pair || pair.follower.domain !== null || pair.target.domain === null) return;
    const { follower: blocker, target } = pair;
    const actor = new URL(blocker.uri);
    const activity = new Block({ id: freshId(blocker.uri, "blocks"), actor, object: new URL(target.uri) });
    await box.send(context(), blocker, [target], undo ? new Undo({ id: freshId(blocker.uri, "undo"), actor, object: activity }) : activity);
  };
  const onUnfollowed = async (event: EventOf<"follow.removed">) => {
    const pair = await pairOf(event);
    // A deleted remote account (suspended here) has no inbox left to tell.
    if (!pair || pair.follower.domain !== null || pair.target.domain === null || pair.target.suspendedAt) return;
    const { follower, target } = pair;
    const actor = new URL(follower.uri);
    const follow = new Follow({ id: freshId(follower.uri, "follows"), actor, object: new URL(target.uri) });
    await box.send(context(), follower, [target], new Undo({ id: freshId(follower.uri, "undo"), actor, object: follow }));
  };

  /** A local account's favourite of a remote status: Like, or Undo of it, to the author. */
  const like = async (event: { accountId: string; statusId: string; statusAccountId: string }, undo: boolean) => {
    const pair = await pairOf({ accountId: event.accountId, targetAccountId: event.statusAccountId });
    if (!pair || pair.follower.domain !== null || pair.target.domain === null) return;
    const status = await deps.db.status.findUnique({ where: { id: BigInt(event.statusId) }, select: { uri: true } });
    if (!status) return;
    const { follower: liker, target: author } = pair;
    const actor = new URL(liker.uri);
    const activity = new Like({ id: freshId(liker.uri, "likes"), actor, object: new URL(status.uri) });
    await box.send(context(), liker, [author], undo ? new Undo({ id: freshId(liker.uri, "undo"), actor, object: activity }) : activity, status.uri);
  };

  // Every event here comes from the transactional outbox (services/outbox-events.ts) through the
  // job queue (the handler returned below): the bus only wakes its workers.
  const onCreated = async (event: EventOf<"status.created">) => {
    if (!event.local) return;
    // Who it goes to first: most posts have no one elsewhere to go to.
    const boosted = event.reblogOfAccountId === null ? null : BigInt(event.reblogOfAccountId);
    const to = await audience(deps, BigInt(event.accountId), BigInt(event.statusId), event.visibility, boosted);
    if (to.length === 0) return;
    const status = await localStatus(deps, BigInt(event.accountId), BigInt(event.statusId));
    if (!status || status.deletedAt) return;
    const activity = toActivity(status, { origin: deps.config.publicUrl, domain: deps.config.domain, storage: deps.storage });
    if (activity) await box.send(context(), status.account, to, activity, status.uri);
  };

  const onUpdated = async (event: EventOf<"status.updated">) => {
    if (event.local === false) return;
    const to = await audience(deps, BigInt(event.accountId), BigInt(event.statusId), event.visibility);
    if (to.length === 0) return;
    const status = await localStatus(deps, BigInt(event.accountId), BigInt(event.statusId));
    if (!status || status.deletedAt || status.reblogOfId !== null) return;
    const note = toNote(status, { origin: deps.config.publicUrl, domain: deps.config.domain, storage: deps.storage });
    const stamp = (status.editedAt ?? status.createdAt).getTime();
    const activity = new Update({ id: new URL(`${status.uri}#updates/${stamp}`), actor: new URL(status.account.uri), object: note, tos: note.toIds, ccs: note.ccIds });
    await box.send(context(), status.account, to, activity, status.uri);
  };

  const onDeleted = async (event: EventOf<"status.deleted">) => {
    const status = await localStatus(deps, BigInt(event.accountId), BigInt(event.statusId));
    if (!status || !status.deletedAt || !status.local) return;
    const to = await audience(deps, status.accountId, status.id, status.visibility, status.reblogOf?.accountId ?? null);
    if (to.length === 0) return;
    const actor = new URL(status.account.uri);
    if (status.reblogOf) {
      const announce = new Announce({ id: new URL(status.uri), actor, object: new URL(status.reblogOf.uri) });
      await box.send(context(), status.account, to, new Undo({ id: new URL(`${status.uri}#undo`), actor, object: announce }), status.uri);
      return;
    }
    const activity = new Delete({ id: new URL(`${status.uri}#delete`), actor, object: toTombstone(status), tos: [PUBLIC_COLLECTION] });
    await box.send(context(), status.account, to, activity, status.uri);
  };
  for (const type of FEDERATING_EVENTS) bus.on(type, () => jobs.wake(OUTBOX_EVENTS_QUEUE));

  /** The remote followers of a local account (shared inboxes once). */
  const remoteFollowers = async (accountId: bigint) =>
    (
      await deps.db.follow.findMany({
        where: { targetAccountId: accountId, account: { domain: { not: null } } },
        select: { account: { select: { uri: true, inboxUrl: true, sharedInboxUrl: true } } },
      })
    ).map((row) => row.account);

  /** An Update of a local account's actor to its remote followers (its profile changed, or a suspension began or ended). */
  const updateActor = async (event: { accountId: string }) => {
    const account = await deps.db.account.findUnique({ where: { id: BigInt(event.accountId) } });
    if (!account || account.domain !== null) return;
    const to = await remoteFollowers(account.id);
    if (to.length === 0) return;
    const ctx = context();
    const actor = await actorDocument(ctx, account);
    const update = new Update({ id: freshId(account.uri, `updates`), actor: new URL(account.uri), object: actor, tos: [PUBLIC_COLLECTION] });
    await box.send(ctx, account, to, update, account.uri);
  };
  // As Mastodon: a suspension is an Update whose actor says `suspended` (other servers hide the
  // account and can show it again), and so is its end; a Delete of the actor only when the data goes.
  const onAccountDeleted = async (event: EventOf<"account.deleted">) => {
    const account = await deps.db.account.findUnique({ where: { id: BigInt(event.accountId) } });
    if (!account || account.domain !== null || event.remoteFollowerIds.length === 0) return;
    const peer = { uri: true, inboxUrl: true, sharedInboxUrl: true } as const;
    const to = await deps.db.account.findMany({ where: { id: { in: event.remoteFollowerIds.map(BigInt) }, domain: { not: null } }, select: peer });
    const actor = new URL(account.uri);
    const remove = new Delete({ id: new URL(`${account.uri}#delete`), actor, object: actor, tos: [PUBLIC_COLLECTION] });
    await box.send(context(), account, to, remove, account.uri);
  };

  const onMoved = async (event: EventOf<"account.moved">) => {
    const pair = await pairOf(event);
    if (!pair || pair.follower.domain !== null) return;
    const { follower: from, target } = pair;
    const to = await remoteFollowers(from.id);
    if (to.length === 0) return;
    const actor = new URL(from.uri);
    const move = new Move({ id: freshId(from.uri, "moves"), actor, object: actor, target: new URL(target.uri), tos: [new URL(from.followersUrl ?? `${from.uri}/followers`)] });
    await box.send(context(), from, to, move, from.uri);
  };

  const onVoted = async (event: EventOf<"poll.voted">) => {
    // Mastodon's way: each choice as a Note named after the option, replying to the poll, to its author only.
    const poll = await deps.db.poll.findUnique({ where: { id: BigInt(event.pollId) }, include: { status: { select: { uri: true } } } });
    if (!poll) return;
    const pair = await pairOf({ accountId: event.accountId, targetAccountId: String(poll.accountId) });
    if (!pair || pair.follower.domain !== null || pair.target.domain === null) return;
    const { follower: voter, target: author } = pair;
    for (const choice of event.choices) {
      const id = new URL(`${voter.uri}#votes/${poll.id}/${choice}`);
      const note = new Note({ id, attribution: new URL(voter.uri), name: poll.options[choice] ?? "", replyTarget: new URL(poll.status.uri), to: new URL(author.uri) });
      const create = new Create({ id: new URL(`${id.href}/activity`), actor: new URL(voter.uri), object: note, to: new URL(author.uri) });
      await box.send(context(), voter, [author], create, poll.status.uri);
    }
  };

  const onReported = async (event: EventOf<"report.created">) => {
    // Forwarded reports go as a Flag from the server itself, so the reporter stays unnamed.
    if (!event.forward) return;
    const report = await deps.db.report.findUnique({ where: { id: BigInt(event.reportId) }, include: { targetAccount: true } });
    if (!report || report.targetAccount.domain === null || !report.targetAccount.inboxUrl) return;
    const statuses = await deps.db.status.findMany({ where: { id: { in: report.statusIds } }, select: { uri: true } });
    const ctx = context();
    const instance = ctx.getActorUri(INSTANCE_ACTOR);
    const flag = new Flag({
      id: new URL(`${deps.config.publicUrl}/reports/${report.id}`),
      actor: instance,
      objects: [new URL(report.targetAccount.uri), ...statuses.map((s) => new URL(s.uri))],
      content: report.comment,
    });
    const recipients = [recipientOf(report.targetAccount)];
    await ctx.sendActivity({ identifier: INSTANCE_ACTOR }, recipients, flag, { preferSharedInbox: true });
  };

  return async (payload) => {
    const event = payload as FederatingEvent;
    if (event.type === "status.created") await onCreated(event);
    else if (event.type === "status.updated") await onUpdated(event);
    else if (event.type === "status.deleted") await onDeleted(event);
    else if (event.type === "account.updated" || event.type === "account.suspended" || event.type === "account.unsuspended") await updateActor(event);
    else if (event.type === "account.deleted") await onAccountDeleted(event);
    else if (event.type === "account.moved") await onMoved(event);
    else if (event.type === "report.created") await onReported(event);
    else if (event.type === "follow.requested") await onFollowRequested(event);
    else if (event.type === "follow.created") await onFollowed(event);
    else if (event.type === "follow.rejected") await onFollowRejected(event);
    else if (event.type === "follow.removed") await onUnfollowed(event);
    else if (event.type === "block.created" || event.type === "block.removed") await blockActivity(event, event.type === "block.removed");
    else if (event.type === "favourite.created" || event.type === "favourite.removed") await like(event, event.type === "favourite.removed");
    else if (event.type === "poll.voted") await onVoted(event);
  };
}
