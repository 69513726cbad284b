// The admin commands. Each checks its command line first (before any database is opened),
// then runs one service call as the server itself (SYSTEM): every change is in the audit log.
import { isDomainError } from "../core/errors.js";
import type { DomainSeverity } from "../generated/prisma/enums.js";
import { approveAccount, rejectAccount, unsuspendAccount } from "../services/admin/account-changes.js";
import { takeAccountAction } from "../services/admin/account-actions.js";
import { changeRole, createAccountWithRole, findLocalAccount, parseRole, resetPassword } from "../services/admin/cli-accounts.js";
import { SYSTEM } from "../services/admin/guards.js";
import type { ServiceDeps } from "../services/context.js";
import { createDomainAllow, deleteDomainAllow } from "../services/domains/allows.js";
import { createDomainBlock, deleteDomainBlock, DomainBlockExists, updateDomainBlock } from "../services/domains/blocks.js";
import { normalizeDomain } from "../services/domains/names.js";
import { getSettings, parseSetting, setSetting, SETTING_KEYS, type Settings } from "../services/settings.js";
import { choice, expectPositional, option, UsageError, type Parsed } from "./args.js";

export type Print = (line: string) => void;
export type Run = (deps: ServiceDeps, print: Print) => Promise<void>;

export interface Command {
  /** the words that name it, e.g. ["accounts", "create"] */
  words: string[];
  /** the rest of its usage line */
  args: string;
  summary: string;
  valued?: string[];
  flags?: string[];
  /** checks the command line (UsageError when wrong) and returns what to run */
  prepare(parsed: Parsed): Run;
}

/** A pure check of a value (a domain, a setting) reported as a wrong command line. */
function usage<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (isDomainError(error)) throw new UsageError(error.message);
    throw error;
  }
}

const ROLE_NAMES = ["user", "moderator", "admin"] as const;
const SEVERITIES = ["silence", "suspend", "noop"] as const;

/** An account verb on `<username>`: finds the local account, runs `act`, says `done`. */
function onAccount(words: string[], summary: string, act: (deps: ServiceDeps, id: bigint, parsed: Parsed) => Promise<unknown>, done: string, valued: string[] = []): Command {
  return {
    words,
    args: `<username>${valued.map((name) => ` [--${name} <${name}>]`).join("")}`,
    summary,
    valued,
    prepare(parsed) {
      const [username] = expectPositional(parsed, ["username"]);
      return async (deps, print) => {
        const account = await findLocalAccount(deps, username!);
        await act(deps, account.id, parsed);
        print(`${done} ${account.username}`);
      };
    },
  };
}

/** The key as typed (registrationsMode, registrations_mode, registrations-mode ...). */
function settingKey(raw: string): keyof Settings {
  const wanted = raw.replace(/[-_]/g, "").toLowerCase();
  const key = SETTING_KEYS.find((k) => k.toLowerCase() === wanted);
  if (!key) throw new UsageError(`unknown setting "${raw}"; settings are ${SETTING_KEYS.join(", ")}`);
  return key;
}

const show = (value: unknown) => (value === null ? "" : String(value));

async function domainBlockByName(deps: ServiceDeps, domain: string) {
  const block = await deps.db.domainBlock.findUnique({ where: { domain } });
  if (!block) throw new Error(`${domain} is not blocked`);
  return block;
}

export const COMMANDS: Command[] = [
  {
    words: ["accounts", "create"],
    args: "<username> --email <email> [--role user|moderator|admin] [--password <password>]",
    summary: "creates an approved account (prints the password when it made one)",
    valued: ["email", "role", "password"],
    prepare(parsed) {
      const [username] = expectPositional(parsed, ["username"]);
      const email = option(parsed, "email");
      if (!email) throw new UsageError("--email is required");
      const roleName = option(parsed, "role");
      const role = roleName ? parseRole(choice(roleName, ROLE_NAMES, "--role")) : "USER";
      const password = option(parsed, "password");
      return async (deps, print) => {
        const created = await createAccountWithRole(deps, SYSTEM, { username: username!, email, role, password });
        print(`Created ${created.account.username} (${role.toLowerCase()})`);
        if (created.generated) print(`New password: ${created.password}`);
      };
    },
  },
  onAccount(["accounts", "approve"], "lets an applicant in", (deps, id) => approveAccount(deps, SYSTEM, id), "Approved"),
  onAccount(["accounts", "reject"], "refuses an applicant (they are told the reason when they sign in)",
    (deps, id, parsed) => rejectAccount(deps, SYSTEM, id, option(parsed, "reason")), "Rejected", ["reason"]),
  onAccount(["accounts", "suspend"], "suspends an account",
    (deps, id, parsed) => takeAccountAction(deps, SYSTEM, id, { type: "suspend", text: option(parsed, "reason") }), "Suspended", ["reason"]),
  onAccount(["accounts", "unsuspend"], "lifts a suspension", (deps, id) => unsuspendAccount(deps, SYSTEM, id), "Unsuspended"),
  {
    words: ["accounts", "role"],
    args: "<username> user|moderator|admin",
    summary: "changes an account's role",
    prepare(parsed) {
      const [username, roleName] = expectPositional(parsed, ["username", "role"]);
      const role = parseRole(choice(roleName!, ROLE_NAMES, "the role"));
      return async (deps, print) => {
        const account = await findLocalAccount(deps, username!);
        await changeRole(deps, SYSTEM, account.id, role);
        print(`${account.username} is now ${role.toLowerCase()}`);
      };
    },
  },
  {
    words: ["accounts", "reset-password"],
    args: "<username>",
    summary: "sets a new password (printed) and signs the account out everywhere",
    prepare(parsed) {
      const [username] = expectPositional(parsed, ["username"]);
      return async (deps, print) => {
        const account = await findLocalAccount(deps, username!);
        print(`New password: ${await resetPassword(deps, SYSTEM, account.id)}`);
      };
    },
  },
  {
    words: ["domains", "block"],
    args: "<domain> [--severity suspend|silence|noop] [--reject-media] [--reject-reports] [--public-comment <text>] [--private-comment <text>] [--obfuscate]",
    summary: "blocks a server (default severity: suspend); blocking it again changes the block",
    valued: ["severity", "public-comment", "private-comment"],
    flags: ["reject-media", "reject-reports", "obfuscate"],
    prepare(parsed) {
      const [raw] = expectPositional(parsed, ["domain"]);
      const domain = usage(() => normalizeDomain(raw));
      const severityName = option(parsed, "severity");
      const severity = (severityName ? choice(severityName, SEVERITIES, "--severity") : "suspend").toUpperCase() as DomainSeverity;
      const input = {
        domain,
        severity,
        ...(parsed.options.has("reject-media") ? { rejectMedia: true } : {}),
        ...(parsed.options.has("reject-reports") ? { rejectReports: true } : {}),
        ...(parsed.options.has("obfuscate") ? { obfuscate: true } : {}),
        ...(option(parsed, "public-comment") !== undefined ? { publicComment: option(parsed, "public-comment") } : {}),
        ...(option(parsed, "private-comment") !== undefined ? { privateComment: option(parsed, "private-comment") } : {}),
      };
      return async (deps, print) => {
        try {
          await createDomainBlock(deps, SYSTEM, input);
          print(`Blocked ${domain} (${severity.toLowerCase()})`);
        } catch (error) {
          // The same domain again: the block changes (a parent domain's block is not touched).
          if (!(error instanceof DomainBlockExists) || error.existing.domain !== domain) throw error;
          const { domain: _domain, ...changes } = input;
          await updateDomainBlock(deps, SYSTEM, error.existing.id, changes);
          print(`Changed the block of ${domain} (${severity.toLowerCase()})`);
        }
      };
    },
  },
  {
    words: ["domains", "unblock"],
    args: "<domain>",
    summary: "lifts a server's block",
    prepare(parsed) {
      const [raw] = expectPositional(parsed, ["domain"]);
      const domain = usage(() => normalizeDomain(raw));
      return async (deps, print) => {
        await deleteDomainBlock(deps, SYSTEM, (await domainBlockByName(deps, domain)).id);
        print(`Unblocked ${domain}`);
      };
    },
  },
  {
    words: ["domains", "allow"],
    args: "<domain>",
    summary: "adds a server to the allow list (used when limitedFederation is true)",
    prepare(parsed) {
      const [raw] = expectPositional(parsed, ["domain"]);
      const domain = usage(() => normalizeDomain(raw));
      return async (deps, print) => {
        await createDomainAllow(deps, SYSTEM, domain);
        print(`Allowed ${domain}`);
      };
    },
  },
  {
    words: ["domains", "disallow"],
    args: "<domain>",
    summary: "removes a server from the allow list",
    prepare(parsed) {
      const [raw] = expectPositional(parsed, ["domain"]);
      const domain = usage(() => normalizeDomain(raw));
      return async (deps, print) => {
        const allow = await deps.db.domainAllow.findUnique({ where: { domain } });
        if (!allow) throw new Error(`${domain} is not on the allow list`);
        await deleteDomainAllow(deps, SYSTEM, allow.id);
        print(`Disallowed ${domain}`);
      };
    },
  },
  {
    words: ["settings", "get"],
    args: "[key]",
    summary: `shows the settings, or one (${SETTING_KEYS.join(", ")})`,
    prepare(parsed) {
      const [raw] = expectPositional(parsed, [], ["key"]);
      const key = raw === undefined ? undefined : settingKey(raw);
      return async (deps, print) => {
        const settings = await getSettings(deps);
        if (key) print(show(settings[key]));
        else for (const name of SETTING_KEYS) print(`${name}=${show(settings[name])}`);
      };
    },
  },
  {
    words: ["settings", "set"],
    args: "<key> <value>",
    summary: "changes a setting (an empty value clears closingAt)",
    prepare(parsed) {
      const [raw, value] = expectPositional(parsed, ["key", "value"]);
      const key = settingKey(raw!);
      const parsedValue = usage(() => parseSetting(key, value));
      return async (deps, print) => {
        const settings = await setSetting(deps, SYSTEM, key, parsedValue);
        print(`${key}=${show(settings[key])}`);
      };
    },
  },
];
