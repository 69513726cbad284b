// The Mastodon Relationship entity (docs.joinmastodon.org/entities/Relationship).
import { createLoaders, type Relationship } from "../../db/loaders.js";
import { needActor, type RequestState } from "../context.js";

export function toMastodonRelationship(id: bigint, rel: Relationship) {
  return {
    id: String(id),
    following: rel.following,
    showing_reblogs: rel.showingReblogs,
    notifying: rel.notifying,
    followed_by: rel.followedBy,
    blocking: rel.blocking,
    blocked_by: rel.blockedBy,
    muting: rel.muting,
    muting_notifications: rel.mutingNotifications,
    requested: rel.requested,
    requested_by: rel.requestedBy,
    domain_blocking: rel.domainBlocking,
    endorsed: false,
    note: "",
    languages: null,
  };
}

/** The requester's relationships; also for a token that may act but not read (follow, write:blocks). */
export function relationshipLoader(state: RequestState) {
  if (state.loaders.viewer) return state.loaders.viewer.relationship;
  const { services } = state;
  return createLoaders(services.deps.pool, services.shared.direct, needActor(state).accountId).viewer!.relationship;
}

/** The requester's relationship to an account as it is now (after a change in this request). */
export async function currentRelationship(state: RequestState, id: bigint) {
  return toMastodonRelationship(id, await relationshipLoader(state).clear(id).load(id));
}
