// The one place that reads the environment. Parsed once at start; a bad value stops the
// server with a one-line message naming the variable.
import { resolve } from "node:path";

export type LogLevel = "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";

export interface Config {
  port: number;
  host: string;
  /** origin used in handles and URIs, without a trailing slash */
  publicUrl: string;
  /** the host part of publicUrl, as it appears in handles */
  domain: string;
  /** undefined: run an embedded PostgreSQL in dataDir */
  databaseUrl: string | undefined;
  dataDir: string;
  redisUrl: string | undefined;
  logLevel: LogLevel;
  maxStatusChars: number;
  /**
   * allow outbound fetches (federation) to loopback, private and link-local addresses:
   * for tests and two instances federating on one machine only
   */
  allowPrivateNetwork: boolean;
  /** Fixed port for the embedded PostgreSQL; 0 picks a free one. */
  embeddedPgPort: number;
  /** Mastodon API requests per token (or address) per 5 minutes; 0 turns the limit off. */
  apiRateLimit: number;
  /**
   * whether this process runs queued jobs (deliveries, inbox activities) and the periodic
   * tasks; false for web processes when separate `worker` processes do that
   */
  processJobs: boolean;
  /**
   * SMTP server for mail (nodemailer URL, smtp:// or smtps://, with user and password in it).
   * Unset: no mail is sent and nothing waits for one (addresses count as confirmed).
   */
  smtpUrl: string | undefined;
  /** the From: address of the server's mail */
  mailFrom: string;
}

export class ConfigError extends Error {
  constructor(variable: string, problem: string) {
    super(`invalid configuration: ${variable} ${problem}`);
    this.name = "ConfigError";
  }
}

type Env = Record<string, string | undefined>;

function intIn(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === "") return fallback;
  if (["1", "true", "yes", "on"].includes(raw)) return true;
  if (["0", "false", "no", "off"].includes(raw)) return false;
  throw new ConfigError(name, `must be true or false, got "${env[name]}"`);
}

function url(env: Env, name: string, protocols: string[]): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === "") return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, `must be a URL, got "${raw}"`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must start with ${protocols.map((p) => `${p}//`).join(" or ")}, got "${raw}"`);
  }
  return raw;
}

function mailFrom(env: Env, hostname: string): string {
  const raw = env.MAIL_FROM?.trim();
  if (!raw) return `Fedigraph <notifications@${hostname}>`;
  const address = /<([^<>]+)>\s*$/.exec(raw)?.[1] ?? raw;
  if (!/^[^\s@<>]+@[^\s@<>]+$/.test(address)) throw new ConfigError("MAIL_FROM", `must be an e-mail address (or Name <address>), got "${raw}"`);
  return raw;
}

const LOG_LEVELS: LogLevel[] = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

export function parseConfig(env: Env = process.env): Config {
  const port = intIn(env, "PORT", 3000, 0, 65535);
  const host = env.HOST || "127.0.0.1";
  const publicUrlRaw = url(env, "PUBLIC_URL", ["http:", "https:"]) ?? `http://localhost:${port}`;
  const publicUrl = new URL(publicUrlRaw);
  if (publicUrl.pathname !== "/" || publicUrl.search || publicUrl.hash) {
    throw new ConfigError("PUBLIC_URL", `must be an origin without a path, got "${publicUrlRaw}"`);
  }
  const logLevel = (env.LOG_LEVEL || "info").toLowerCase() as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError("LOG_LEVEL", `must be one of ${LOG_LEVELS.join(", ")}, got "${env.LOG_LEVEL}"`);
  }
  return {
    port,
    host,
    publicUrl: publicUrl.origin,
    domain: publicUrl.host,
    databaseUrl: url(env, "DATABASE_URL", ["postgres:", "postgresql:"]),
    dataDir: resolve(env.DATA_DIR || "./data"),
    redisUrl: url(env, "REDIS_URL", ["redis:", "rediss:"]),
    logLevel,
    maxStatusChars: intIn(env, "MAX_STATUS_CHARS", 500, 1, 100_000),
    // ALLOW_PRIVATE_ADDRESSES is the earlier name, still read when the new one is unset.
    allowPrivateNetwork: env.ALLOW_PRIVATE_NETWORK
      ? bool(env, "ALLOW_PRIVATE_NETWORK", false)
      : bool(env, "ALLOW_PRIVATE_ADDRESSES", false),
    embeddedPgPort: intIn(env, "EMBEDDED_PG_PORT", 0, 0, 65535),
    apiRateLimit: intIn(env, "API_RATE_LIMIT", 300, 0, 10_000_000),
    processJobs: bool(env, "PROCESS_JOBS", true),
    smtpUrl: url(env, "SMTP_URL", ["smtp:", "smtps:"]),
    mailFrom: mailFrom(env, publicUrl.hostname),
  };
}
