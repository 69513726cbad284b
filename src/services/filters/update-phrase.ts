// The Mastodon v1 filter API sees each keyword as a filter of its own ("phrase"): editing
// one changes the keyword and its filter's settings, which is refused when the filter holds
// other keywords too (they would change along).
import { ValidationError } from "../../core/errors.js";
import type { Actor, ServiceDeps } from "../context.js";
import { checkAction, checkContexts, checkExpiresIn, checkKeyword, filterActor, filtersChanged, ownKeyword } from "./rules.js";

export interface UpdatePhraseInput {
  keyword?: string | null;
  wholeWord?: boolean | null;
  contexts?: readonly string[] | null;
  action?: string | null;
  /** seconds from now; null: never expires; absent: unchanged */
  expiresIn?: number | null;
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

export async function updatePhraseFilter(deps: ServiceDeps, actor: Actor | null, keywordId: bigint, input: UpdatePhraseInput) {
  const who = filterActor(actor, "write");
  const keyword = input.keyword !== undefined && input.keyword !== null ? checkKeyword(input.keyword) : undefined;
  const contexts = input.contexts !== undefined && input.contexts !== null ? checkContexts(input.contexts) : undefined;
  const action = checkAction(input.action);
  const expiresAt = input.expiresIn !== undefined ? checkExpiresIn(input.expiresIn) : undefined;
  const updated = await deps.db.$transaction(async (tx) => {
    const found = await ownKeyword(tx, who, keywordId);
    const filter = found.filter;
    const settings = {
      ...(contexts && !sameSet(contexts, filter.contexts) ? { contexts } : {}),
      ...(action && action !== filter.action ? { action } : {}),
      ...(expiresAt !== undefined ? { expiresAt } : {}),
    };
    const alone = (await tx.filterKeyword.count({ where: { filterId: filter.id } })) === 1;
    if (Object.keys(settings).length && !alone) {
      throw new ValidationError("This filter has several keywords: change its settings with the v2 filters API", "context");
    }
    // A filter made through v1 is titled after its phrase: keep them together.
    const title = keyword !== undefined && alone && filter.title === found.keyword ? { title: keyword } : {};
    if (Object.keys(settings).length || Object.keys(title).length) {
      await tx.filter.update({ where: { id: filter.id }, data: { ...settings, ...title } });
    }
    return tx.filterKeyword.update({
      where: { id: found.id },
      data: {
        ...(keyword !== undefined ? { keyword } : {}),
        ...(input.wholeWord !== undefined && input.wholeWord !== null ? { wholeWord: input.wholeWord } : {}),
      },
      include: { filter: true },
    });
  });
  filtersChanged(deps, who);
  return updated;
}
