// Sign-up modes through GraphQL and the Mastodon API: open; approval (a reason, no sign-in
// until approved, a refused applicant told why); invite-only (limits, expiry, revocation, the
// race for the last use, autofollow); closed. Server rules and the agreement, invitations,
// and what instance info says about joining.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SYSTEM } from "../../src/services/admin/guards.js";
import { setSetting, type Settings } from "../../src/services/settings.js";
import { graphql } from "../generated/gql.js";
import { caller, refused, rowCounts } from "../support/api.js";
import { startListeningApp, type TestApp } from "../support/app.js";
import { Login, Viewer } from "../support/documents.js";
import { signUp, type Person } from "../support/world.js";

let t: TestApp;
let url: string;
beforeAll(async () => ({ t, url } = await startListeningApp({ API_RATE_LIMIT: "0" })));
afterAll(() => t.close());

const call = caller(() => url);
const form = (path: string, body: Record<string, string>) =>
  call("POST", path, null, new URLSearchParams(body).toString(), "application/x-www-form-urlencoded");
const PASSWORD = "long enough password";

const SignUp = graphql(`
  mutation SignUp($username: String!, $email: String!, $password: String!, $reason: String, $inviteCode: String, $agreement: Boolean) {
    register(username: $username, email: $email, password: $password, reason: $reason, inviteCode: $inviteCode, agreement: $agreement) {
      __typename
      ... on MutationRegisterSuccess { data { token approvalPending account { id snowflake username } } }
      ... on Error { message code }
      ... on ValidationError { field }
    }
  }
`);

// Spread by name in the documents below.
const _InviteFields = graphql(`
  fragment InviteFields on Invite { id code url maxUses uses remainingUses expiresAt autofollow comment revokedAt usable }
`);

const CreateInvite = graphql(`
  mutation SuCreateInvite($maxUses: Int, $expiresIn: Int, $autofollow: Boolean, $comment: String) {
    createInvite(maxUses: $maxUses, expiresIn: $expiresIn, autofollow: $autofollow, comment: $comment) {
      __typename
      ... on MutationCreateInviteSuccess { data { ...InviteFields } }
      ... on Error { message code }
    }
  }
`);

const RevokeInvite = graphql(`
  mutation SuRevokeInvite($id: ID!) {
    revokeInvite(id: $id) { __typename ... on MutationRevokeInviteSuccess { data { ...InviteFields } } ... on Error { message code } }
  }
`);

const MyInvites = graphql(`query SuMyInvites { myInvites { ...InviteFields } }`);

const Instance = graphql(`
  query SuInstance { instance { domain registrationsMode approvalRequired reasonRequired invitesEnabled closingAt rules { id text hint position } } }
`);

const CreateRule = graphql(`
  mutation SuCreateRule($text: String!, $hint: String) {
    createRule(text: $text, hint: $hint) { __typename ... on MutationCreateRuleSuccess { data { id text hint position } } ... on Error { message code } }
  }
`);
const UpdateRule = graphql(`
  mutation SuUpdateRule($id: ID!, $text: String, $position: Int) {
    updateRule(id: $id, text: $text, position: $position) { __typename ... on MutationUpdateRuleSuccess { data { id text hint position } } ... on Error { message code } }
  }
`);
const DeleteRule = graphql(`
  mutation SuDeleteRule($id: ID!) { deleteRule(id: $id) { __typename ... on MutationDeleteRuleSuccess { data { id } } ... on Error { message code } } }
`);
const Rules = graphql(`query SuRules { rules { id text hint } }`);

let seq = 0;
const fresh = (name: string) => {
  const username = `${name}${++seq}`;
  return { username, email: `${username}@example.org`, password: PASSWORD };
};

const mode = (value: Settings["registrationsMode"]) => setSetting(t.app.deps, SYSTEM, "registrationsMode", value);

async function gqlSignUp(variables: { username: string; email: string; password: string; reason?: string; inviteCode?: string; agreement?: boolean }) {
  return (await t.gql(SignUp, variables)).data!.register;
}

async function gqlLogin(email: string, password = PASSWORD) {
  return (await t.gql(Login, { email, password })).data!.login;
}

/** An app registered over REST, and its app token that may sign people up. */
async function app() {
  const registered = (await call("POST", "/api/v1/apps", null, { client_name: "signup", redirect_uris: "urn:ietf:wg:oauth:2.0:oob", scopes: "read write" })).body;
  const token = (await form("/oauth/token", { grant_type: "client_credentials", client_id: registered.client_id, client_secret: registered.client_secret, scope: "write:accounts" })).body.access_token as string;
  const passwordGrant = (email: string, password = PASSWORD) =>
    form("/oauth/token", { grant_type: "password", client_id: registered.client_id, client_secret: registered.client_secret, username: email, password, scope: "read" });
  return { token, passwordGrant };
}

async function admin(name: string): Promise<Person> {
  const person = await signUp(t, name);
  await t.app.deps.db.credential.update({ where: { accountId: BigInt(person.snowflake) }, data: { role: "ADMIN" } });
  // A GraphQL sign-in of staff carries the admin scopes.
  const login = await gqlLogin(`${person.name}@example.org`, "correct horse battery");
  if (login.__typename !== "MutationLoginSuccess") throw new Error(JSON.stringify(login));
  return { ...person, token: login.data.token };
}

const credentialOf = (username: string) =>
  t.app.deps.db.credential.findFirstOrThrow({ where: { account: { handleKey: `${username.toLowerCase()}@` } } });

describe("open", () => {
  it("signs anyone up through GraphQL and REST, and says so in instance info", async () => {
    await mode("open");
    const who = fresh("opengql");
    const payload = await gqlSignUp(who);
    expect(payload).toMatchObject({ __typename: "MutationRegisterSuccess", data: { approvalPending: false, account: { username: who.username } } });
    expect((await credentialOf(who.username)).confirmedAt).not.toBeNull();

    const { token } = await app();
    const rest = fresh("openrest");
    const created = await call("POST", "/api/v1/accounts", token, { ...rest, agreement: true, locale: "en" });
    expect(created.status).toBe(200);
    expect((await call("GET", "/api/v1/accounts/verify_credentials", created.body.access_token)).body).toMatchObject({ username: rest.username });

    expect((await call("GET", "/api/v2/instance", null)).body.registrations).toMatchObject({ enabled: true, approval_required: false, message: null, url: null });
    expect((await call("GET", "/api/v1/instance", null)).body).toMatchObject({ registrations: true, approval_required: false, invites_enabled: true });
    expect((await call("GET", "/nodeinfo/2.0", null)).body.openRegistrations).toBe(true);
    expect((await t.gql(Instance)).data!.instance).toMatchObject({ registrationsMode: "OPEN", approvalRequired: false, closingAt: null });
  });
});

describe("closed", () => {
  it("refuses every sign-up, GraphQL and REST, writing nothing", async () => {
    await mode("closed");
    const { token } = await app();
    const before = await rowCounts(t);
    expect(await gqlSignUp(fresh("closed"))).toMatchObject({ __typename: "ForbiddenError", message: "Sign-ups are closed on this server" });
    expect(await rowCounts(t)).toEqual(before);
    await refused(t, 403, () => call("POST", "/api/v1/accounts", token, { ...fresh("closedrest"), agreement: true }), /closed/);

    expect((await call("GET", "/api/v2/instance", null)).body.registrations).toMatchObject({ enabled: false, approval_required: false, message: expect.stringContaining("closed") });
    expect((await call("GET", "/api/v1/instance", null)).body).toMatchObject({ registrations: false, invites_enabled: false });
    expect((await call("GET", "/nodeinfo/2.1", null)).body.openRegistrations).toBe(false);
    expect((await t.gql(Instance)).data!.instance).toMatchObject({ registrationsMode: "CLOSED", invitesEnabled: false });
  });
});

describe("approval", () => {
  it("wants a reason, keeps the applicant out until approved, and tells a refused one why", async () => {
    await mode("approval");
    const { token, passwordGrant } = await app();
    expect(await gqlSignUp(fresh("noreason"))).toMatchObject({ __typename: "ValidationError", field: "reason" });
    const blank = await refused(t, 422, () => call("POST", "/api/v1/accounts", token, { ...fresh("noreasonrest"), agreement: true }));
    expect(blank.body.details.reason[0].error).toBe("ERR_BLANK");

    // GraphQL applicant: pending, told so at sign-in, the token useless until approved.
    const ann = fresh("ann");
    const signed = await gqlSignUp({ ...ann, reason: "I live nearby" });
    if (signed.__typename !== "MutationRegisterSuccess") throw new Error(JSON.stringify(signed));
    expect(signed.data.approvalPending).toBe(true);
    expect(await credentialOf(ann.username)).toMatchObject({ approved: false, signUpReason: "I live nearby" });
    expect(await gqlLogin(ann.email)).toMatchObject({ __typename: "ForbiddenError", message: "Your account is pending approval" });
    const grant = await passwordGrant(ann.email);
    expect(grant.status).toBe(403);
    expect(grant.body.error).toBe("Your account is pending approval");

    // REST applicant: a token as on Mastodon, refused until approved.
    const ben = fresh("ben");
    const created = await call("POST", "/api/v1/accounts", token, { ...ben, reason: "Friends are here", agreement: true, locale: "en" });
    expect(created.status).toBe(200);
    expect(created.body.access_token).toEqual(expect.any(String));
    expect((await call("GET", "/api/v1/accounts/verify_credentials", created.body.access_token)).status).toBeGreaterThanOrEqual(400);
    expect((await t.gql(Viewer, {}, created.body.access_token)).data?.viewer ?? null).toBeNull();
    expect((await passwordGrant(ben.email)).body.error).toBe("Your account is pending approval");

    // Approved: in, and the sign-up token works.
    await t.app.deps.db.credential.update({ where: { accountId: BigInt(signed.data.account.snowflake) }, data: { approved: true } });
    expect(await gqlLogin(ann.email)).toMatchObject({ __typename: "MutationLoginSuccess" });
    expect((await t.gql(Viewer, {}, signed.data.token)).data?.viewer).toMatchObject({ username: ann.username });

    // Refused: told why, in GraphQL and OAuth.
    await t.app.deps.db.credential.updateMany({
      where: { account: { username: ben.username } },
      data: { rejectedAt: new Date(), rejectionReason: "We are full" },
    });
    expect(await gqlLogin(ben.email)).toMatchObject({ __typename: "ForbiddenError", message: "Your application was refused: We are full" });
    expect((await passwordGrant(ben.email)).body).toMatchObject({ error: "Your application was refused: We are full" });

    expect((await call("GET", "/api/v2/instance", null)).body.registrations).toMatchObject({ enabled: true, approval_required: true, reason_required: true });
    expect((await call("GET", "/api/v1/instance", null)).body).toMatchObject({ registrations: true, approval_required: true });
    expect((await t.gql(Instance)).data!.instance).toMatchObject({ registrationsMode: "APPROVAL", approvalRequired: true, reasonRequired: true });
  });

  it("lets someone with an invitation in at once", async () => {
    await mode("open");
    const inviter = await signUp(t, "apinviter");
    await mode("approval");
    const invite = (await t.gql(CreateInvite, {}, inviter.token)).data!.createInvite;
    if (invite.__typename !== "MutationCreateInviteSuccess") throw new Error(JSON.stringify(invite));
    const who = fresh("invited");
    expect(await gqlSignUp({ ...who, inviteCode: invite.data.code })).toMatchObject({ data: { approvalPending: false } });
    expect(await gqlLogin(who.email)).toMatchObject({ __typename: "MutationLoginSuccess" });
  });
});

describe("invite", () => {
  it("needs a valid invitation, counts its uses, and follows the inviter", async () => {
    await mode("open");
    const { token } = await app();
    const inviter = await signUp(t, "inviter");
    await mode("invite");
    expect(await gqlSignUp(fresh("nocode"))).toMatchObject({ __typename: "ForbiddenError", message: "Sign-ups on this server need an invitation" });
    await refused(t, 403, () => call("POST", "/api/v1/accounts", token, { ...fresh("nocoderest"), agreement: true }), /invitation/);

    const created = (await t.gql(CreateInvite, { maxUses: 2, autofollow: true, comment: "for the book club" }, inviter.token)).data!.createInvite;
    if (created.__typename !== "MutationCreateInviteSuccess") throw new Error(JSON.stringify(created));
    const invite = created.data;
    expect(invite).toMatchObject({ maxUses: 2, uses: 0, remainingUses: 2, autofollow: true, usable: true, comment: "for the book club", url: `http://127.0.0.1:${new URL(url).port}/invite/${invite.code}` });

    const first = fresh("guest");
    const joined = await gqlSignUp({ ...first, inviteCode: invite.code });
    if (joined.__typename !== "MutationRegisterSuccess") throw new Error(JSON.stringify(joined));
    await t.app.events.drain();
    const follows = await t.app.deps.db.follow.findMany({ where: { accountId: BigInt(joined.data.account.snowflake) } });
    expect(follows.map((f) => String(f.targetAccountId))).toEqual([inviter.snowflake]);
    expect((await credentialOf(first.username)).inviteId).toBe(BigInt(invite.id));

    const second = await call("POST", "/api/v1/accounts", token, { ...fresh("guestrest"), invite_code: invite.code, agreement: true });
    expect(second.status).toBe(200);
    expect((await t.gql(MyInvites, {}, inviter.token)).data!.myInvites[0]).toMatchObject({ uses: 2, remainingUses: 0, usable: false });

    // Used up: refused with the reason, nothing written.
    const usedUp = await refused(t, 422, () => call("POST", "/api/v1/accounts", token, { ...fresh("late"), invite_code: invite.code, agreement: true }), /used up/);
    expect(usedUp.body.details.invite_code[0].error).toBe("ERR_INVALID");
    expect(await gqlSignUp({ ...fresh("late"), inviteCode: invite.code })).toMatchObject({ __typename: "ValidationError", field: "inviteCode" });
    expect(await gqlSignUp({ ...fresh("bogus"), inviteCode: "no-such-code" })).toMatchObject({ __typename: "ValidationError", field: "inviteCode", message: "This invitation is not valid" });

    expect((await call("GET", "/api/v2/instance", null)).body.registrations).toMatchObject({ enabled: false, message: expect.stringContaining("invitation") });
    expect((await call("GET", "/api/v1/instance", null)).body).toMatchObject({ registrations: false, invites_enabled: true });
  });

  it("refuses expired and revoked invitations; only the owner (or staff) revokes", async () => {
    await mode("open");
    const owner = await signUp(t, "owner");
    const other = await signUp(t, "other");
    await mode("invite");
    const make = async (variables: { expiresIn?: number }) => {
      const made = (await t.gql(CreateInvite, variables, owner.token)).data!.createInvite;
      if (made.__typename !== "MutationCreateInviteSuccess") throw new Error(JSON.stringify(made));
      return made.data;
    };
    const expiring = await make({ expiresIn: 3600 });
    expect(new Date(expiring.expiresAt!).getTime()).toBeGreaterThan(Date.now() + 3500_000);
    await t.app.deps.db.invite.update({ where: { id: BigInt(expiring.id) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await gqlSignUp({ ...fresh("tooslow"), inviteCode: expiring.code })).toMatchObject({ message: "This invitation is not valid: it has expired" });

    const revoking = await make({});
    expect((await t.gql(RevokeInvite, { id: revoking.id }, other.token)).data!.revokeInvite).toMatchObject({ __typename: "NotFoundError" });
    expect((await t.gql(RevokeInvite, { id: revoking.id }, owner.token)).data!.revokeInvite).toMatchObject({ data: { usable: false, revokedAt: expect.any(String) } });
    expect(await gqlSignUp({ ...fresh("revoked"), inviteCode: revoking.code })).toMatchObject({ message: "This invitation is not valid: it was revoked" });

    expect((await t.gql(CreateInvite, { maxUses: 0 }, owner.token)).data!.createInvite).toMatchObject({ __typename: "ValidationError" });
    expect((await t.gql(CreateInvite, { expiresIn: 5 }, owner.token)).data!.createInvite).toMatchObject({ __typename: "ValidationError" });
    expect((await t.gql(CreateInvite, {}, null)).data!.createInvite).toMatchObject({ __typename: "UnauthenticatedError" });
  });

  it("gives the last use to one of two racing sign-ups only", async () => {
    await mode("open");
    const owner = await signUp(t, "racer");
    await mode("invite");
    const made = (await t.gql(CreateInvite, { maxUses: 1 }, owner.token)).data!.createInvite;
    if (made.__typename !== "MutationCreateInviteSuccess") throw new Error(JSON.stringify(made));
    const before = await t.app.deps.db.account.count();
    const results = await Promise.all([gqlSignUp({ ...fresh("runa"), inviteCode: made.data.code }), gqlSignUp({ ...fresh("runb"), inviteCode: made.data.code })]);
    expect(results.map((r) => r.__typename).sort()).toEqual(["MutationRegisterSuccess", "ValidationError"]);
    expect(await t.app.deps.db.account.count()).toBe(before + 1);
    expect((await t.app.deps.db.invite.findUniqueOrThrow({ where: { id: BigInt(made.data.id) } })).uses).toBe(1);
  });

  it("lets only whom the setting names create invitations", async () => {
    await mode("open");
    const user = await signUp(t, "plain");
    const root = await admin("boss");
    await setSetting(t.app.deps, SYSTEM, "invitesBy", "admins");
    expect((await t.gql(CreateInvite, {}, user.token)).data!.createInvite).toMatchObject({ __typename: "ForbiddenError" });
    expect((await t.gql(CreateInvite, {}, root.token)).data!.createInvite).toMatchObject({ __typename: "MutationCreateInviteSuccess" });
    expect((await call("GET", "/api/v1/instance", null)).body.invites_enabled).toBe(false);
    await setSetting(t.app.deps, SYSTEM, "invitesBy", "users");
  });
});

describe("rules", () => {
  it("are written by admins, listed everywhere, and must be accepted at sign-up", async () => {
    await mode("open");
    const user = await signUp(t, "ruleuser");
    const root = await admin("ruler");
    expect((await t.gql(CreateRule, { text: "No spam" }, user.token)).data!.createRule).toMatchObject({ __typename: "ForbiddenError" });
    expect((await t.gql(CreateRule, { text: "  " }, root.token)).data!.createRule).toMatchObject({ __typename: "ValidationError" });
    const first = (await t.gql(CreateRule, { text: "Be kind", hint: "No harassment" }, root.token)).data!.createRule;
    const second = (await t.gql(CreateRule, { text: "No spam" }, root.token)).data!.createRule;
    if (first.__typename !== "MutationCreateRuleSuccess" || second.__typename !== "MutationCreateRuleSuccess") throw new Error("rules not created");
    expect([first.data.position, second.data.position]).toEqual([0, 1]);
    const audit = await t.app.deps.db.auditLogEntry.findMany({ where: { action: "rule.create" } });
    expect(audit.map((e) => e.accountId)).toEqual([BigInt(root.snowflake), BigInt(root.snowflake)]);

    const expected = [
      { id: first.data.id, text: "Be kind", hint: "No harassment" },
      { id: second.data.id, text: "No spam", hint: "" },
    ];
    expect((await call("GET", "/api/v1/instance/rules", null)).body).toEqual(expected);
    expect((await call("GET", "/api/v2/instance", null)).body.rules).toEqual(expected);
    expect((await call("GET", "/api/v1/instance", null)).body.rules).toEqual(expected);
    expect((await t.gql(Rules)).data!.rules).toEqual(expected);

    // Sign-up must accept them now.
    expect(await gqlSignUp(fresh("noagree"))).toMatchObject({ __typename: "ValidationError", field: "agreement" });
    const { token } = await app();
    const disagreed = await refused(t, 422, () => call("POST", "/api/v1/accounts", token, { ...fresh("noagreerest"), agreement: false }));
    expect(disagreed.body.details.agreement[0].error).toBe("ERR_ACCEPTED");
    expect(await gqlSignUp({ ...fresh("agree"), agreement: true })).toMatchObject({ __typename: "MutationRegisterSuccess" });
    expect((await call("POST", "/api/v1/accounts", token, { ...fresh("agreerest"), agreement: "true" })).status).toBe(200);

    // Reordered, changed, removed.
    expect((await t.gql(UpdateRule, { id: second.data.id, text: "No spam, no ads", position: 0 }, root.token)).data!.updateRule).toMatchObject({ data: { text: "No spam, no ads" } });
    await t.gql(UpdateRule, { id: first.data.id, position: 1 }, root.token);
    expect((await t.gql(Instance)).data!.instance.rules.map((r) => r.text)).toEqual(["No spam, no ads", "Be kind"]);
    expect((await t.gql(DeleteRule, { id: first.data.id }, user.token)).data!.deleteRule).toMatchObject({ __typename: "ForbiddenError" });
    for (const rule of [first, second]) expect((await t.gql(DeleteRule, { id: rule.data.id }, root.token)).data!.deleteRule).toMatchObject({ __typename: "MutationDeleteRuleSuccess" });
    expect((await t.gql(DeleteRule, { id: first.data.id }, root.token)).data!.deleteRule).toMatchObject({ __typename: "NotFoundError" });
    expect((await call("GET", "/api/v1/instance/rules", null)).body).toEqual([]);
    expect(await gqlSignUp(fresh("norules"))).toMatchObject({ __typename: "MutationRegisterSuccess" });
  });

  it("shows the closing date in GraphQL", async () => {
    await setSetting(t.app.deps, SYSTEM, "closingAt", "2027-03-01T00:00:00Z");
    expect((await t.gql(Instance)).data!.instance.closingAt).toBe("2027-03-01T00:00:00.000Z");
    await setSetting(t.app.deps, SYSTEM, "closingAt", null);
  });
});
