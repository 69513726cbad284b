// Each local status at its id: a Note (a Question with a poll), a Tombstone answered with 410
// once deleted. Boosts are activities, served in outboxes, not here.
// Visibility is decided by core/visibility.ts as for an anonymous reader: public and unlisted
// statuses are served; followers-only and direct ones are not served to anyone yet (404),
// since that needs a signed fetch by an actor in the audience (a later stage).
import type { Federation } from "@fedify/fedify";
import { Object as APObject } from "@fedify/vocab";
import { parseId } from "../core/ids.js";
import { ANONYMOUS, canView } from "../core/visibility.js";
import type { FederationData } from "./context.js";
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
    if (!canView(statusFacts(status), ANONYMOUS)) return null;
    return toNote(status, { origin: deps.config.publicUrl, domain: deps.config.domain, storage: deps.storage, media: notes.media });
  });
}
