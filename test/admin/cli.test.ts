// The admin CLI, run for real as a child process (`node --import tsx src/main.ts admin ...`):
// against a database named by DATABASE_URL, and against the embedded PostgreSQL in DATA_DIR,
// both when it starts the cluster itself and when a running server owns it.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowCounts } from "../support/api.js";
import { createDatabase, startTestApp, type TestApp } from "../support/app.js";
import { graphql } from "../generated/gql.js";
import { Login } from "../support/documents.js";
import { runCli, startServer } from "../support/server-process.js";

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "fedigraph-cli-"));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const Apply = graphql(`
  mutation CliApply($username: String!, $email: String!, $password: String!, $reason: String) {
    register(username: $username, email: $email, password: $password, reason: $reason) {
      __typename
      ... on MutationRegisterSuccess { data { approvalPending } }
      ... on Error { message }
    }
  }
`);

const passwordIn = (stdout: string) => /New password: (\S+)/.exec(stdout)?.[1];

describe("with DATABASE_URL", { timeout: 120_000 }, () => {
  let t: TestApp;
  let env: Record<string, string>;
  const admin = (...args: string[]) => runCli(env, ["admin", ...args]);
  beforeAll(async () => {
    const databaseUrl = await createDatabase();
    env = { DATABASE_URL: databaseUrl, DATA_DIR: tempDir(), LOG_LEVEL: "silent" };
    t = await startTestApp({}, { databaseUrl });
  });
  afterAll(() => t?.close());

  const login = async (email: string, password: string) => (await t.gql(Login, { email, password })).data!.login;
  const credential = (username: string) => t.app.deps.db.credential.findFirstOrThrow({ where: { account: { username } } });

  it("creates the first admin, who can sign in with the printed password", async () => {
    const created = await admin("accounts", "create", "alice", "--email", "alice@example.org", "--role", "admin");
    expect(created, created.stderr).toMatchObject({ code: 0, stderr: "" });
    expect(created.stdout).toContain("Created alice (admin)");
    const password = passwordIn(created.stdout)!;
    expect(password).toMatch(/^\S{16,}$/);
    const signedIn = await login("alice@example.org", password);
    expect(signedIn).toMatchObject({ __typename: "MutationLoginSuccess", data: { account: { username: "alice" } } });
    expect(await credential("alice")).toMatchObject({ role: "ADMIN", approved: true, confirmedAt: expect.any(Date) });
    const entry = await t.app.deps.db.auditLogEntry.findFirstOrThrow({ where: { action: "account.create" } });
    expect(entry).toMatchObject({ accountId: null, targetType: "account", data: { role: "ADMIN" } });

    // A given password is not printed; a taken name fails (1) and writes nothing.
    const bob = await admin("accounts", "create", "bob", "--email", "bob@example.org", "--password", "bob's long password");
    expect(bob).toMatchObject({ code: 0 });
    expect(bob.stdout).not.toContain("New password");
    const before = await rowCounts(t);
    const again = await admin("accounts", "create", "Bob", "--email", "other@example.org");
    expect(again.code).toBe(1);
    expect(again.stderr.trim()).toBe("fedigraph admin: This username is taken");
    expect(await rowCounts(t)).toEqual(before);
  });

  it("changes a role, refusing an unknown one without writing", async () => {
    const changed = await admin("accounts", "role", "bob", "moderator");
    expect(changed).toMatchObject({ code: 0, stdout: "bob is now moderator\n" });
    expect((await credential("bob")).role).toBe("MODERATOR");
    expect(await t.app.deps.db.auditLogEntry.findFirst({ where: { action: "account.change_role" } })).toMatchObject({ accountId: null, data: { from: "USER", to: "MODERATOR" } });

    const before = await rowCounts(t);
    const [badRole, unknownUser, noCommand] = await Promise.all([
      admin("accounts", "role", "bob", "superuser"),
      admin("accounts", "role", "nobody", "admin"),
      admin("accounts", "promote", "bob"),
    ]);
    expect(badRole.code).toBe(2);
    expect(badRole.stderr.trim().split("\n")).toHaveLength(1);
    expect(badRole.stderr).toContain('the role must be one of user, moderator, admin, got "superuser"');
    expect(unknownUser).toMatchObject({ code: 1, stderr: 'fedigraph admin: Local account "nobody" not found\n' });
    expect(noCommand.code).toBe(2);
    expect(noCommand.stderr).toContain('unknown command "accounts promote"');
    expect(await rowCounts(t)).toEqual(before);
    expect((await credential("bob")).role).toBe("MODERATOR");
  });

  it("sets and gets settings; a bad value is refused and nothing written", async () => {
    const before = await rowCounts(t);
    const [badValue, badKey] = await Promise.all([
      admin("settings", "set", "registrationsMode", "sometimes"),
      admin("settings", "get", "colour"),
    ]);
    expect(badValue.code).toBe(2);
    expect(badValue.stderr).toMatch(/^fedigraph admin: registrationsMode must be one of open, approval, invite, closed/);
    expect(badValue.stderr.trim().split("\n")).toHaveLength(1);
    expect(badKey.code).toBe(2);
    expect(badKey.stderr).toContain('unknown setting "colour"');
    expect(await rowCounts(t)).toEqual(before);

    expect(await admin("settings", "set", "registrations_mode", "approval")).toMatchObject({ code: 0, stdout: "registrationsMode=approval\n" });
    expect(await admin("settings", "get", "registrationsMode")).toMatchObject({ code: 0, stdout: "approval\n" });
    const all = await admin("settings", "get");
    expect(all.stdout).toContain("registrationsMode=approval\ninvitesBy=users\n");
    expect(await t.app.deps.db.auditLogEntry.findFirst({ where: { action: "setting.update" } })).toMatchObject({ accountId: null, targetId: "registrationsMode" });
  });

  it("approves and rejects applicants", async () => {
    // registrationsMode is approval since the test before (the app reads settings when first asked).
    for (const username of ["carol", "dave"]) {
      const applied = (await t.gql(Apply, { username, email: `${username}@example.org`, password: "a long password", reason: "hello" })).data!.register;
      expect(applied).toMatchObject({ __typename: "MutationRegisterSuccess", data: { approvalPending: true } });
    }
    expect(await login("carol@example.org", "a long password")).toMatchObject({ message: "Your account is pending approval" });

    const [approved, rejected] = await Promise.all([
      admin("accounts", "approve", "carol"),
      admin("accounts", "reject", "dave", "--reason", "Not this time"),
    ]);
    expect(approved, approved.stderr).toMatchObject({ code: 0, stdout: "Approved carol\n" });
    expect(rejected, rejected.stderr).toMatchObject({ code: 0, stdout: "Rejected dave\n" });
    expect(await login("carol@example.org", "a long password")).toMatchObject({ __typename: "MutationLoginSuccess" });
    expect(await login("dave@example.org", "a long password")).toMatchObject({ message: "Your application was refused: Not this time" });
    expect((await admin("accounts", "approve", "carol")).code).toBe(1);
  });

  it("resets a password (signing the account out) and blocks a domain", async () => {
    const before = await login("bob@example.org", "bob's long password");
    if (before.__typename !== "MutationLoginSuccess") throw new Error(JSON.stringify(before));
    const [reset, blocked, badDomain] = await Promise.all([
      admin("accounts", "reset-password", "bob"),
      admin("domains", "block", "spam.example", "--severity", "silence", "--public-comment", "spam"),
      admin("domains", "block", "not a domain"),
    ]);
    expect(reset, reset.stderr).toMatchObject({ code: 0 });
    const password = passwordIn(reset.stdout)!;
    expect(await t.app.deps.db.accessToken.count({ where: { account: { username: "bob" } } })).toBe(0);
    expect(await login("bob@example.org", "bob's long password")).toMatchObject({ __typename: "UnauthenticatedError" });
    expect(await login("bob@example.org", password)).toMatchObject({ __typename: "MutationLoginSuccess" });

    expect(blocked, blocked.stderr).toMatchObject({ code: 0, stdout: "Blocked spam.example (silence)\n" });
    expect(await t.app.deps.db.domainBlock.findUnique({ where: { domain: "spam.example" } })).toMatchObject({ severity: "SILENCE", publicComment: "spam" });
    expect(await t.app.deps.db.auditLogEntry.findFirst({ where: { action: "domain_block.create" } })).toMatchObject({ accountId: null });
    expect(badDomain.code).toBe(2);

    expect(await admin("domains", "block", "spam.example")).toMatchObject({ code: 0, stdout: "Changed the block of spam.example (suspend)\n" });
    expect(await admin("domains", "unblock", "spam.example")).toMatchObject({ code: 0 });
    expect(await t.app.deps.db.domainBlock.count()).toBe(0);
    expect(await admin("domains", "unblock", "spam.example")).toMatchObject({ code: 1, stderr: "fedigraph admin: spam.example is not blocked\n" });
  });
});

describe("with the embedded PostgreSQL in DATA_DIR", () => {
  it("starts the cluster for a command when no server runs, and uses the server's when one does", async () => {
    const dataDir = tempDir();
    const env = { DATA_DIR: dataDir, LOG_LEVEL: "silent" };
    const created = await runCli(env, ["admin", "accounts", "create", "root", "--email", "root@example.org", "--role", "admin"]);
    expect(created, created.stderr).toMatchObject({ code: 0 });
    const password = passwordIn(created.stdout)!;
    // Stopped again, and the DATA_DIR released.
    expect(existsSync(join(dataDir, "postgres", "postmaster.pid"))).toBe(false);
    expect(existsSync(join(dataDir, "fedigraph.pid"))).toBe(false);

    const server = await startServer({ DATA_DIR: dataDir });
    try {
      const base = `http://127.0.0.1:${server.port}`;
      const closed = await runCli(env, ["admin", "settings", "set", "registrationsMode", "closed"]);
      expect(closed, closed.stderr).toMatchObject({ code: 0, stdout: "registrationsMode=closed\n" });
      const instance = (await (await fetch(`${base}/api/v2/instance`)).json()) as { registrations: { enabled: boolean } };
      expect(instance.registrations.enabled).toBe(false);
      const response = await fetch(`${base}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          query: "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { __typename } }",
          variables: { e: "root@example.org", p: password },
        }),
      });
      expect(((await response.json()) as { data: { login: { __typename: string } } }).data.login.__typename).toBe("MutationLoginSuccess");
    } finally {
      server.child.kill("SIGTERM");
      await server.exited;
    }
  }, 240_000);
});
