import { NotFoundError, ValidationError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import type { FilterRecord } from "../../db/filters.js";
import type { Actor, ServiceDeps } from "../context.js";
import {
  MAX_KEYWORDS,
  checkAction,
  checkContexts,
  checkExpiresIn,
  checkKeyword,
  checkTitle,
  filterActor,
  filtersChanged,
  ownFilterRecord,
} from "./rules.js";

/** A change to a filter's keywords, as Mastodon's keywords_attributes: with an id it edits or (destroy) removes that keyword, without one it adds a keyword. */
export interface KeywordChange {
  id?: bigint | null;
  keyword?: string | null;
  wholeWord?: boolean | null;
  destroy?: boolean | null;
}

export interface UpdateFilterInput {
  title?: string | null;
  contexts?: readonly string[] | null;
  action?: string | null;
  /** seconds from now; null: never expires; absent: unchanged */
  expiresIn?: number | null;
  keywords?: readonly KeywordChange[] | null;
}

/** Changes a filter and its keywords, all or nothing. */
export async function updateFilter(deps: ServiceDeps, actor: Actor | null, id: bigint, input: UpdateFilterInput): Promise<FilterRecord> {
  const who = filterActor(actor, "write");
  const data = {
    ...(input.title !== undefined ? { title: checkTitle(input.title) } : {}),
    ...(input.contexts !== undefined ? { contexts: checkContexts(input.contexts) } : {}),
    ...(input.action !== undefined && input.action !== null ? { action: checkAction(input.action) } : {}),
    ...(input.expiresIn !== undefined ? { expiresAt: checkExpiresIn(input.expiresIn) } : {}),
  };
  const changes = (input.keywords ?? []).filter((k) => k.id != null || !k.destroy);
  const removed = changes.filter((k) => k.id != null && k.destroy).map((k) => k.id!);
  const edited = changes
    .filter((k) => k.id != null && !k.destroy)
    .map((k) => ({
      id: k.id!,
      ...(k.keyword !== undefined && k.keyword !== null ? { keyword: checkKeyword(k.keyword) } : {}),
      ...(k.wholeWord !== undefined && k.wholeWord !== null ? { wholeWord: k.wholeWord } : {}),
    }));
  const added = changes.filter((k) => k.id == null).map((k) => ({ keyword: checkKeyword(k.keyword), wholeWord: k.wholeWord ?? true }));
  const updated = await deps.db.$transaction(async (tx) => {
    // One change at a time per filter (as addFilterKeyword), so the keyword limit holds.
    await tx.$executeRaw`SELECT 1 FROM filters WHERE id = ${id} FOR UPDATE`;
    const filter = await ownFilterRecord(tx, who, id);
    const own = new Set(filter.keywords.map((k) => k.id));
    if ([...removed, ...edited.map((k) => k.id)].some((keywordId) => !own.has(keywordId))) throw new NotFoundError("Filter keyword");
    if (own.size - new Set(removed).size + added.length > MAX_KEYWORDS) {
      throw new ValidationError(`A filter holds at most ${MAX_KEYWORDS} keywords`, "keywords");
    }
    if (Object.keys(data).length) await tx.filter.update({ where: { id }, data });
    if (removed.length) await tx.filterKeyword.deleteMany({ where: { id: { in: removed }, filterId: id } });
    for (const { id: keywordId, ...change } of edited) {
      if (Object.keys(change).length) await tx.filterKeyword.update({ where: { id: keywordId }, data: change });
    }
    if (added.length) await tx.filterKeyword.createMany({ data: added.map((k) => ({ id: newId(), filterId: id, ...k })) });
    return ownFilterRecord(tx, who, id);
  });
  filtersChanged(deps, who);
  return updated;
}
