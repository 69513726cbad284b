// OAuth-style token scopes: "read", "write", "follow", "push" and granular ones such as
// "read:statuses". A top-level scope grants its granular ones.

export function hasScope(granted: readonly string[], wanted: string): boolean {
  if (granted.includes(wanted)) return true;
  const [top] = wanted.split(":");
  if (top && granted.includes(top)) return true;
  // "follow" is Mastodon's legacy scope, implied by read + write.
  if (wanted === "follow") return granted.includes("write") && granted.includes("read");
  return false;
}
