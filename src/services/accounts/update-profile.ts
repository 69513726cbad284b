import { ValidationError } from "../../core/errors.js";
import { escapeHtml, renderText } from "../../core/text.js";
import { tagUrl } from "../../core/urls.js";
import type { Actor, ServiceDeps } from "../context.js";
import { requireActor } from "../guards.js";

export interface ProfileField {
  name: string;
  value: string;
}

export interface UpdateProfileInput {
  displayName?: string | null;
  note?: string | null;
  fields?: ProfileField[] | null;
  locked?: boolean | null;
  bot?: boolean | null;
  discoverable?: boolean | null;
}

const MAX_FIELDS = 4;

function length(text: string) {
  return [...text].length;
}

export async function updateProfile(deps: ServiceDeps, actor: Actor | null, input: UpdateProfileInput) {
  const who = requireActor(actor, "write");
  const data: Record<string, unknown> = {};
  if (input.displayName != null) {
    const displayName = input.displayName.trim();
    if (length(displayName) > 30) throw new ValidationError("Display name is too long (at most 30 characters)", "displayName");
    data.displayName = displayName;
  }
  if (input.note != null) {
    if (length(input.note) > 500) throw new ValidationError("Bio is too long (at most 500 characters)", "note");
    data.noteSource = input.note;
    data.noteHtml = renderText(input.note, {
      mentionUrl: () => undefined,
      tagUrl: (tag) => tagUrl(deps.config.publicUrl, tag),
    });
  }
  if (input.fields != null) {
    if (input.fields.length > MAX_FIELDS) throw new ValidationError(`At most ${MAX_FIELDS} profile fields`, "fields");
    for (const field of input.fields) {
      if (!field.name.trim()) throw new ValidationError("Profile field names can't be blank", "fields");
      if (length(field.name) > 255 || length(field.value) > 255) {
        throw new ValidationError("Profile fields are limited to 255 characters", "fields");
      }
    }
    data.fields = input.fields.map((field) => ({
      name: field.name.trim(),
      value: field.value.trim(),
      valueHtml: /^https?:\/\/\S+$/.test(field.value.trim())
        ? `<a href="${escapeHtml(field.value.trim())}" target="_blank" rel="nofollow noopener noreferrer me">${escapeHtml(field.value.trim())}</a>`
        : escapeHtml(field.value.trim()),
      verifiedAt: null,
    }));
  }
  for (const flag of ["locked", "bot", "discoverable"] as const) {
    if (input[flag] != null) data[flag] = input[flag];
  }
  return deps.db.account.update({ where: { id: who.accountId }, data });
}
