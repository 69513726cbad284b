// The server's rules: shown in instance info and at sign-up (which must accept them when
// there are any), cited by reports. Admins write them; every change is audited.
import { NotFoundError, ValidationError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import type { Rule } from "../../generated/prisma/client.js";
import type { Actor, ServiceDeps } from "../context.js";
import { requireStaff } from "./guards.js";
import { audit } from "./audit.js";

export interface RuleInput {
  text?: string | null;
  hint?: string | null;
  /** order among the rules, lowest first; absent on creation: after the last one */
  position?: number | null;
}

const MAX_TEXT = 300;
const MAX_HINT = 2000;

/** The rules in their order. */
export function listRules(deps: Pick<ServiceDeps, "db">): Promise<Rule[]> {
  return deps.db.rule.findMany({ orderBy: [{ position: "asc" }, { id: "asc" }] });
}

function checked(input: RuleInput, creating: boolean) {
  const text = input.text?.trim();
  const hint = input.hint?.trim();
  if (creating || input.text != null) {
    if (!text) throw new ValidationError("A rule's text can't be blank", "text");
    if ([...text].length > MAX_TEXT) throw new ValidationError(`A rule's text is too long (at most ${MAX_TEXT} characters)`, "text");
  }
  if (hint && [...hint].length > MAX_HINT) throw new ValidationError(`A rule's hint is too long (at most ${MAX_HINT} characters)`, "hint");
  const position = input.position;
  if (position != null && (!Number.isInteger(position) || position < 0 || position > 100_000)) {
    throw new ValidationError("position must be a whole number from 0 to 100000", "position");
  }
  return {
    ...(text ? { text } : {}),
    ...(hint != null ? { hint } : {}),
    ...(position != null ? { position } : {}),
  };
}

export async function createRule(deps: ServiceDeps, actor: Actor | null, input: RuleInput): Promise<Rule> {
  const who = requireStaff(actor, "admin", "admin:write");
  const data = checked(input, true);
  return deps.db.$transaction(async (tx) => {
    const last = await tx.rule.aggregate({ _max: { position: true } });
    const rule = await tx.rule.create({
      data: { id: newId(), text: data.text!, hint: data.hint ?? "", position: data.position ?? (last._max.position ?? -1) + 1 },
    });
    await audit(tx, who, { action: "rule.create", targetType: "rule", targetId: rule.id, data: { text: rule.text, hint: rule.hint } });
    return rule;
  });
}

export async function updateRule(deps: ServiceDeps, actor: Actor | null, id: bigint, input: RuleInput): Promise<Rule> {
  const who = requireStaff(actor, "admin", "admin:write");
  const data = checked(input, false);
  return deps.db.$transaction(async (tx) => {
    const found = await tx.rule.findUnique({ where: { id } });
    if (!found) throw new NotFoundError("Rule");
    const rule = await tx.rule.update({ where: { id }, data });
    await audit(tx, who, { action: "rule.update", targetType: "rule", targetId: id, data: { ...data } });
    return rule;
  });
}

/** Deletes a rule; returns what it was. */
export async function deleteRule(deps: ServiceDeps, actor: Actor | null, id: bigint): Promise<Rule> {
  const who = requireStaff(actor, "admin", "admin:write");
  return deps.db.$transaction(async (tx) => {
    const found = await tx.rule.findUnique({ where: { id } });
    if (!found) throw new NotFoundError("Rule");
    await tx.rule.delete({ where: { id } });
    await audit(tx, who, { action: "rule.delete", targetType: "rule", targetId: id, data: { text: found.text } });
    return found;
  });
}
