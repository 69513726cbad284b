import { NotFoundError, ValidationError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import { checkChoices, pollExpired } from "../../core/polls.js";
import type { Actor, ServiceDeps } from "../context.js";
import { findVisibleStatus, requireActor } from "../guards.js";
import { keepForOutbox } from "../outbox-events.js";

/** A poll whose status the actor may see (else NotFound). */
export async function findVisiblePoll(deps: ServiceDeps, actor: Actor, pollId: bigint) {
  const poll = await deps.db.poll.findUnique({ where: { id: pollId } });
  if (!poll) throw new NotFoundError("Poll");
  await findVisibleStatus(deps, actor, poll.statusId).catch(() => {
    throw new NotFoundError("Poll");
  });
  return poll;
}

/** One vote per person (several choices in a multiple-choice poll), while the poll runs. */
export async function votePoll(deps: ServiceDeps, actor: Actor | null, pollId: bigint, choices: number[]) {
  const who = requireActor(actor, "write");
  const poll = await findVisiblePoll(deps, who, pollId);
  if (pollExpired(poll.expiresAt)) throw new ValidationError("The poll has already ended", "choices");
  // As on Mastodon (the author is shown as having voted): no votes in your own poll.
  if (poll.accountId === who.accountId) throw new ValidationError("You cannot vote in your own poll", "choices");
  const chosen = checkChoices(choices, poll.options.length, poll.multiple);
  const voted = { type: "poll.voted", pollId: String(pollId), accountId: String(who.accountId), choices: chosen } as const;
  const updated = await deps.db.$transaction(async (tx) => {
    // Votes are unique per (poll, person, choice); the row lock makes "already voted" exact.
    await tx.$executeRaw`SELECT 1 FROM polls WHERE id = ${pollId} FOR UPDATE`;
    const earlier = await tx.pollVote.count({ where: { pollId, accountId: who.accountId } });
    if (earlier > 0) throw new ValidationError("You have already voted on this poll", "choices");
    await tx.pollVote.createMany({ data: chosen.map((choice) => ({ id: newId(), pollId, accountId: who.accountId, choice })) });
    const tallies = [...poll.options.keys()].map((i) => (chosen.includes(i) ? 1 : 0));
    await tx.$executeRaw`UPDATE polls SET
        tallies = ARRAY(SELECT t + d FROM unnest(tallies, ${tallies}::int[]) WITH ORDINALITY AS u(t, d, i) ORDER BY i),
        votes_count = votes_count + ${chosen.length}, voters_count = voters_count + 1
      WHERE id = ${pollId}`;
    // A remote poll's votes are counted by its author's server: the outbox sends them there.
    await keepForOutbox(tx, voted);
    return tx.poll.findUniqueOrThrow({ where: { id: pollId } });
  });
  deps.events.publish(voted);
  return updated;
}

/** Polls that ended since the last run: each is claimed once (across instances) and announced. */
export async function announceEndedPolls(deps: ServiceDeps) {
  const ended = await deps.db.$queryRaw<{ id: bigint; statusId: bigint; accountId: bigint }[]>`
    UPDATE polls SET end_notified_at = now()
    WHERE id IN (
        SELECT p.id FROM polls p JOIN statuses s ON s.id = p.status_id
        WHERE p.end_notified_at IS NULL AND p.expires_at <= now() AND s.deleted_at IS NULL
        ORDER BY p.expires_at LIMIT 500)
      AND end_notified_at IS NULL
    RETURNING id, status_id AS "statusId", account_id AS "accountId"`;
  for (const poll of ended) {
    const voters = await deps.db.pollVote.findMany({ where: { pollId: poll.id }, distinct: ["accountId"], select: { accountId: true } });
    deps.events.publish({
      type: "poll.ended",
      pollId: String(poll.id),
      statusId: String(poll.statusId),
      accountId: String(poll.accountId),
      voterIds: voters.map((v) => String(v.accountId)),
    });
  }
  return ended.length;
}

/**
 * A vote from another server (Mastodon sends each choice as a Note named after the option,
 * replying to the poll's status): counted once per person and choice, while the poll runs,
 * when the voter may see the poll. False when ignored.
 */
export async function receiveRemoteVote(deps: ServiceDeps, voterId: bigint, statusUri: string, optionTitle: string): Promise<boolean> {
  const status = await deps.db.status.findUnique({ where: { uri: statusUri }, select: { id: true, local: true } });
  if (!status?.local) return false;
  const poll = await deps.db.poll.findUnique({ where: { statusId: status.id } });
  if (!poll || pollExpired(poll.expiresAt) || poll.accountId === voterId) return false;
  const choice = poll.options.findIndex((title) => title === optionTitle.trim());
  if (choice < 0) return false;
  const voter: Actor = { accountId: voterId, role: "USER", scopes: ["read"] };
  if (!(await findVisiblePoll(deps, voter, poll.id).then(() => true, () => false))) return false;
  return deps.db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM polls WHERE id = ${poll.id} FOR UPDATE`;
    const earlier = await tx.pollVote.findMany({ where: { pollId: poll.id, accountId: voterId }, select: { choice: true } });
    if (earlier.some((vote) => vote.choice === choice) || (!poll.multiple && earlier.length > 0)) return false;
    await tx.pollVote.create({ data: { id: newId(), pollId: poll.id, accountId: voterId, choice } });
    const tallies = [...poll.options.keys()].map((i) => (i === choice ? 1 : 0));
    const newVoter = earlier.length === 0 ? 1 : 0;
    await tx.$executeRaw`UPDATE polls SET
        tallies = ARRAY(SELECT t + d FROM unnest(tallies, ${tallies}::int[]) WITH ORDINALITY AS u(t, d, i) ORDER BY i),
        votes_count = votes_count + 1, voters_count = voters_count + ${newVoter}
      WHERE id = ${poll.id}`;
    return true;
  });
}
