import { ValidationError } from "./errors.js";

// OAuth-style token scopes: "read", "write", "follow", "push" and granular ones such as
// "read:statuses". A top-level scope grants its granular ones.

export function hasScope(granted: readonly string[], wanted: string): boolean {
  if (granted.includes(wanted)) return true;
  // A scope grants the scopes below it: read → read:statuses, admin:write → admin:write:accounts.
  const parts = wanted.split(":");
  for (let i = parts.length - 1; i >= 1; i--) {
    if (granted.includes(parts.slice(0, i).join(":"))) return true;
  }
  // "follow" is Mastodon's legacy scope, implied by read + write.
  if (wanted === "follow") return granted.includes("write") && granted.includes("read");
  return false;
}

const TOP = new Set(["read", "write", "follow", "push", "profile"]);
const GRANULAR = /^(read|write|admin:read|admin:write):[a-z_:]+$|^admin:(read|write)$/;

/** Parses a space-separated scope list; throws on an unknown scope. */
export function parseScopes(text: string): string[] {
  const scopes = [...new Set(text.split(/[\s+]+/).filter(Boolean))];
  if (scopes.length === 0) return ["read"];
  for (const scope of scopes) {
    if (!TOP.has(scope) && !GRANULAR.test(scope)) throw new ValidationError(`Unknown scope "${scope}"`, "scope");
  }
  return scopes;
}

/** True when every scope asked for is covered by the allowed ones. */
export function scopesWithin(asked: readonly string[], allowed: readonly string[]): boolean {
  return asked.every((scope) => hasScope(allowed, scope));
}
