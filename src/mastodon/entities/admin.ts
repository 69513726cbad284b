// Mastodon's admin entities: Admin::Account (docs.joinmastodon.org/entities/Admin_Account),
// its Role (entities/Role) and Admin::Report (entities/Admin_Report).
import type { Role } from "../../generated/prisma/enums.js";
import type { AdminAccount } from "../../services/admin/accounts.js";
import type { ReportDetails } from "../../services/admin/reports.js";
import type { RequestState } from "../context.js";
import { toMastodonAccount } from "./account.js";
import { reportFields } from "./report.js";
import { toMastodonStatus } from "./status.js";

/**
 * Our three roles as Mastodon's default ones: everyone (-99), Moderator and Admin; the
 * permissions are Mastodon's bit flags (Admin: all of them, administrator included).
 */
export const MASTODON_ROLES: Record<Role, { id: number; name: string; color: string; permissions: number; highlighted: boolean }> = {
  USER: { id: -99, name: "", color: "", permissions: 0x10000, highlighted: false },
  // view audit log, view dashboard, manage reports, manage taxonomies, manage users, invite users
  MODERATOR: { id: 1, name: "Moderator", color: "", permissions: 0x4 | 0x8 | 0x10 | 0x100 | 0x400 | 0x10000, highlighted: true },
  ADMIN: { id: 2, name: "Admin", color: "", permissions: 0xfffff, highlighted: true },
};

/** role_ids[] of GET /api/v2/admin/accounts, back to our roles (unknown ids match nobody). */
export function rolesOfIds(ids: string[]): Role[] {
  return (Object.keys(MASTODON_ROLES) as Role[]).filter((role) => ids.includes(String(MASTODON_ROLES[role].id)));
}

export function toAdminAccount(account: AdminAccount, origin: string, domain: string) {
  const credential = account.credential;
  return {
    id: String(account.id),
    username: account.username,
    domain: account.domain,
    created_at: (credential?.createdAt ?? account.createdAt).toISOString(),
    email: credential?.email ?? null,
    // Sign-in addresses are not kept.
    ip: null,
    ips: [],
    role: MASTODON_ROLES[credential?.role ?? "USER"],
    confirmed: !!credential?.confirmedAt,
    suspended: account.suspendedAt !== null,
    silenced: account.silencedAt !== null,
    sensitized: account.sensitizedAt !== null,
    disabled: !!credential?.disabledAt,
    approved: !!credential?.approved,
    locale: null,
    invite_request: credential?.signUpReason || null,
    account: {
      ...toMastodonAccount(account, origin, domain),
      ...(account.suspendedAt ? { suspended: true } : {}),
      ...(account.silencedAt ? { limited: true } : {}),
    },
  };
}

export async function toAdminReport(state: RequestState, details: ReportDetails) {
  const { report } = details;
  const { origin } = state;
  const domain = state.services.deps.config.domain;
  const admin = (account: AdminAccount | null) => (account ? toAdminAccount(account, origin, domain) : null);
  return {
    ...reportFields(report),
    updated_at: report.updatedAt.toISOString(),
    account: admin(details.account),
    target_account: admin(details.targetAccount),
    assigned_account: admin(details.assignedAccount),
    action_taken_by_account: admin(details.actionTakenBy),
    statuses: await Promise.all(details.statuses.map((status) => toMastodonStatus(state, status))),
    rules: details.rules.map((rule) => ({ id: String(rule.id), text: rule.text, hint: rule.hint })),
  };
}
