// Each local status at its id: a Note (a Question with a poll), a Tombstone answered with 410
// once deleted. Boosts are activities, served in outboxes, not here.
// Visibility is decided by core/visibility.ts: public and unlisted statuses for anyone;
// followers-only and direct ones only to a signed fetch whose key belongs to an account in
// the audience (a follower of the author, or someone mentioned), as Mastodon serves them;
// everyone else gets 404, as if there were nothing.
import type { Federation, RequestContext } from "@fedify/fedify";
import { Object as APObject } from "@fedify/vocab";
import { parseId } from "../core/ids.js";
import { ANONYMOUS, canView, type MaybeViewer } from "../core/visibility.js";
import { loadViewer } from "../db/viewer.js";
import type { FederationData } from "./context.js";
import { fetchAllowed } from "./limited-fetch.js";
import { accountOf, localStatus, type NoteStatus } from "./reads.js";
import { toNote, toTombstone } from "./vocab/note.js";

export const STATUS_PATH = "/users/{username}/statuses/{id}";

export function statusFacts(status: NoteStatus) {
  return {
    accountId: status.accountId,
    visibility: status.visibility,
    deletedAt: status.deletedAt,
    authorSuspended: status.account.suspendedAt !== null,
    mentionedIds: new Set(status.mentions.map((mention) => mention.accountId)),
  };
}

/** The account of whoever signed the request, as a viewer; anonymous when unsigned or unknown. */
async function signedViewer(ctx: RequestContext<FederationData>): Promise<MaybeViewer> {
  const owner = await ctx.getSignedKeyOwner().catch(() => null);
  if (!owner?.id) return ANONYMOUS;
  const account = await ctx.data.deps.db.account.findUnique({ where: { uri: owner.id.href }, select: { id: true, domain: true, suspendedAt: true } });
  if (!account || account.domain === null || account.suspendedAt) return ANONYMOUS;
  return loadViewer(ctx.data.deps.pool, account.id);
}

export function registerObjects(federation: Federation<FederationData>) {
  federation.setObjectDispatcher(APObject, STATUS_PATH, async (ctx, values) => {
    const { deps, notes } = ctx.data;
    const id = parseId(values.id);
    if (id === undefined) return null;
    const account = await accountOf(ctx.data, values.username);
    if (!account) return null;
    const status = await localStatus(deps, account.id, id);
    if (!status || status.reblogOfId !== null) return null;
    if (status.deletedAt) {
      // Followers-only and direct statuses stay unknown, even once deleted.
      if (status.visibility !== "PUBLIC" && status.visibility !== "UNLISTED") return null;
      notes.gone = true;
      return toTombstone(status);
    }
    const facts = statusFacts(status);
    const viewer = facts.visibility === "PUBLIC" || facts.visibility === "UNLISTED" ? ANONYMOUS : await signedViewer(ctx);
    if (!canView(facts, viewer)) return null;
    return toNote(status, { origin: deps.config.publicUrl, domain: deps.config.domain, storage: deps.storage, media: notes.media });
  }).authorize(fetchAllowed);
}
