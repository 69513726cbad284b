import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../../src/config.js";

/** The ConfigError parseConfig throws for env (fails the test when it does not throw). */
function errorFor(env: Record<string, string | undefined>): ConfigError {
  try {
    parseConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error(`parseConfig accepted ${JSON.stringify(env)}`);
}

describe("parseConfig defaults", () => {
  it("works with an empty environment", () => {
    expect(parseConfig({})).toEqual({
      port: 3000,
      host: "127.0.0.1",
      publicUrl: "http://localhost:3000",
      domain: "localhost:3000",
      databaseUrl: undefined,
      dataDir: resolve("./data"),
      redisUrl: undefined,
      logLevel: "info",
      maxStatusChars: 500,
      allowPrivateNetwork: false,
      embeddedPgPort: 0,
      apiRateLimit: 300,
      processJobs: true,
      smtpUrl: undefined,
      mailFrom: "Fedigraph <notifications@localhost>",
    });
  });

  it("treats empty strings as unset", () => {
    const empty = Object.fromEntries(
      ["PORT", "HOST", "PUBLIC_URL", "DATABASE_URL", "DATA_DIR", "REDIS_URL", "LOG_LEVEL", "MAX_STATUS_CHARS",
        "ALLOW_PRIVATE_NETWORK", "ALLOW_PRIVATE_ADDRESSES", "EMBEDDED_PG_PORT"].map((name) => [name, ""]),
    );
    expect(parseConfig(empty)).toEqual(parseConfig({}));
  });

  it("resolves DATA_DIR to an absolute path", () => {
    expect(parseConfig({}).dataDir).toBe(resolve(process.cwd(), "data"));
    expect(parseConfig({ DATA_DIR: "some/dir" }).dataDir).toBe(resolve(process.cwd(), "some/dir"));
    expect(parseConfig({ DATA_DIR: "/var/lib/fedigraph" }).dataDir).toBe("/var/lib/fedigraph");
  });

  it("derives the default PUBLIC_URL from PORT", () => {
    const config = parseConfig({ PORT: "8080" });
    expect(config.port).toBe(8080);
    expect(config.publicUrl).toBe("http://localhost:8080");
    expect(config.domain).toBe("localhost:8080");
  });
});

describe("PORT", () => {
  it("accepts 0..65535", () => {
    expect(parseConfig({ PORT: "0" }).port).toBe(0);
    expect(parseConfig({ PORT: "65535" }).port).toBe(65535);
  });

  it.each(["abc", "-1", "80.5", " 80", "1e3", "0x50"])("rejects a non-number %j", (port) => {
    const error = errorFor({ PORT: port });
    expect(error.message).toBe(`invalid configuration: PORT must be a whole number, got "${port}"`);
  });

  it("rejects out-of-range ports", () => {
    expect(errorFor({ PORT: "65536" }).message).toBe(
      "invalid configuration: PORT must be between 0 and 65535, got 65536",
    );
  });
});

describe("PUBLIC_URL", () => {
  it("keeps the origin only, without a trailing slash", () => {
    const config = parseConfig({ PUBLIC_URL: "https://Social.Example.org/" });
    expect(config.publicUrl).toBe("https://social.example.org");
    expect(config.domain).toBe("social.example.org");
  });

  it("keeps a non-default port in the domain and drops a default one", () => {
    expect(parseConfig({ PUBLIC_URL: "https://example.org:8443" }).domain).toBe("example.org:8443");
    expect(parseConfig({ PUBLIC_URL: "https://example.org:443" }).publicUrl).toBe("https://example.org");
  });

  it.each(["https://example.org/social", "https://example.org/a/", "https://example.org/?x=1", "https://example.org/#top"])(
    "rejects a URL with a path, query or fragment: %s",
    (url) => {
      expect(errorFor({ PUBLIC_URL: url }).message).toBe(
        `invalid configuration: PUBLIC_URL must be an origin without a path, got "${url}"`,
      );
    },
  );

  it("rejects other schemes", () => {
    expect(errorFor({ PUBLIC_URL: "ftp://example.org" }).message).toBe(
      'invalid configuration: PUBLIC_URL must start with http:// or https://, got "ftp://example.org"',
    );
  });

  it("rejects text that is not a URL", () => {
    expect(errorFor({ PUBLIC_URL: "example.org" }).message).toBe(
      'invalid configuration: PUBLIC_URL must be a URL, got "example.org"',
    );
  });
});

describe("DATABASE_URL and REDIS_URL", () => {
  it("accepts postgres:// and postgresql://", () => {
    expect(parseConfig({ DATABASE_URL: "postgres://u:p@db:5432/fedi" }).databaseUrl).toBe("postgres://u:p@db:5432/fedi");
    expect(parseConfig({ DATABASE_URL: "postgresql://localhost/fedi" }).databaseUrl).toBe("postgresql://localhost/fedi");
  });

  it("rejects other schemes", () => {
    const error = errorFor({ DATABASE_URL: "mysql://localhost/fedi" });
    expect(error.message).toBe(
      'invalid configuration: DATABASE_URL must start with postgres:// or postgresql://, got "mysql://localhost/fedi"',
    );
    expect(errorFor({ DATABASE_URL: "localhost:5432" }).message).toMatch(/^invalid configuration: DATABASE_URL /);
  });

  it("accepts redis:// and rediss:// and rejects others", () => {
    expect(parseConfig({ REDIS_URL: "redis://localhost:6379" }).redisUrl).toBe("redis://localhost:6379");
    expect(parseConfig({ REDIS_URL: "rediss://r.example.org" }).redisUrl).toBe("rediss://r.example.org");
    expect(errorFor({ REDIS_URL: "http://localhost:6379" }).message).toMatch(
      /^invalid configuration: REDIS_URL must start with redis:\/\/ or rediss:\/\//,
    );
  });
});

describe("mail", () => {
  it("reads SMTP_URL (smtp:// or smtps://) and MAIL_FROM, and rejects others", () => {
    expect(parseConfig({ SMTP_URL: "smtps://user:secret@mail.example.org:465" }).smtpUrl).toBe("smtps://user:secret@mail.example.org:465");
    expect(parseConfig({ MAIL_FROM: "Our server <hello@example.org>" }).mailFrom).toBe("Our server <hello@example.org>");
    expect(parseConfig({ MAIL_FROM: "hello@example.org" }).mailFrom).toBe("hello@example.org");
    expect(parseConfig({ PUBLIC_URL: "https://social.example:8443" }).mailFrom).toBe("Fedigraph <notifications@social.example>");
    expect(errorFor({ SMTP_URL: "http://mail.example.org" }).message).toMatch(/^invalid configuration: SMTP_URL must start with smtp:\/\/ or smtps:\/\//);
    expect(errorFor({ MAIL_FROM: "not an address" }).message).toMatch(/^invalid configuration: MAIL_FROM must be an e-mail address/);
  });
});

describe("LOG_LEVEL", () => {
  it("accepts the pino levels, case-insensitively", () => {
    for (const level of ["fatal", "error", "warn", "info", "debug", "trace", "silent"]) {
      expect(parseConfig({ LOG_LEVEL: level }).logLevel).toBe(level);
    }
    expect(parseConfig({ LOG_LEVEL: "DEBUG" }).logLevel).toBe("debug");
  });

  it("rejects unknown levels, naming the choices", () => {
    expect(errorFor({ LOG_LEVEL: "verbose" }).message).toBe(
      'invalid configuration: LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "verbose"',
    );
  });
});

describe("MAX_STATUS_CHARS", () => {
  it("defaults to 500 and accepts 1..100000", () => {
    expect(parseConfig({}).maxStatusChars).toBe(500);
    expect(parseConfig({ MAX_STATUS_CHARS: "1" }).maxStatusChars).toBe(1);
    expect(parseConfig({ MAX_STATUS_CHARS: "5000" }).maxStatusChars).toBe(5000);
    expect(parseConfig({ MAX_STATUS_CHARS: "100000" }).maxStatusChars).toBe(100_000);
  });

  it("rejects zero, too large and non-numbers", () => {
    expect(errorFor({ MAX_STATUS_CHARS: "0" }).message).toBe(
      "invalid configuration: MAX_STATUS_CHARS must be between 1 and 100000, got 0",
    );
    expect(errorFor({ MAX_STATUS_CHARS: "100001" }).message).toMatch(/MAX_STATUS_CHARS must be between/);
    expect(errorFor({ MAX_STATUS_CHARS: "lots" }).message).toMatch(/MAX_STATUS_CHARS must be a whole number/);
  });
});

describe("other settings", () => {
  it("reads HOST as given", () => {
    expect(parseConfig({ HOST: "0.0.0.0" }).host).toBe("0.0.0.0");
  });

  it("reads ALLOW_PRIVATE_NETWORK as a boolean", () => {
    for (const yes of ["1", "true", "TRUE", "yes", "on"]) {
      expect(parseConfig({ ALLOW_PRIVATE_NETWORK: yes }).allowPrivateNetwork).toBe(true);
    }
    for (const no of ["0", "false", "no", "off"]) {
      expect(parseConfig({ ALLOW_PRIVATE_NETWORK: no }).allowPrivateNetwork).toBe(false);
    }
    expect(errorFor({ ALLOW_PRIVATE_NETWORK: "maybe" }).message).toBe(
      'invalid configuration: ALLOW_PRIVATE_NETWORK must be true or false, got "maybe"',
    );
  });

  it("still reads the earlier name ALLOW_PRIVATE_ADDRESSES; ALLOW_PRIVATE_NETWORK wins when both are set", () => {
    expect(parseConfig({ ALLOW_PRIVATE_ADDRESSES: "true" }).allowPrivateNetwork).toBe(true);
    expect(parseConfig({ ALLOW_PRIVATE_ADDRESSES: "true", ALLOW_PRIVATE_NETWORK: "false" }).allowPrivateNetwork).toBe(false);
    expect(parseConfig({ ALLOW_PRIVATE_ADDRESSES: "false", ALLOW_PRIVATE_NETWORK: "true" }).allowPrivateNetwork).toBe(true);
    expect(errorFor({ ALLOW_PRIVATE_ADDRESSES: "maybe" }).message).toBe(
      'invalid configuration: ALLOW_PRIVATE_ADDRESSES must be true or false, got "maybe"',
    );
  });

  it("reads EMBEDDED_PG_PORT", () => {
    expect(parseConfig({ EMBEDDED_PG_PORT: "54329" }).embeddedPgPort).toBe(54329);
    expect(errorFor({ EMBEDDED_PG_PORT: "70000" }).message).toMatch(/EMBEDDED_PG_PORT must be between 0 and 65535/);
  });

  it("ConfigError has its own name", () => {
    expect(errorFor({ PORT: "x" }).name).toBe("ConfigError");
  });
});

describe("API_RATE_LIMIT", () => {
  it("takes a whole number, 0 turning the limit off, and refuses anything else", () => {
    expect(parseConfig({ API_RATE_LIMIT: "0" }).apiRateLimit).toBe(0);
    expect(parseConfig({ API_RATE_LIMIT: "1000" }).apiRateLimit).toBe(1000);
    expect(() => parseConfig({ API_RATE_LIMIT: "lots" })).toThrow('invalid configuration: API_RATE_LIMIT must be a whole number, got "lots"');
  });
});
