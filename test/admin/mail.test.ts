// Mail, on a server with SMTP settings (a real SMTP server in this process receives it): the
// address is confirmed through the mailed link before anyone signs in (GraphQL, OAuth, and a
// token from sign-up answers 403 as Mastodon does); a new link can be asked for; applicants
// hear of approval and refusal (with the reason), people of moderators' actions; the mail
// survives the mail server being away. Without SMTP settings (every other test) addresses
// count as confirmed at once.
import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setSetting } from "../../src/services/settings.js";
import { SYSTEM } from "../../src/services/admin/guards.js";
import { graphql } from "../generated/gql.js";
import { caller } from "../support/api.js";
import { startListeningApp, type TestApp } from "../support/app.js";
import { Login } from "../support/documents.js";
import { passwordToken } from "../support/masto.js";
import { ModerateAccount } from "./staff.js";

interface Received { to: string; subject: string; text: string }

const received: Received[] = [];
let mailServerUp = true;
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  onRcptTo(_address, _session, callback) {
    callback(mailServerUp ? undefined : Object.assign(new Error("try later"), { responseCode: 451 }));
  },
  onData(stream, _session, callback) {
    simpleParser(stream).then((mail) => {
      const to = Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(", ") : (mail.to?.text ?? "");
      received.push({ to, subject: mail.subject ?? "", text: mail.text ?? "" });
      callback();
    }, callback);
  },
});

let t: TestApp;
let url: string;
beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  const port = (smtp.server.address() as AddressInfo).port;
  ({ t, url } = await startListeningApp({ API_RATE_LIMIT: "0", SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: "Fedigraph tests <mod@localhost>" }));
});
afterAll(async () => {
  await t.close();
  await new Promise<void>((resolve) => smtp.close(resolve));
});

const call = caller(() => url);
const PASSWORD = "correct horse battery";

const Register = graphql(`
  mutation MailRegister($username: String!, $email: String!, $password: String!, $reason: String) {
    register(username: $username, email: $email, password: $password, reason: $reason) {
      __typename
      ... on MutationRegisterSuccess { data { token approvalPending confirmationPending account { id snowflake username } } }
      ... on Error { message code }
    }
  }
`);
const Confirm = graphql(`
  mutation MailConfirm($token: String!) {
    confirmEmail(token: $token) { __typename ... on MutationConfirmEmailSuccess { data } ... on Error { message code } }
  }
`);
const Resend = graphql(`
  mutation MailResend($email: String!) {
    resendConfirmation(email: $email) { __typename ... on MutationResendConfirmationSuccess { data } ... on Error { message code } }
  }
`);

async function mailTo(address: string, count = 1): Promise<Received[]> {
  const until = Date.now() + 15_000;
  for (;;) {
    const mine = received.filter((m) => m.to.includes(address));
    if (mine.length >= count) return mine;
    if (Date.now() > until) throw new Error(`no mail to ${address}: ${JSON.stringify(received)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const linkIn = (mail: Received) => {
  const link = /https?:\/\/[^/\s]+(\/auth\/confirmation\?confirmation_token=[\w%-]+)/.exec(mail.text);
  if (!link) throw new Error(`no link in ${mail.text}`);
  return link[1]!;
};

let seq = 0;
async function register(name: string, reason?: string) {
  const username = `${name}${++seq}`;
  const email = `${username}@example.org`;
  const result = await t.gql(Register, { username, email, password: PASSWORD, reason });
  const payload = result.data?.register;
  if (payload?.__typename !== "MutationRegisterSuccess") throw new Error(JSON.stringify(result));
  return { username, email, ...payload.data };
}

const login = async (email: string) => (await t.gql(Login, { email, password: PASSWORD })).data?.login;

async function moderator() {
  const mod = await register("mod");
  await t.app.deps.db.credential.update({ where: { accountId: BigInt(mod.account.snowflake) }, data: { role: "MODERATOR", confirmedAt: new Date() } });
  const token = await passwordToken(url, { name: mod.username, token: "", id: mod.account.id, snowflake: mod.account.snowflake }, "read write admin:read admin:write");
  return { ...mod, token };
}

describe("mail with SMTP settings", () => {
  it("asks for the address to be confirmed through the mailed link before signing in", async () => {
    const someone = await register("newcomer");
    expect(someone).toMatchObject({ approvalPending: false, confirmationPending: true });
    const [mail] = await mailTo(someone.email);
    expect(mail!.subject).toMatch(/confirm/i);
    expect(mail!.text).toContain(`@${someone.username}`);

    // not yet: GraphQL login, the OAuth password grant, and the token from sign-up
    expect(await login(someone.email)).toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/confirm your e-mail/i) });
    await expect(passwordToken(url, { name: someone.username, token: "", id: "", snowflake: "" })).rejects.toThrow(/confirm/i);
    const early = await call("GET", "/api/v1/accounts/verify_credentials", someone.token);
    expect(early).toMatchObject({ status: 403, body: { error: "Your login is missing a confirmed e-mail address" } });

    // the link confirms (once)
    const page = await call("GET", linkIn(mail!), null);
    expect(page.status).toBe(200);
    expect(String(page.body)).toMatch(/confirmed/);
    expect((await call("GET", linkIn(mail!), null)).status).toBe(404);
    expect(await login(someone.email)).toMatchObject({ __typename: "MutationLoginSuccess" });
    // the token from sign-up works at once (no refusal remembered)
    expect((await call("GET", "/api/v1/accounts/verify_credentials", someone.token)).status).toBe(200);

    // bad links
    expect((await call("GET", "/auth/confirmation", null)).status).toBe(400);
    expect((await call("GET", "/auth/confirmation?confirmation_token=nonsense", null)).status).toBe(404);
    expect((await t.gql(Confirm, { token: "x".repeat(500) })).data?.confirmEmail).toMatchObject({ code: "VALIDATION" });
  });

  it("mails a new link on request (the old one stops working); says the same for unknown addresses", async () => {
    const someone = await register("forgetful");
    const [first] = await mailTo(someone.email);
    expect((await t.gql(Resend, { email: someone.email.toUpperCase() })).data?.resendConfirmation).toMatchObject({ data: true });
    const [, second] = await mailTo(someone.email, 2);
    expect(linkIn(second!)).not.toBe(linkIn(first!));
    expect((await call("GET", linkIn(first!), null)).status).toBe(404);
    const token = decodeURIComponent(linkIn(second!).split("=")[1]!);
    expect((await t.gql(Confirm, { token })).data?.confirmEmail).toMatchObject({ data: true });
    expect(await login(someone.email)).toMatchObject({ __typename: "MutationLoginSuccess" });

    const before = received.length;
    expect((await t.gql(Resend, { email: "nobody@example.org" })).data?.resendConfirmation).toMatchObject({ data: true });
    expect((await t.gql(Resend, { email: someone.email })).data?.resendConfirmation).toMatchObject({ data: true });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(received.length).toBe(before);
  });

  it("sends the link again through the Mastodon API for the token from sign-up, and refuses what does not fit", async () => {
    const someone = await register("mastoresend");
    const [first] = await mailTo(someone.email);
    expect(await call("POST", "/api/v1/emails/confirmations", someone.token, {})).toMatchObject({ status: 200, body: {} });
    const [, second] = await mailTo(someone.email, 2);
    expect(linkIn(second!)).not.toBe(linkIn(first!));
    expect((await call("POST", "/api/v1/emails/confirmations", someone.token, { email: "other@example.org" })).status).toBe(422);
    expect((await call("POST", "/api/v1/emails/confirmations", null, {})).status).toBe(401);
    expect((await call("POST", "/api/v1/emails/confirmations", "not-a-token", {})).status).toBe(401);
    await call("GET", linkIn(second!), null);
    expect(await call("POST", "/api/v1/emails/confirmations", someone.token, {})).toMatchObject({
      status: 403, body: { error: "This method is only available while the e-mail is awaiting confirmation" },
    });
    expect(received.filter((m) => m.to.includes(someone.email))).toHaveLength(2);
  });

  it("tells applicants of approval and of refusal with the reason; a pending token answers 403", async () => {
    const mod = await moderator();
    await setSetting(t.app.deps, SYSTEM, "registrationsMode", "approval");
    try {
      const hopeful = await register("hopeful", "I like the place");
      const doubtful = await register("doubtful", "let me in");
      expect(hopeful).toMatchObject({ approvalPending: true, confirmationPending: true });
      for (const who of [hopeful, doubtful]) await call("GET", linkIn((await mailTo(who.email))[0]!), null);
      expect(await login(hopeful.email)).toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/pending approval/) });
      expect(await call("GET", "/api/v1/accounts/verify_credentials", hopeful.token)).toMatchObject({
        status: 403, body: { error: "Your login is currently pending approval" },
      });

      expect((await call("POST", `/api/v1/admin/accounts/${hopeful.account.snowflake}/approve`, mod.token)).status).toBe(200);
      const [, welcome] = await mailTo(hopeful.email, 2);
      expect(welcome!.subject).toMatch(/welcome/i);
      expect(await login(hopeful.email)).toMatchObject({ __typename: "MutationLoginSuccess" });
      expect((await call("GET", "/api/v1/accounts/verify_credentials", hopeful.token)).status).toBe(200);

      expect((await call("POST", `/api/v1/admin/accounts/${doubtful.account.snowflake}/reject`, mod.token)).status).toBe(200);
      const [, refusal] = await mailTo(doubtful.email, 2);
      expect(refusal!.text).toMatch(/refused/);
    } finally {
      await setSetting(t.app.deps, SYSTEM, "registrationsMode", "open");
    }
  });

  it("tells people of moderators' warnings and actions, with the moderator's words, even when the mail server was away", async () => {
    const mod = await moderator();
    const someone = await register("warned");
    await call("GET", linkIn((await mailTo(someone.email))[0]!), null);
    mailServerUp = false;
    try {
      const warned = await t.gql(ModerateAccount, { accountId: someone.account.id, action: "NONE", text: "Please stop posting spam" }, mod.token);
      expect(warned.data?.moderateAccount?.__typename).toBe("MutationModerateAccountSuccess");
      const silenced = await call("POST", `/api/v1/admin/accounts/${someone.account.snowflake}/action`, mod.token, { type: "silence", text: "Limited for a week" });
      expect(silenced.status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(received.filter((m) => m.to.includes(someone.email))).toHaveLength(1);
      // the two mails wait in the queue, to be tried again
      const waiting = await t.app.deps.pool.query<{ n: number }>("SELECT count(*)::int AS n FROM jobs WHERE queue = 'mail' AND attempts > 0 AND failed_at IS NULL");
      expect(waiting.rows[0]!.n).toBe(2);
    } finally {
      mailServerUp = true;
    }
    await t.app.deps.pool.query("UPDATE jobs SET run_at = now() WHERE queue = 'mail'");
    const mails = await mailTo(someone.email, 3);
    const texts = mails.slice(1).map((m) => m.text).join("\n");
    expect(texts).toContain("You received a warning from the moderators.");
    expect(texts).toContain("Please stop posting spam");
    expect(texts).toContain("Your account has been limited");
    expect(texts).toContain("Limited for a week");
  });
});
