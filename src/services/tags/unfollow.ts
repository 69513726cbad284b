import { NotFoundError } from "../../core/errors.js";
import type { Tag } from "../../generated/prisma/client.js";
import type { Actor, ServiceDeps } from "../context.js";
import { checkTagName, requireFollowScope } from "./follow.js";

/** Stops following a hashtag; its posts from people you don't follow leave your home. */
export async function unfollowTag(deps: ServiceDeps, actor: Actor | null, rawName: string): Promise<Tag> {
  const who = requireFollowScope(actor);
  const { name } = checkTagName(rawName);
  const tag = await deps.db.tag.findUnique({ where: { name } });
  if (!tag) throw new NotFoundError("Tag");
  const { count } = await deps.db.tagFollow.deleteMany({ where: { accountId: who.accountId, tagId: tag.id } });
  if (count) deps.events.publish({ type: "tag.unfollowed", accountId: String(who.accountId), tagId: String(tag.id) });
  return tag;
}
