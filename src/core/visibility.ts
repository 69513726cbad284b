// The one place that decides who may see what. Every read path (GraphQL queries and
// subscriptions, later the Mastodon API and streaming, ActivityPub object fetches)
// asks these functions; SQL pre-filters exist only to keep pages full and fast.

export type Visibility = "PUBLIC" | "UNLISTED" | "PRIVATE" | "DIRECT";

export interface StatusFacts {
  accountId: bigint;
  visibility: Visibility;
  deletedAt: Date | null;
  authorSuspended: boolean;
  /** the author's server (host[:port]); null for ours; absent where nobody asks (ActivityPub reads) */
  authorDomain?: string | null;
  /** the author is limited (silenced by moderators, or on a silenced server): off public timelines */
  authorSilenced?: boolean;
  /** local accounts mentioned by the status */
  mentionedIds: ReadonlySet<bigint>;
  /** for a boost: the boosted status */
  reblog?: StatusFacts | null;
}

/** What we know of the person looking: their id and relationships, loaded once. */
export interface Viewer {
  accountId: bigint;
  /** accounts the viewer follows */
  following: ReadonlySet<bigint>;
  /** accounts the viewer blocks */
  blocking: ReadonlySet<bigint>;
  /** accounts that block the viewer */
  blockedBy: ReadonlySet<bigint>;
  /** accounts the viewer mutes */
  muting: ReadonlySet<bigint>;
  /** muted accounts whose notifications are hidden too */
  mutingNotifications: ReadonlySet<bigint>;
  /** servers the viewer blocked (their people's posts and boosts of them stay out of timelines) */
  blockedDomains?: ReadonlySet<string>;
}

export const ANONYMOUS = null;
export type MaybeViewer = Viewer | null;

function canViewOne(status: StatusFacts, viewer: MaybeViewer): boolean {
  if (status.deletedAt || status.authorSuspended) return false;
  if (viewer && viewer.accountId === status.accountId) return true;
  if (viewer && viewer.blockedBy.has(status.accountId)) return false;
  switch (status.visibility) {
    case "PUBLIC":
    case "UNLISTED":
      return true;
    case "PRIVATE":
      return !!viewer && (viewer.following.has(status.accountId) || status.mentionedIds.has(viewer.accountId));
    case "DIRECT":
      return !!viewer && status.mentionedIds.has(viewer.accountId);
  }
}

/** May this viewer see this status at all (fetched by id, in a thread, in a list)? */
export function canView(status: StatusFacts, viewer: MaybeViewer): boolean {
  if (!canViewOne(status, viewer)) return false;
  return status.reblog ? canViewOne(status.reblog, viewer) : true;
}

/** Timelines also drop what the viewer chose not to see: blocked and muted people, blocked servers. */
export function showInTimeline(status: StatusFacts, viewer: MaybeViewer): boolean {
  if (!canView(status, viewer)) return false;
  if (!viewer) return true;
  const authors = status.reblog ? [status, status.reblog] : [status];
  const domains = viewer.blockedDomains;
  return authors.every(
    ({ accountId: id, authorDomain }) =>
      id === viewer.accountId ||
      (!viewer.blocking.has(id) && !viewer.muting.has(id) && !(domains && authorDomain && domains.has(authorDomain))),
  );
}

/** Statuses listed on public and hashtag timelines: public ones, unless their author is limited. */
export function isListedPublicly(status: Pick<StatusFacts, "visibility" | "authorSilenced">): boolean {
  return status.visibility === "PUBLIC" && !status.authorSilenced;
}

/** Whether a notification caused by `fromAccountId` reaches the viewer. */
export function showNotification(fromAccountId: bigint, viewer: Viewer): boolean {
  return (
    !viewer.blocking.has(fromAccountId) &&
    !viewer.blockedBy.has(fromAccountId) &&
    !viewer.mutingNotifications.has(fromAccountId)
  );
}

/** Who may boost: public and unlisted by anyone who sees them; private only by the author. */
export function canReblog(status: StatusFacts, viewer: Viewer): boolean {
  if (status.reblog) return false;
  if (!canView(status, viewer)) return false;
  if (status.visibility === "PUBLIC" || status.visibility === "UNLISTED") return true;
  return status.visibility === "PRIVATE" && status.accountId === viewer.accountId;
}
