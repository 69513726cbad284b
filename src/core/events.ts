// Domain events: what happened, published by services after their transaction commits.
// Ids travel as decimal strings so events can cross process boundaries as JSON.

export type DomainEvent =
  | {
      type: "status.created";
      statusId: string;
      accountId: string;
      reblogOfId: string | null;
      reblogOfAccountId: string | null;
      inReplyToAccountId: string | null;
      visibility: "PUBLIC" | "UNLISTED" | "PRIVATE" | "DIRECT";
      local: boolean;
      mentionedIds: string[];
      tags: string[];
    }
  | { type: "status.updated"; statusId: string; accountId: string; visibility: string; tags: string[]; /** from this server (absent: unknown) */ local?: boolean }
  | { type: "status.deleted"; statusId: string; accountId: string; reblogOfId: string | null; visibility: string; tags: string[] }
  | { type: "favourite.created"; accountId: string; statusId: string; statusAccountId: string }
  | { type: "favourite.removed"; accountId: string; statusId: string; statusAccountId: string }
  | { type: "follow.created"; accountId: string; targetAccountId: string }
  | { type: "follow.requested"; accountId: string; targetAccountId: string }
  | { type: "follow.removed"; accountId: string; targetAccountId: string }
  /** a follow request was turned down; `uri`: the requester's Follow activity, when it came from another server */
  | { type: "follow.rejected"; accountId: string; targetAccountId: string; uri: string | null }
  | { type: "block.created"; accountId: string; targetAccountId: string }
  /** a person's profile changed (name, bio, images, fields, lock, aliases) */
  | { type: "account.updated"; accountId: string }
  /** a person moved to another account; their followers here were moved along */
  | { type: "account.moved"; accountId: string; targetAccountId: string }
  /** moderators suspended an account (its content is hidden everywhere; a local one's actor says so) */
  | { type: "account.suspended"; accountId: string }
  /** moderators lifted a suspension */
  | { type: "account.unsuspended"; accountId: string }
  /** a suspended account's data was deleted; `remoteFollowerIds`: who followed it from elsewhere (a local account's Delete goes to them) */
  | { type: "account.deleted"; accountId: string; remoteFollowerIds: string[] }
  | { type: "report.created"; reportId: string; targetAccountId: string; forward: boolean }
  | { type: "block.removed"; accountId: string; targetAccountId: string }
  | { type: "mute.created"; accountId: string; targetAccountId: string }
  | { type: "relationship.changed"; accountId: string; targetAccountId: string }
  | { type: "notifications.read"; accountId: string }
  /** the account's keyword filters changed (cached copies must go) */
  | { type: "filters.changed"; accountId: string }
  | { type: "poll.ended"; pollId: string; statusId: string; accountId: string; voterIds: string[] }
  /** someone here voted (the poll's server is told when it is another one) */
  | { type: "poll.voted"; pollId: string; accountId: string; choices: number[] }
  /** authors whose posts the owner's exclusive lists now keep out of home (hidden), or no longer (shown) */
  | { type: "list.exclusions.changed"; accountId: string; hidden: string[]; shown: string[] }
  | { type: "tag.unfollowed"; accountId: string; tagId: string }
  /** a token stopped working: live connections opened with it must close */
  | { type: "token.revoked"; accountId: string; tokenHash: string }
  /** an account's tokens may now work (address confirmed, application approved): forget cached refusals */
  | { type: "tokens.usable"; accountId: string; tokenHashes: string[] };

export type EventType = DomainEvent["type"];
export type EventOf<T extends EventType> = Extract<DomainEvent, { type: T }>;
