// Reports from users to moderators, through the Mastodon admin API (masto.js) and GraphQL:
// listed with the reporter, the reported account and statuses; assigned, acted on (the
// action closes the report, with a warning and audit log entries), reopened, resolved,
// recategorised; the reported statuses deleted or marked sensitive; and the authorization
// matrix: every report operation refused for anonymous callers and ordinary users.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "../../src/core/ids.js";
import { graphql } from "../generated/gql.js";
import { caller, refused, rowCounts } from "../support/api.js";
import { startListeningApp, type TestApp } from "../support/app.js";
import { passwordToken } from "../support/masto.js";
import { post } from "../support/world.js";
import { AuditLog, ModerateAccount, person, refusedGql, type Someone } from "./staff.js";

let t: TestApp;
let url: string;
let mod: Someone;
let admin: Someone;
beforeAll(async () => {
  ({ t, url } = await startListeningApp({ API_RATE_LIMIT: "0" }));
  mod = await person(t, url, "rmod", "MODERATOR");
  admin = await person(t, url, "radmin", "ADMIN");
});
afterAll(() => t?.close());

const call = caller(() => url);
const someone = (name: string) => person(t, url, name);

const AdminReports = graphql(`
  query AdmReports($resolved: Boolean, $targetAccountId: ID) {
    adminReports(first: 20, resolved: $resolved, targetAccountId: $targetAccountId) {
      edges {
        node {
          id category comment actionTaken
          account { username } targetAccount { username suspended } assignedAccount { username } actionTakenByAccount { username }
          statuses { snowflake content } rules { id text }
        }
      }
      pageInfo { hasNextPage }
    }
  }
`);

const AdminReport = graphql(`query AdmReport($id: ID!) { adminReport(id: $id) { id actionTaken assignedAccount { username } } }`);

const ReportVerbs = graphql(`
  mutation AdmReportVerbs($id: ID!) {
    assignReport(reportId: $id) { __typename ... on Error { code } }
    unassignReport(reportId: $id) { __typename ... on Error { code } }
    resolveReport(reportId: $id) { __typename ... on Error { code } }
    reopenReport(reportId: $id) { __typename ... on Error { code } }
    updateReport(reportId: $id, category: "other") { __typename ... on Error { code } }
  }
`);

const Assign = graphql(`
  mutation AdmAssign($id: ID!) {
    assignReport(reportId: $id) { __typename ... on MutationAssignReportSuccess { data { id assignedAccount { username } } } ... on Error { code } }
  }
`);

async function report(by: Someone, about: Someone, statusIds: string[] = [], comment = "please look") {
  return by.api.v1.reports.create({ accountId: about.snowflake, statusIds, comment, category: "spam" });
}

const auditOf = async (targetIds: string[]) =>
  (await t.app.deps.db.auditLogEntry.findMany({ where: { targetId: { in: targetIds } }, orderBy: { id: "asc" } })).map((e) => [e.action, e.targetId, e.accountId === null ? null : String(e.accountId)]);

describe("a report's way from a user to a moderator to an action", () => {
  it("is listed with who and what, assigned, closed by the action (with the warning and the audit log), reopened", async () => {
    const bob = await someone("repbob");
    const carol = await someone("repcarol");
    const dave = await someone("repdave");
    const bad = await post(t, bob, "buy my stuff");
    const filed = await report(carol, bob, [bad.snowflake], "spam");
    const older = await report(dave, bob);

    const open = await mod.api.v1.admin.reports.list();
    expect(open.map((r) => r.id)).toEqual(expect.arrayContaining([filed.id, older.id]));
    expect(open.find((r) => r.id === filed.id)).toMatchObject({
      actionTaken: false,
      actionTakenAt: null,
      category: "spam",
      comment: "spam",
      forwarded: false,
      account: { id: carol.snowflake, username: carol.name, email: `${carol.name}@example.org`, account: { id: carol.snowflake, acct: carol.name } },
      targetAccount: { id: bob.snowflake, username: bob.name, suspended: false },
      assignedAccount: null,
      actionTakenByAccount: null,
      statuses: [{ id: bad.snowflake, content: expect.stringContaining("buy my stuff") }],
      rules: [],
    });
    const raw = (await call("GET", `/api/v1/admin/reports/${filed.id}`, mod.token)).body;
    expect(Object.keys(raw).sort()).toEqual(
      ["account", "action_taken", "action_taken_at", "action_taken_by_account", "assigned_account", "category", "comment", "created_at", "forwarded", "id", "rules", "statuses", "target_account", "updated_at"].sort(),
    );

    const assigned = await mod.api.v1.admin.reports.$select(filed.id).assignToSelf();
    expect(assigned.assignedAccount).toMatchObject({ id: mod.snowflake, role: { name: "Moderator" } });

    // The action names the report: it closes it, and every other open report about bob.
    await mod.api.v1.admin.accounts.$select(bob.snowflake).action.create({ type: "silence", reportId: filed.id, text: "no ads here" });
    const done = await mod.api.v1.admin.reports.$select(filed.id).fetch();
    expect(done).toMatchObject({ actionTaken: true, actionTakenAt: expect.any(String), actionTakenByAccount: { id: mod.snowflake }, targetAccount: { silenced: true } });
    expect((await mod.api.v1.admin.reports.$select(older.id).fetch()).actionTaken).toBe(true);
    expect((await mod.api.v1.admin.reports.list()).map((r) => r.id)).not.toContain(filed.id);
    expect((await mod.api.v1.admin.reports.list({ resolved: true })).map((r) => r.id)).toEqual(expect.arrayContaining([filed.id, older.id]));
    const warning = await t.app.deps.db.accountWarning.findFirstOrThrow({ where: { targetAccountId: BigInt(bob.snowflake) } });
    expect(warning).toMatchObject({ action: "silence", text: "no ads here", reportId: BigInt(filed.id), statusIds: [BigInt(bad.snowflake)], accountId: BigInt(mod.snowflake) });
    expect(await auditOf([filed.id, older.id, bob.snowflake])).toEqual([
      ["report.assigned_to_self", filed.id, mod.snowflake],
      ["account.silence", bob.snowflake, mod.snowflake],
      ["report.resolve", filed.id, mod.snowflake],
      ["report.resolve", older.id, mod.snowflake],
    ]);
    // Admins read the same log in GraphQL.
    const log = await t.gql(AuditLog, { targetId: bob.snowflake }, admin.token);
    expect(log.data?.auditLog.edges.map((e) => [e.node.action, e.node.reason, JSON.parse(e.node.data).reportId])).toEqual([["account.silence", "no ads here", filed.id]]);

    const reopened = await mod.api.v1.admin.reports.$select(filed.id).reopen();
    expect(reopened).toMatchObject({ actionTaken: false, actionTakenAt: null, actionTakenByAccount: null });
    expect((await mod.api.v1.admin.reports.$select(filed.id).resolve()).actionTaken).toBe(true);
    expect((await mod.api.v1.admin.reports.$select(filed.id).unassign()).assignedAccount).toBeNull();
    // Asking for what is already so changes nothing, and logs nothing more.
    const before = await rowCounts(t);
    expect((await mod.api.v1.admin.reports.$select(filed.id).resolve()).actionTaken).toBe(true);
    expect(await rowCounts(t)).toEqual(before);
  });

  it("in GraphQL: the reported statuses are deleted or marked sensitive; a warning closes only its report", async () => {
    const eve = await someone("repeve");
    const finn = await someone("repfinn");
    const [one, two, kept] = [await post(t, eve, "first bad"), await post(t, eve, "second bad"), await post(t, eve, "fine")];
    const filed = await report(finn, eve, [one.snowflake, two.snowflake]);
    const another = await report(finn, eve, [kept.snowflake], "this one too?");

    const listed = await t.gql(AdminReports, { targetAccountId: eve.snowflake }, mod.token);
    expect(listed.data?.adminReports.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({ id: another.id, statuses: [expect.objectContaining({ snowflake: kept.snowflake })] }),
      expect.objectContaining({
        id: filed.id,
        category: "spam",
        actionTaken: false,
        account: { username: finn.name },
        targetAccount: { username: eve.name, suspended: false },
        assignedAccount: null,
        statuses: [expect.objectContaining({ snowflake: one.snowflake }), expect.objectContaining({ snowflake: two.snowflake })],
      }),
    ]);
    const assigned = await t.gql(Assign, { id: filed.id }, mod.token);
    expect(assigned.data?.assignReport).toMatchObject({ data: { id: filed.id, assignedAccount: { username: mod.name } } });

    // Statuses of someone else, or a report about someone else, are refused.
    const other = await post(t, finn, "not eve's");
    await refusedGql(t, ModerateAccount, { accountId: eve.id, action: "DELETE_STATUSES", statusIds: [other.snowflake] }, mod.token, "VALIDATION");
    const aboutFinn = await report(eve, finn);
    await refusedGql(t, ModerateAccount, { accountId: eve.id, action: "NONE", reportId: aboutFinn.id }, mod.token, "VALIDATION");

    const deleted = await t.gql(ModerateAccount, { accountId: eve.id, action: "DELETE_STATUSES", reportId: filed.id, text: "removed" }, mod.token);
    expect(deleted.data?.moderateAccount.__typename).toBe("MutationModerateAccountSuccess");
    await t.app.events.drain();
    for (const gone of [one, two]) expect((await call("GET", `/api/v1/statuses/${gone.snowflake}`, null)).status).toBe(404);
    expect((await call("GET", `/api/v1/statuses/${kept.snowflake}`, null)).status).toBe(200);
    // The evidence stays in the report; the report is closed, and so is the other one.
    const closed = await t.gql(AdminReports, { resolved: true, targetAccountId: eve.snowflake }, mod.token);
    const closedReport = closed.data?.adminReports.edges.find((e) => e.node.id === filed.id)?.node;
    expect(closedReport).toMatchObject({ actionTaken: true, actionTakenByAccount: { username: mod.name }, statuses: [{ snowflake: one.snowflake }, { snowflake: two.snowflake }] });
    expect(closed.data?.adminReports.edges.map((e) => e.node.id)).toContain(another.id);

    // A warning (NONE) with a report closes that report only.
    await call("POST", `/api/v1/admin/reports/${another.id}/reopen`, mod.token);
    const third = await report(finn, eve, [], "and again");
    const warned = await t.gql(ModerateAccount, { accountId: eve.id, action: "NONE", reportId: third.id, text: "last warning" }, mod.token);
    expect(warned.data?.moderateAccount.__typename).toBe("MutationModerateAccountSuccess");
    expect((await t.gql(AdminReport, { id: third.id }, mod.token)).data?.adminReport?.actionTaken).toBe(true);
    expect((await t.gql(AdminReport, { id: another.id }, mod.token)).data?.adminReport?.actionTaken).toBe(false);

    const marked = await t.gql(ModerateAccount, { accountId: eve.id, action: "MARK_STATUSES_AS_SENSITIVE", reportId: another.id }, mod.token);
    expect(marked.data?.moderateAccount.__typename).toBe("MutationModerateAccountSuccess");
    expect((await call("GET", `/api/v1/statuses/${kept.snowflake}`, eve.token)).body.sensitive).toBe(true);
    const warnings = await t.app.deps.db.accountWarning.findMany({ where: { targetAccountId: BigInt(eve.snowflake) }, orderBy: { id: "asc" } });
    expect(warnings.map((w) => [w.action, w.text, w.statusIds.map(String)])).toEqual([
      ["delete_statuses", "removed", [one.snowflake, two.snowflake]],
      ["none", "last warning", []],
      ["mark_statuses_as_sensitive", "", [kept.snowflake]],
    ]);
    expect((await t.gql(AdminReport, { id: "123456789012345" }, mod.token)).data?.adminReport).toBeNull();
  });
});

describe("report details", () => {
  it("category and rules are corrected with PUT; the list filters and pages with Link headers", async () => {
    const gus = await someone("repgus");
    const hal = await someone("rephal");
    const rule = await t.app.deps.db.rule.create({ data: { id: newId(), text: "No spam", hint: "Ads included" } });
    const filed = await report(gus, hal);
    const put = (body: unknown) => call("PUT", `/api/v1/admin/reports/${filed.id}`, mod.token, body);
    const changed = await put({ category: "violation", rule_ids: [String(rule.id)] });
    expect(changed.body).toMatchObject({ category: "violation", rules: [{ id: String(rule.id), text: "No spam", hint: "Ads included" }] });
    await refused(t, 422, () => put({ category: "gossip" }));
    await refused(t, 422, () => put({ category: "violation", rule_ids: ["123456789"] }));
    expect((await put({ category: "other" })).body).toMatchObject({ category: "other", rules: [] });
    expect((await auditOf([filed.id])).map(([action]) => action)).toEqual(["report.update", "report.update"]);

    const second = await report(gus, hal, [], "twice");
    const byGus = await mod.api.v1.admin.reports.list({ accountId: gus.snowflake });
    expect(byGus.map((r) => r.id)).toEqual([second.id, filed.id]);
    expect((await mod.api.v1.admin.reports.list({ targetAccountId: gus.snowflake })).map((r) => r.id)).toEqual([]);
    const first = await call("GET", `/api/v1/admin/reports?account_id=${gus.snowflake}&limit=1`, mod.token);
    expect(first.body.map((r: { id: string }) => r.id)).toEqual([second.id]);
    const next = /<([^>]+)>; rel="next"/.exec(first.headers.get("link") ?? "")![1]!;
    expect((await call("GET", new URL(next).pathname + new URL(next).search, mod.token)).body.map((r: { id: string }) => r.id)).toEqual([filed.id]);
    await refused(t, 404, () => call("GET", "/api/v1/admin/reports/123456789012345", mod.token));
    // With rules, signing up asks to accept them: the other tests sign up the plain way.
    await t.app.deps.db.rule.delete({ where: { id: rule.id } });
  });
});

describe("authorization matrix", () => {
  it("refuses every report operation to anonymous callers (401) and ordinary users (403), writing nothing", async () => {
    const user = await someone("repuser");
    const target = await someone("reptarget");
    const filed = await report(user, target);
    const id = filed.id;
    const rest: [string, string, unknown?][] = [
      ["GET", "/api/v1/admin/reports"],
      ["GET", `/api/v1/admin/reports/${id}`],
      ["PUT", `/api/v1/admin/reports/${id}`, { category: "other" }],
      ...["assign_to_self", "unassign", "resolve", "reopen"].map((verb): [string, string] => ["POST", `/api/v1/admin/reports/${id}/${verb}`]),
    ];
    const noScope = await passwordToken(url, mod, "read write");
    for (const [method, path, body] of rest) {
      await refused(t, 401, () => call(method, path, null, body));
      await refused(t, 403, () => call(method, path, user.token, body));
      await refused(t, 403, () => call(method, path, noScope, body));
    }
    for (const [document, variables] of [[AdminReports, {}], [AdminReport, { id }]] as const) {
      await refusedGql(t, document as never, variables as never, null, "UNAUTHENTICATED");
      await refusedGql(t, document as never, variables as never, user.token, "FORBIDDEN");
    }
    for (const [token, code] of [[null, "UNAUTHENTICATED"], [user.token, "FORBIDDEN"]] as const) {
      const before = await rowCounts(t);
      const answer = await t.gql(ReportVerbs, { id }, token);
      expect(Object.values(answer.data ?? {}).map((v) => ("code" in v ? v.code : v.__typename))).toEqual(Array(5).fill(code));
      expect(await rowCounts(t)).toEqual(before);
    }
  });
});
