// The Mastodon Relationship entity (docs.joinmastodon.org/entities/Relationship).
import type { Relationship } from "../../db/loaders.js";
import type { RequestState } from "../context.js";

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
    domain_blocking: false,
    endorsed: false,
    note: "",
    languages: null,
  };
}

/** The requester's relationship to an account as it is now (after a change in this request). */
export async function currentRelationship(state: RequestState, id: bigint) {
  return toMastodonRelationship(id, await state.loaders.viewer!.relationship.clear(id).load(id));
}
