// Instance settings an admin changes at run time (the `settings` table), with their defaults
// and validation. Each process keeps them for 10 s (at once in the process that changed them).
import { ValidationError } from "../core/errors.js";
import type { Actor, ServiceDeps } from "./context.js";
import { requireStaff } from "./admin/guards.js";
import { audit } from "./admin/audit.js";

export interface Settings {
  /** open: anyone; approval: a moderator approves each applicant; invite: invitation links only; closed: nobody */
  registrationsMode: "open" | "approval" | "invite" | "closed";
  /** who may create invitation links */
  invitesBy: "users" | "moderators" | "admins";
  /** who may see the list of blocked servers: everyone, signed-in people, or admins only */
  domainBlocksVisibility: "all" | "users" | "admins";
  /** limited federation: only servers on the allow list federate, both ways */
  limitedFederation: boolean;
  /** when the server closes (ISO date-time), shown in instance info and as an announcement; null: not closing */
  closingAt: string | null;
}

export const DEFAULT_SETTINGS: Settings = {
  registrationsMode: "open",
  invitesBy: "users",
  domainBlocksVisibility: "all",
  limitedFederation: false,
  closingAt: null,
};

const CHOICES: Partial<Record<keyof Settings, readonly string[]>> = {
  registrationsMode: ["open", "approval", "invite", "closed"],
  invitesBy: ["users", "moderators", "admins"],
  domainBlocksVisibility: ["all", "users", "admins"],
};

const TTL_MS = 10_000;
const cache = new WeakMap<object, { at: number; settings: Promise<Settings> }>();

async function load(deps: ServiceDeps): Promise<Settings> {
  const rows = await deps.db.setting.findMany();
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const row of rows) if (row.key in DEFAULT_SETTINGS) settings[row.key] = row.value;
  return settings as unknown as Settings;
}

export async function getSettings(deps: ServiceDeps): Promise<Settings> {
  const entry = cache.get(deps.db);
  if (entry && Date.now() - entry.at < TTL_MS) return entry.settings;
  const settings = load(deps);
  cache.set(deps.db, { at: Date.now(), settings });
  settings.catch(() => cache.delete(deps.db));
  return settings;
}

/** Parses a value given as text (CLI, forms) or JSON for `key`; ValidationError when it does not fit. */
export function parseSetting<K extends keyof Settings>(key: K, raw: unknown): Settings[K] {
  if (!(key in DEFAULT_SETTINGS)) throw new ValidationError(`Unknown setting "${String(key)}"`, "key");
  const choices = CHOICES[key];
  if (choices) {
    if (typeof raw !== "string" || !choices.includes(raw)) throw new ValidationError(`${key} must be one of ${choices.join(", ")}`, key);
    return raw as Settings[K];
  }
  if (key === "limitedFederation") {
    if (raw === true || raw === "true") return true as Settings[K];
    if (raw === false || raw === "false") return false as Settings[K];
    throw new ValidationError("limitedFederation must be true or false", key);
  }
  if (key === "closingAt") {
    if (raw === null || raw === "" || raw === "null") return null as Settings[K];
    const date = typeof raw === "string" ? new Date(raw) : null;
    if (!date || Number.isNaN(date.getTime())) throw new ValidationError("closingAt must be a date (ISO 8601) or empty", key);
    return date.toISOString() as Settings[K];
  }
  throw new ValidationError(`Unknown setting "${String(key)}"`, "key");
}

export const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

/** Changes one setting (admins only); returns all of them. */
export async function setSetting(deps: ServiceDeps, actor: Actor | null, key: string, raw: unknown): Promise<Settings> {
  const who = requireStaff(actor, "admin", "admin:write");
  const value = parseSetting(key as keyof Settings, raw);
  await deps.db.$transaction(async (tx) => {
    await tx.setting.upsert({ where: { key }, create: { key, value: value as never }, update: { value: value as never } });
    await audit(tx, who, { action: "setting.update", targetType: "setting", targetId: key, data: { value } });
  });
  cache.delete(deps.db);
  return getSettings(deps);
}
