import { ValidationError } from "../../core/errors.js";
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

export interface NewKeyword {
  keyword: string;
  /** default true */
  wholeWord?: boolean | null;
}

export interface CreateFilterInput {
  title: string;
  /** home, notifications, public, thread, account: at least one */
  contexts: readonly string[];
  /** WARN (default), HIDE or BLUR, any case */
  action?: string | null;
  /** seconds from now; null or absent: never expires */
  expiresIn?: number | null;
  keywords?: readonly NewKeyword[] | null;
}

/** Creates a filter with its keywords, all or nothing. */
export async function createFilter(deps: ServiceDeps, actor: Actor | null, input: CreateFilterInput): Promise<FilterRecord> {
  const who = filterActor(actor, "write");
  const title = checkTitle(input.title);
  const contexts = checkContexts(input.contexts);
  const action = checkAction(input.action) ?? "WARN";
  const expiresAt = checkExpiresIn(input.expiresIn);
  const keywords = (input.keywords ?? []).map((k) => ({ keyword: checkKeyword(k.keyword), wholeWord: k.wholeWord ?? true }));
  if (keywords.length > MAX_KEYWORDS) throw new ValidationError(`A filter holds at most ${MAX_KEYWORDS} keywords`, "keywords");
  const id = newId();
  const created = await deps.db.$transaction(async (tx) => {
    await tx.filter.create({ data: { id, accountId: who.accountId, title, contexts, action, expiresAt } });
    if (keywords.length) await tx.filterKeyword.createMany({ data: keywords.map((k) => ({ id: newId(), filterId: id, ...k })) });
    return ownFilterRecord(tx, who, id);
  });
  filtersChanged(deps, who);
  return created;
}
