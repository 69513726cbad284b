// Domain names as admins and people type them, made into the host form accounts are stored
// with (lower case, punycode, host[:port]), and which accounts a domain rule covers.
import { ValidationError } from "../../core/errors.js";
import type { Prisma } from "../../generated/prisma/client.js";

/** `raw` (a domain, or a URL of one) as a host: lower case, IDN as punycode; ValidationError when it is not one. */
export function normalizeDomain(raw: unknown, field = "domain"): string {
  const invalid = () => new ValidationError("Domain is not a valid domain name", field);
  if (typeof raw !== "string" || !raw.trim()) throw new ValidationError("Domain can't be blank", field);
  const text = raw.trim().replace(/^https?:\/\//i, "").replace(/\/$/, "").replace(/\.$/, "");
  if (!text || text.length > 253 || /[\s/@?#\\]/.test(text)) throw invalid();
  let host: string;
  try {
    const url = new URL(`http://${text}`);
    if (url.username || url.password || url.pathname !== "/" || url.search || url.hash) throw invalid();
    host = url.host.toLowerCase();
  } catch {
    throw invalid();
  }
  if (!/^[a-z0-9.-]+(:\d{1,5})?$/.test(host)) throw invalid(); // (no LIKE wildcards: accountsOf)
  const labels = host.replace(/:\d+$/, "").split(".");
  if (labels.some((label) => label.length === 0 || label.length > 63)) throw invalid();
  return host;
}

/**
 * The accounts a rule for `domain` covers: that host, and (for a domain without a port) the
 * same host on any port and every subdomain, as services/domains/policy.ts matches hosts.
 */
export function accountsOf(domain: string): Prisma.AccountWhereInput {
  if (domain.includes(":")) return { domain };
  return {
    OR: [
      { domain },
      { domain: { startsWith: `${domain}:` } },
      { domain: { endsWith: `.${domain}` } },
      { domain: { contains: `.${domain}:` } },
    ],
  };
}
