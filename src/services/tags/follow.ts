import { ForbiddenError, ValidationError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import { hasScope } from "../../core/scopes.js";
import { normalizeTag } from "../../core/text.js";
import type { Tag } from "../../generated/prisma/client.js";
import type { Actor, ServiceDeps } from "../context.js";
import { requireActor } from "../guards.js";

const TAG_NAME = /^[\p{L}\p{M}\p{N}_]*[\p{L}_][\p{L}\p{M}\p{N}_]*$/u;
export const MAX_TAG_NAME = 100;

/** A hashtag as typed (with or without '#') -> its stored name and how to display it. */
export function checkTagName(raw: string): { name: string; display: string } {
  const display = raw.trim().replace(/^#/, "");
  if (!TAG_NAME.test(display) || display.length > MAX_TAG_NAME) throw new ValidationError("This is not a valid hashtag", "name");
  return { name: normalizeTag(display), display };
}

/** Following tags takes `write:follows` (or the legacy `follow`, or the whole `write`). */
export function requireFollowScope(actor: Actor | null | undefined): Actor {
  const who = requireActor(actor);
  if (!hasScope(who.scopes, "write:follows") && !hasScope(who.scopes, "follow")) {
    throw new ForbiddenError('This token lacks the "write:follows" scope');
  }
  return who;
}

/** Follows a hashtag (creating it when nobody used it yet): its public posts come to your home. */
export async function followTag(deps: ServiceDeps, actor: Actor | null, rawName: string): Promise<Tag> {
  const who = requireFollowScope(actor);
  const { name, display } = checkTagName(rawName);
  await deps.db.tag.createMany({ data: [{ id: newId(), name, display }], skipDuplicates: true });
  const tag = await deps.db.tag.findUniqueOrThrow({ where: { name } });
  await deps.db.tagFollow.createMany({ data: [{ id: newId(), accountId: who.accountId, tagId: tag.id }], skipDuplicates: true });
  return tag;
}
