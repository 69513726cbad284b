import { ValidationError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import type { Actor, ServiceDeps } from "../context.js";
import { checkPolicy, checkTitle, MAX_LISTS, requireListScope } from "./guards.js";

export interface CreateListInput {
  title: string;
  /** followed, list (the default) or none */
  repliesPolicy?: string | null;
  /** keep members' posts out of the home timeline */
  exclusive?: boolean | null;
}

export async function createList(deps: ServiceDeps, actor: Actor | null, input: CreateListInput) {
  const who = requireListScope(actor, "write");
  const title = checkTitle(input.title);
  const repliesPolicy = input.repliesPolicy != null ? checkPolicy(input.repliesPolicy) : "LIST";
  if ((await deps.db.list.count({ where: { accountId: who.accountId } })) >= MAX_LISTS) {
    throw new ValidationError(`You can't have more than ${MAX_LISTS} lists`, "title");
  }
  return deps.db.list.create({
    data: { id: newId(), accountId: who.accountId, title, repliesPolicy, exclusive: input.exclusive ?? false },
  });
}
