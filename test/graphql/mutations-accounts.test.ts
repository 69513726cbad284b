// Mutations on accounts and sessions: register, login, logout, updateProfile.
// Every failure must answer with its typed error and write nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../support/app.js";
import { MLogin, MLogout, MRegister, MUpdateProfile, MViewer } from "../support/mutation-documents.js";
import {
  CONFLICT,
  UNAUTHENTICATED,
  VALIDATION,
  counts,
  expectFailure,
  expectUnauthenticated,
  successData,
} from "../support/mutation-helpers.js";
import { signUp } from "../support/world.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

let n = 0;
const unique = (base: string) => `${base}${++n}x${process.pid % 1000}`;
const PASSWORD = "correct horse battery";

async function viewerName(token: string | null) {
  const result = await t.gql(MViewer, {}, token);
  expect(result.errors).toBeUndefined();
  return result.data?.viewer?.username ?? null;
}

describe("register", () => {
  it("creates an account, a credential and a token that signs in", async () => {
    const before = await counts(t);
    const username = unique("Reg_Ok");
    const data = successData(
      await t.gql(MRegister, { username, email: `  ${username.toUpperCase()}@Example.ORG `, password: PASSWORD, displayName: "  Reggie  " }),
      "MutationRegisterSuccess",
    );
    expect(data.account.username).toBe(username);
    expect(data.account.displayName).toBe("Reggie");
    expect(typeof data.token).toBe("string");
    expect(await viewerName(data.token)).toBe(username);
    const after = await counts(t);
    expect(after.accounts).toBe(before.accounts + 1);
    expect(after.credentials).toBe(before.credentials + 1);
    expect(after.access_tokens).toBe(before.access_tokens + 1);
    // the e-mail is stored normalised, so signing in with another spelling works
    const login = await t.gql(MLogin, { email: `${username.toLowerCase()}@example.org`, password: PASSWORD });
    expect(successData(login, "MutationLoginSuccess").account.username).toBe(username);
  });

  it("refuses a taken username, whatever its case", async () => {
    const username = unique("Taken_");
    successData(await t.gql(MRegister, { username, email: `${username}@example.org`, password: PASSWORD }), "MutationRegisterSuccess");
    for (const variant of [username, username.toLowerCase(), username.toUpperCase()]) {
      await expectFailure(t, MRegister, { username: variant, email: `${unique("other")}@example.org`, password: PASSWORD }, null, CONFLICT);
    }
  });

  it("refuses an e-mail address already in use, whatever its case", async () => {
    const username = unique("mailer");
    successData(await t.gql(MRegister, { username, email: `${username}@example.org`, password: PASSWORD }), "MutationRegisterSuccess");
    await expectFailure(t, MRegister, { username: unique("mailer2"), email: `${username.toUpperCase()}@EXAMPLE.org`, password: PASSWORD }, null, CONFLICT);
  });

  it("refuses reserved names, in any case", async () => {
    for (const username of ["admin", "Admin", "ROOT", "graphql", "support"]) {
      await expectFailure(t, MRegister, { username, email: `${unique("r")}@example.org`, password: PASSWORD }, null, VALIDATION("username"));
    }
  });

  it("refuses malformed usernames", async () => {
    for (const username of ["", "   ", "has space", "dash-ed", "dot.ted", "ümlaut", "a".repeat(31)]) {
      await expectFailure(t, MRegister, { username, email: `${unique("u")}@example.org`, password: PASSWORD }, null, VALIDATION("username"));
    }
  });

  it("refuses a bad e-mail address", async () => {
    for (const email of ["", "not-an-email", "a@b", "two@@example.org", "sp ace@example.org"]) {
      await expectFailure(t, MRegister, { username: unique("mail"), email, password: PASSWORD }, null, VALIDATION("email"));
    }
  });

  it("refuses a short or an overlong password", async () => {
    for (const password of ["", "short", "1234567", "x".repeat(1025)]) {
      await expectFailure(t, MRegister, { username: unique("pw"), email: `${unique("pw")}@example.org`, password }, null, VALIDATION("password"));
    }
  });

  it("refuses an overlong display name", async () => {
    await expectFailure(
      t,
      MRegister,
      { username: unique("dn"), email: `${unique("dn")}@example.org`, password: PASSWORD, displayName: "d".repeat(31) },
      null,
      VALIDATION("displayName"),
    );
  });
});

describe("login", () => {
  it("issues a new token that authenticates", async () => {
    const username = unique("login");
    successData(await t.gql(MRegister, { username, email: `${username}@example.org`, password: PASSWORD }), "MutationRegisterSuccess");
    const before = await counts(t);
    const data = successData(await t.gql(MLogin, { email: ` ${username.toUpperCase()}@example.org `, password: PASSWORD }), "MutationLoginSuccess");
    expect(data.account.username).toBe(username);
    expect(await viewerName(data.token)).toBe(username);
    expect((await counts(t)).access_tokens).toBe(before.access_tokens + 1);
  });

  it("refuses a wrong password and an unknown e-mail alike", async () => {
    const alice = await signUp(t, "loginfail");
    const wrong = await expectFailure(t, MLogin, { email: `${alice.name}@example.org`, password: "wrong horse battery" }, null, UNAUTHENTICATED);
    const unknown = await expectFailure(t, MLogin, { email: `nobody-${unique("x")}@example.org`, password: PASSWORD }, null, UNAUTHENTICATED);
    // the same message, so it does not tell which e-mail addresses exist
    expect(wrong.message).toBe(unknown.message);
  });

  it("refuses a blank e-mail or password as invalid input", async () => {
    const alice = await signUp(t, "loginblank");
    await expectFailure(t, MLogin, { email: "   ", password: PASSWORD }, null, VALIDATION("email"));
    await expectFailure(t, MLogin, { email: `${alice.name}@example.org`, password: "" }, null, VALIDATION("password"));
  });
});

describe("logout", () => {
  it("revokes the token it was sent with, and only that one", async () => {
    const alice = await signUp(t, "logout");
    const second = successData(await t.gql(MLogin, { email: `${alice.name}@example.org`, password: PASSWORD }), "MutationLoginSuccess");
    const before = await counts(t);
    expect(successData(await t.gql(MLogout, {}, alice.token), "MutationLogoutSuccess")).toBe(true);
    expect((await counts(t)).access_tokens).toBe(before.access_tokens - 1);
    // the revoked token no longer authenticates, for queries or mutations
    expect(await viewerName(alice.token)).toBeNull();
    await expectFailure(t, MLogout, {}, alice.token, UNAUTHENTICATED);
    await expectFailure(t, MUpdateProfile, { displayName: "ghost" }, alice.token, UNAUTHENTICATED);
    // the other session is untouched
    expect(await viewerName(second.token)).toBe(alice.name);
  });

  it("needs a valid token", async () => {
    await expectUnauthenticated(t, MLogout, {});
  });
});

describe("updateProfile", () => {
  it("updates every field, and leaves out what it was not given", async () => {
    const alice = await signUp(t, "profile");
    const data = successData(
      await t.gql(
        MUpdateProfile,
        {
          displayName: "  Alice A.  ",
          note: "Hello #fediverse",
          fields: [
            { name: "Site", value: "https://example.org/alice" },
            { name: " Pronouns ", value: " she/her " },
          ],
          locked: true,
          bot: true,
          discoverable: false,
        },
        alice.token,
      ),
      "MutationUpdateProfileSuccess",
    );
    expect(data).toMatchObject({ displayName: "Alice A.", noteSource: "Hello #fediverse", locked: true, bot: true, discoverable: false });
    expect(data.note).toContain("fediverse");
    expect(data.fields).toHaveLength(2);
    expect(data.fields[0].valueHtml).toContain('<a href="https://example.org/alice"');
    expect(data.fields[1]).toMatchObject({ name: "Pronouns", value: "she/her" });

    // a partial update keeps the rest
    const partial = successData(await t.gql(MUpdateProfile, { locked: false }, alice.token), "MutationUpdateProfileSuccess");
    expect(partial).toMatchObject({ displayName: "Alice A.", noteSource: "Hello #fediverse", locked: false, bot: true, discoverable: false });
    expect(partial.fields).toHaveLength(2);

    const viewer = await t.gql(MViewer, {}, alice.token);
    expect(viewer.data?.viewer).toMatchObject({ displayName: "Alice A.", locked: false, bot: true, discoverable: false });
  });

  it("refuses invalid input and changes nothing", async () => {
    const alice = await signUp(t, "profilebad");
    await expectFailure(t, MUpdateProfile, { displayName: "d".repeat(31) }, alice.token, VALIDATION("displayName"));
    await expectFailure(t, MUpdateProfile, { note: "n".repeat(501) }, alice.token, VALIDATION("note"));
    const five = Array.from({ length: 5 }, (_, i) => ({ name: `f${i}`, value: "v" }));
    await expectFailure(t, MUpdateProfile, { fields: five }, alice.token, VALIDATION("fields"));
    await expectFailure(t, MUpdateProfile, { fields: [{ name: "   ", value: "v" }] }, alice.token, VALIDATION("fields"));
    await expectFailure(t, MUpdateProfile, { fields: [{ name: "n", value: "v".repeat(256) }] }, alice.token, VALIDATION("fields"));
    // a valid change combined with an invalid one is not half-applied
    await expectFailure(t, MUpdateProfile, { locked: true, displayName: "d".repeat(31) }, alice.token, VALIDATION("displayName"));
    const viewer = await t.gql(MViewer, {}, alice.token);
    expect(viewer.data?.viewer?.locked).toBe(false);
  });

  it("needs a valid token", async () => {
    await expectUnauthenticated(t, MUpdateProfile, { displayName: "nobody" });
  });
});
