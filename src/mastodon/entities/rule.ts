// The Mastodon Rule entity (docs.joinmastodon.org/entities/Rule), and how instance info
// describes sign-up (Instance v2 `registrations`; v1 `registrations`, `approval_required`,
// `invites_enabled`), from the server's settings and rules.
import type { Rule } from "../../generated/prisma/client.js";
import { listRules } from "../../services/admin/rules.js";
import type { ServiceDeps } from "../../services/context.js";
import { getSettings, type Settings } from "../../services/settings.js";

export const toMastodonRule = (rule: Rule) => ({ id: String(rule.id), text: rule.text, hint: rule.hint });

const MESSAGES: Record<Settings["registrationsMode"], string | null> = {
  open: null,
  approval: null,
  invite: "<p>Sign-ups on this server need an invitation.</p>",
  closed: "<p>Sign-ups are closed on this server.</p>",
};

/** What instance info (v1 and v2) and nodeinfo say about joining. */
export async function signUpInfo(deps: ServiceDeps) {
  const [settings, rules] = await Promise.all([getSettings(deps), listRules(deps)]);
  const mode = settings.registrationsMode;
  // As Mastodon: invite-only counts as closed for the sign-up button; invitations still work.
  const enabled = mode === "open" || mode === "approval";
  return {
    rules: rules.map(toMastodonRule),
    /** Instance v2 `registrations` */
    registrations: {
      enabled,
      approval_required: mode === "approval",
      reason_required: mode === "approval",
      message: MESSAGES[mode],
      min_age: null,
      url: null,
    },
    /** Instance v1 fields */
    v1: {
      registrations: enabled,
      approval_required: mode === "approval",
      invites_enabled: mode !== "closed" && settings.invitesBy === "users",
    },
    openRegistrations: enabled,
  };
}
