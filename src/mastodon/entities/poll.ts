// The Mastodon Poll entity (docs.joinmastodon.org/entities/Poll). `voted` and `own_votes`
// are always present (false / [] when signed out), as clients expect.
import type { Poll } from "../../generated/prisma/client.js";
import { pollExpired, showTotals } from "../../core/polls.js";

export function toMastodonPoll(poll: Poll, viewerId: bigint | null, ownVotes: number[]): Record<string, unknown> {
  const totals = showTotals(poll, viewerId);
  return {
    id: String(poll.id),
    expires_at: poll.expiresAt?.toISOString() ?? null,
    expired: pollExpired(poll.expiresAt),
    multiple: poll.multiple,
    votes_count: poll.votesCount,
    voters_count: poll.multiple ? poll.votersCount : null,
    options: poll.options.map((title, i) => ({ title, votes_count: totals ? (poll.tallies[i] ?? 0) : null })),
    emojis: [],
    voted: ownVotes.length > 0 || (viewerId !== null && viewerId === poll.accountId),
    own_votes: ownVotes,
  };
}
