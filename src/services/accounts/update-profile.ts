import { ValidationError } from "../../core/errors.js";
import { escapeHtml, renderText } from "../../core/text.js";
import { tagUrl } from "../../core/urls.js";
import type { Actor, ServiceDeps } from "../context.js";
import { requireActor } from "../guards.js";
import { storeProfileImage, type UploadedImage } from "../media/profile-image.js";
import { keepForOutbox } from "../outbox-events.js";

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
  /** a new image, or null to go back to the default one */
  avatar?: UploadedImage | null;
  header?: UploadedImage | null;
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
  // Images last: once every other value is valid, store them; on failure, remove what was stored.
  const stored: string[] = [];
  try {
    for (const kind of ["avatar", "header"] as const) {
      const image = input[kind];
      if (image === undefined) continue;
      const key = image === null ? null : await storeProfileImage(deps.storage, who.accountId, kind, image);
      if (key) stored.push(key);
      data[kind === "avatar" ? "avatarUrl" : "headerUrl"] = key ? deps.storage.url(key) : null;
    }
    const before = stored.length || input.avatar === null || input.header === null
      ? await deps.db.account.findUniqueOrThrow({ where: { id: who.accountId }, select: { avatarUrl: true, headerUrl: true } })
      : null;
    const changed = Object.keys(data).length > 0;
    const event = { type: "account.updated", accountId: String(who.accountId) } as const;
    const [updated] = await deps.db.$transaction([
      deps.db.account.update({ where: { id: who.accountId }, data }),
      ...(changed ? [keepForOutbox(deps.db, event)] : []),
    ]);
    if (before) await removeReplaced(deps, [before.avatarUrl, before.headerUrl], [updated.avatarUrl, updated.headerUrl]);
    if (changed) deps.events.publish(event);
    return updated;
  } catch (error) {
    await Promise.all(stored.map((key) => deps.storage.delete(key).catch(() => undefined)));
    throw error;
  }
}

/** Our own files that an update replaced are deleted. */
async function removeReplaced(deps: ServiceDeps, before: (string | null)[], after: (string | null)[]) {
  const prefix = deps.storage.url("");
  for (const url of before) {
    if (url && url.startsWith(prefix) && !after.includes(url)) await deps.storage.delete(url.slice(prefix.length)).catch(() => undefined);
  }
}
