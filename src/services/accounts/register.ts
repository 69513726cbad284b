import { ConflictError, ValidationError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import { accountUrls } from "../../core/urls.js";
import { hashPassword } from "../auth/passwords.js";
import { DEFAULT_SCOPES, issueToken } from "../auth/tokens.js";
import type { ServiceDeps } from "../context.js";
import { isUniqueViolation } from "../guards.js";

export interface RegisterInput {
  username: string;
  email: string;
  password: string;
  displayName?: string;
}

const USERNAME_RE = /^[a-z0-9_]+$/i;
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Names that would impersonate staff or collide with routes. */
const RESERVED = new Set([
  "admin", "administrator", "root", "support", "help", "webmaster", "hostmaster", "postmaster",
  "mod", "moderator", "moderators", "staff", "security", "abuse", "noreply", "no_reply",
  "api", "about", "auth", "oauth", "settings", "users", "tags", "inbox", "outbox", "nodeinfo",
  "instance", "actor", "system", "everyone", "here", "all", "graphql", "explore", "public", "home",
]);

export function validateUsername(username: string): string {
  if (!username) throw new ValidationError("Username can't be blank", "username");
  if (username.length > 30) throw new ValidationError("Username is too long (at most 30 characters)", "username");
  if (!USERNAME_RE.test(username)) {
    throw new ValidationError("Username may only contain letters, numbers and underscores", "username");
  }
  if (RESERVED.has(username.toLowerCase())) throw new ValidationError("This username is reserved", "username");
  return username;
}

function validate(input: RegisterInput) {
  const username = validateUsername(input.username.trim());
  const email = input.email.trim().toLowerCase();
  if (!EMAIL_RE.test(email) || email.length > 254) throw new ValidationError("E-mail address is not valid", "email");
  if (input.password.length < 8) throw new ValidationError("Password is too short (at least 8 characters)", "password");
  if (input.password.length > 1024) throw new ValidationError("Password is too long", "password");
  const displayName = (input.displayName ?? "").trim();
  if ([...displayName].length > 30) throw new ValidationError("Display name is too long (at most 30 characters)", "displayName");
  return { username, email, displayName };
}

export async function register(deps: ServiceDeps, input: RegisterInput) {
  const { username, email, displayName } = validate(input);
  const handleKey = `${username.toLowerCase()}@`;
  const [taken, emailTaken] = await Promise.all([
    deps.db.account.findUnique({ where: { handleKey }, select: { id: true } }),
    deps.db.credential.findUnique({ where: { email }, select: { accountId: true } }),
  ]);
  if (taken) throw new ConflictError("This username is taken", "username");
  if (emailTaken) throw new ConflictError("This e-mail address is already in use", "email");
  const passwordHash = await hashPassword(input.password);
  const id = newId();
  try {
    const account = await deps.db.account.create({
      data: {
        id,
        username,
        handleKey,
        displayName,
        ...accountUrls(deps.config.publicUrl, username),
        credential: { create: { email, passwordHash, lastActiveAt: new Date() } },
      },
    });
    const token = await issueToken(deps, id, DEFAULT_SCOPES);
    return { account, token };
  } catch (error) {
    // Two sign-ups raced for the same name or e-mail.
    if (isUniqueViolation(error)) throw new ConflictError("This username or e-mail address is taken");
    throw error;
  }
}
