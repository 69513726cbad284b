// A reply whose parent we do not have brings the parent along: fetched (signed, as the
// instance actor) and stored first, up to MAX_ANCESTORS up the thread, so that threads read
// whole here as Mastodon's do. Only posts of their authors' own servers are taken.
import type { Context } from "@fedify/fedify";
import { Article, Note, Question } from "@fedify/vocab";
import type { Account } from "../generated/prisma/client.js";
import { isDomainSuspended } from "../services/domains/policy.js";
import type { FederationData } from "./context.js";
import { storeNote } from "./notes-in.js";
import { accountForActorUri, lookup } from "./remote.js";

export const MAX_ANCESTORS = 5;

type Post = Note | Question | Article;
const isPost = (object: unknown): object is Post => object instanceof Note || object instanceof Question || object instanceof Article;

/** Stores `note` by `author` after the ancestors we lack (at most `depth` of them). */
export async function storeWithAncestors(ctx: Context<FederationData>, note: Post, author: Account, depth = MAX_ANCESTORS) {
  const parentUri = note.replyTargetId;
  const { deps } = ctx.data;
  if (parentUri && depth > 0 && !(await deps.db.status.findUnique({ where: { uri: parentUri.href }, select: { id: true } }))) {
    const parent = await lookup(ctx, parentUri.href);
    const parentAuthorUri = isPost(parent) ? parent.attributionId : null;
    if (isPost(parent) && parent.id?.href === parentUri.href && parentAuthorUri && parentAuthorUri.origin === parentUri.origin) {
      const parentAuthor = (await isDomainSuspended(deps, parentAuthorUri.host)) ? null : await accountForActorUri(ctx, parentAuthorUri);
      if (parentAuthor && parentAuthor.domain !== null && !parentAuthor.suspendedAt) {
        await storeWithAncestors(ctx, parent, parentAuthor, depth - 1).catch(() => null);
      }
    }
  }
  return storeNote(ctx, note, author);
}
