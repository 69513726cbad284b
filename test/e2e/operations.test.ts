// Operations: bad configuration, a port in use, and a restart after kill -9.
import { createServer } from "node:net";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort, runCli, startServer } from "../support/server-process.js";

const dirs: string[] = [];
function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), "fedigraph-ops-"));
  dirs.push(dir);
  return dir;
}
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("configuration errors", () => {
  it.each([
    [{ PORT: "eighty" }, 'invalid configuration: PORT must be a whole number, got "eighty"'],
    [{ PUBLIC_URL: "example.org" }, 'invalid configuration: PUBLIC_URL must be a URL, got "example.org"'],
    [{ DATABASE_URL: "mysql://localhost/x" }, "invalid configuration: DATABASE_URL must start with postgres:// or postgresql://"],
    [{ LOG_LEVEL: "loud" }, "invalid configuration: LOG_LEVEL must be one of"],
    [{ REDIS_URL: "http://127.0.0.1:1" }, "invalid configuration: REDIS_URL must start with redis:// or rediss://"],
    [{ REDIS_URL: "redis://127.0.0.1:1", LOG_LEVEL: "silent" }, "fedigraph: REDIS_URL: cannot connect"],
  ])("%o stops the server with one clear line", async (env, message) => {
    const result = await runCli({ DATA_DIR: tempDir(), ...env });
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(message);
  });

  it("rejects an unknown command", async () => {
    const result = await runCli({}, ["frobnicate"]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(/^fedigraph: .*"frobnicate" is unknown/);
  });

  it("reports a port in use in one line and exits non-zero", async () => {
    const port = await freePort();
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(port, "127.0.0.1", resolve));
    try {
      const result = await runCli({ PORT: String(port), DATA_DIR: tempDir(), LOG_LEVEL: "silent" });
      expect(result.code).toBe(1);
      expect(result.stderr.trim()).toBe(`fedigraph: port ${port} on 127.0.0.1 is already in use (set PORT to another one)`);
    } finally {
      blocker.close();
    }
  });
});

describe("the embedded PostgreSQL", () => {
  it("starts again after the server was killed with SIGKILL", async () => {
    const dataDir = tempDir();
    const first = await startServer({ DATA_DIR: dataDir });
    first.child.kill("SIGKILL");
    await first.exited;
    // The orphaned PostgreSQL of the killed server must not block the next start.
    const second = await startServer({ DATA_DIR: dataDir });
    const ready = await fetch(`http://127.0.0.1:${second.port}/readyz`);
    expect(ready.status).toBe(200);
    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);
  });

  it("refuses a second server on the same DATA_DIR", async () => {
    const dataDir = tempDir();
    const first = await startServer({ DATA_DIR: dataDir });
    try {
      const result = await runCli({ DATA_DIR: dataDir, PORT: String(await freePort()), LOG_LEVEL: "silent" });
      expect(result.code).toBe(1);
      expect(result.stderr.trim()).toMatch(/^fedigraph: DATA_DIR .* is in use by another Fedigraph process \(pid \d+\)$/);
      const ready = await fetch(`http://127.0.0.1:${first.port}/readyz`);
      expect(ready.status).toBe(200);
    } finally {
      first.child.kill("SIGTERM");
      await first.exited;
    }
  });
});
