// Filters through the Mastodon API with masto.js: v2 filters, their keywords and
// statuses, v1 filters as views of keywords, bad input (4xx, nothing written) and
// other people's filters (404).
import { createRestAPIClient, type mastodon } from "masto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startListeningApp, type TestApp } from "../support/app.js";
import { signUp } from "../support/world.js";

let t: TestApp;
let url: string;
beforeAll(async () => ({ t, url } = await startListeningApp()));
afterAll(() => t.close());

async function tokenFor(name: string, scopes = "read write follow") {
  const person = await signUp(t, name);
  const app = await createRestAPIClient({ url }).v1.apps.create({ clientName: "filters", redirectUris: "urn:ietf:wg:oauth:2.0:oob", scopes });
  const response = await fetch(`${url}/oauth/token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ grant_type: "password", client_id: app.clientId, client_secret: app.clientSecret, username: `${person.name}@example.org`, password: "correct horse battery", scope: scopes }),
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

async function client(name: string): Promise<{ api: mastodon.rest.Client; token: string }> {
  const token = await tokenFor(name);
  return { api: createRestAPIClient({ url, accessToken: token }), token };
}

/** A raw call, for answers masto would throw on. */
async function call(token: string | null, method: string, path: string, body?: unknown, type = "application/json") {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { "content-type": type } : {}) },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const counts = async () => ({
  filters: await t.app.deps.db.filter.count(),
  keywords: await t.app.deps.db.filterKeyword.count(),
  statuses: await t.app.deps.db.filterStatus.count(),
});

describe("v2 filters", () => {
  it("creates, lists, fetches, updates and deletes filters with keywords", async () => {
    const { api } = await client("filteralice");
    const created = await api.v2.filters.create({
      title: "Spoilers",
      context: ["home", "public"],
      filterAction: "warn",
      expiresIn: 3600,
      keywordsAttributes: [{ keyword: "finale", wholeWord: true }, { keyword: "season", wholeWord: false }],
    });
    expect(created).toMatchObject({ title: "Spoilers", context: ["home", "public"], filterAction: "warn", statuses: [] });
    expect(created.keywords.map((k) => [k.keyword, k.wholeWord])).toEqual([["finale", true], ["season", false]]);
    const expires = Date.parse(created.expiresAt!) - Date.now();
    expect(expires).toBeGreaterThan(3500_000);
    expect(expires).toBeLessThanOrEqual(3600_000);

    expect((await api.v2.filters.list()).map((f) => f.id)).toEqual([created.id]);
    expect(await api.v2.filters.$select(created.id).fetch()).toEqual(created);

    const [finale, season] = created.keywords;
    const updated = await api.v2.filters.$select(created.id).update({
      title: "TV",
      context: ["thread"],
      filterAction: "hide",
      keywordsAttributes: [
        { id: finale!.id, _destroy: true },
        { id: season!.id, keyword: "episode", wholeWord: true },
        { keyword: "cliffhanger" },
      ],
    });
    expect(updated).toMatchObject({ id: created.id, title: "TV", context: ["thread"], filterAction: "hide", expiresAt: created.expiresAt });
    expect(updated.keywords.map((k) => [k.id === season!.id, k.keyword, k.wholeWord])).toEqual([[true, "episode", true], [false, "cliffhanger", true]]);
    // expires_in null: never expires.
    const blur = await api.v2.filters.$select(created.id).update({ filterAction: "blur" as "warn", expiresIn: null });
    expect(blur).toMatchObject({ filterAction: "blur", expiresAt: null });

    await api.v2.filters.$select(created.id).remove();
    expect(await api.v2.filters.list()).toEqual([]);
    await expect(api.v2.filters.$select(created.id).fetch()).rejects.toMatchObject({ statusCode: 404 });
    expect(await t.app.deps.db.filterKeyword.count({ where: { filterId: BigInt(created.id) } })).toBe(0);
  });

  it("manages keywords and statuses of a filter", async () => {
    const { api } = await client("filterbob");
    const filter = await api.v2.filters.create({ title: "Quiet", context: ["home"] });
    expect(filter.keywords).toEqual([]);
    const keyword = await api.v2.filters.$select(filter.id).keywords.create({ keyword: "crypto", wholeWord: false });
    expect(keyword).toMatchObject({ keyword: "crypto", wholeWord: false });
    expect(await api.v2.filters.$select(filter.id).keywords.list()).toEqual([keyword]);
    expect(await api.v2.filters.keywords.$select(keyword.id).fetch()).toEqual(keyword);
    const changed = await api.v2.filters.keywords.$select(keyword.id).update({ keyword: "nft", wholeWord: true });
    expect(changed).toEqual({ id: keyword.id, keyword: "nft", wholeWord: true });
    await api.v2.filters.keywords.$select(keyword.id).remove();
    expect(await api.v2.filters.$select(filter.id).keywords.list()).toEqual([]);

    const status = await api.v1.statuses.create({ status: "filter me" });
    const entry = await api.v2.filters.$select(filter.id).statuses.create({ statusId: status.id });
    expect(entry).toMatchObject({ statusId: status.id });
    expect(await api.v2.filters.$select(filter.id).statuses.list()).toEqual([entry]);
    expect(await api.v2.filters.statuses.$select(entry.id).fetch()).toEqual(entry);
    expect((await api.v2.filters.$select(filter.id).fetch()).statuses).toEqual([entry]);
    await api.v2.filters.statuses.$select(entry.id).remove();
    expect(await api.v2.filters.$select(filter.id).statuses.list()).toEqual([]);
  });

  it("reads Rails-style form parameters", async () => {
    const { token } = await client("filterform");
    const form = "title=Form&context[]=public&context[]=account&filter_action=hide"
      + "&keywords_attributes[][keyword]=foo&keywords_attributes[][whole_word]=false"
      + "&keywords_attributes[][keyword]=bar&keywords_attributes[][whole_word]=true";
    const created = await call(token, "POST", "/api/v2/filters", form, "application/x-www-form-urlencoded");
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ title: "Form", context: ["public", "account"], filter_action: "hide" });
    expect((created.body.keywords as { keyword: string; whole_word: boolean }[]).map((k) => [k.keyword, k.whole_word])).toEqual([["foo", false], ["bar", true]]);
  });
});

describe("bad input and other people's filters", () => {
  it("answers 4xx with an error and writes nothing", async () => {
    const { api, token } = await client("filtercarol");
    const filter = await api.v2.filters.create({ title: "Mine", context: ["home"], keywordsAttributes: [{ keyword: "one" }] });
    const other = await api.v2.filters.create({ title: "Other", context: ["home"], keywordsAttributes: [{ keyword: "two" }] });
    const before = await counts();
    const bad: [string, string, unknown, number][] = [
      ["POST", "/api/v2/filters", { context: ["home"] }, 422],
      ["POST", "/api/v2/filters", { title: "  ", context: ["home"] }, 422],
      ["POST", "/api/v2/filters", { title: "x", context: [] }, 422],
      ["POST", "/api/v2/filters", { title: "x" }, 422],
      ["POST", "/api/v2/filters", { title: "x", context: ["home", "everywhere"] }, 422],
      ["POST", "/api/v2/filters", { title: "x", context: ["home"], filter_action: "explode" }, 422],
      ["POST", "/api/v2/filters", { title: "x", context: ["home"], expires_in: "soon" }, 422],
      ["POST", "/api/v2/filters", { title: "x", context: ["home"], expires_in: -5 }, 422],
      ["POST", "/api/v2/filters", { title: "x", context: ["home"], keywords_attributes: [{ keyword: "ok" }, { keyword: " " }] }, 422],
      ["POST", "/api/v2/filters", { title: "x", context: ["home"], keywords_attributes: [{ id: filter.keywords[0]!.id, keyword: "x" }] }, 404],
      ["PUT", `/api/v2/filters/${filter.id}`, { title: "" }, 422],
      ["PUT", `/api/v2/filters/${filter.id}`, { context: [] }, 422],
      // A keyword of another filter: nothing changes, the title included.
      ["PUT", `/api/v2/filters/${filter.id}`, { title: "Changed", keywords_attributes: [{ id: other.keywords[0]!.id, keyword: "stolen" }] }, 404],
      ["PUT", `/api/v2/filters/${filter.id}`, { title: "Changed", keywords_attributes: [{ keyword: "new" }, { id: filter.keywords[0]!.id, keyword: "" }] }, 422],
      ["POST", `/api/v2/filters/${filter.id}/keywords`, { keyword: "" }, 422],
      ["PUT", `/api/v2/filters/keywords/${filter.keywords[0]!.id}`, { keyword: "" }, 422],
      ["POST", `/api/v2/filters/${filter.id}/statuses`, {}, 422],
      ["POST", `/api/v2/filters/${filter.id}/statuses`, { status_id: "123456789" }, 404],
      ["GET", "/api/v2/filters/nonsense", undefined, 404],
      ["GET", "/api/v2/filters/keywords/99999", undefined, 404],
      ["DELETE", "/api/v2/filters/statuses/99999", undefined, 404],
      ["POST", "/api/v1/filters", { phrase: "", context: ["home"] }, 422],
      ["POST", "/api/v1/filters", { phrase: "x", context: ["nowhere"] }, 422],
    ];
    for (const [method, path, body, status] of bad) {
      const answer = await call(token, method, path, body);
      expect({ method, path, body, status: answer.status }).toEqual({ method, path, body, status });
      expect(typeof answer.body.error, `${method} ${path}`).toBe("string");
    }
    expect(await counts()).toEqual(before);
    expect((await api.v2.filters.$select(filter.id).fetch()).title).toBe("Mine");

    const status = await api.v1.statuses.create({ status: "twice" });
    await api.v2.filters.$select(filter.id).statuses.create({ statusId: status.id });
    const again = await call(token, "POST", `/api/v2/filters/${filter.id}/statuses`, { status_id: status.id });
    expect(again.status).toBe(422);
    expect(again.body.error).toMatch(/already/);
  });

  it("needs a token with the filters scopes", async () => {
    const { api } = await client("filterscoped");
    const filter = await api.v2.filters.create({ title: "Scoped", context: ["home"] });
    const readOnly = await tokenFor("filterreader", "read");
    expect((await call(null, "GET", "/api/v2/filters")).status).toBe(401);
    expect((await call(readOnly, "GET", "/api/v2/filters")).status).toBe(200);
    const refused = await call(readOnly, "POST", "/api/v2/filters", { title: "x", context: ["home"] });
    expect(refused).toMatchObject({ status: 403, body: { error: expect.any(String) } });
    expect((await call(readOnly, "DELETE", `/api/v2/filters/${filter.id}`)).status).toBe(403);
    const granular = await tokenFor("filtergranular", "read:filters write:filters");
    expect((await call(granular, "POST", "/api/v2/filters", { title: "x", context: ["home"] })).status).toBe(200);
    expect((await call(granular, "GET", "/api/v1/timelines/home")).status).toBe(403);
  });

  it("answers 404 for someone else's filters, keywords and statuses", async () => {
    const { api: dave } = await client("filterdave");
    const { token: eve } = await client("filtereve");
    const status = await dave.v1.statuses.create({ status: "dave's" });
    const filter = await dave.v2.filters.create({ title: "Dave's", context: ["home"], keywordsAttributes: [{ keyword: "mine" }] });
    const entry = await dave.v2.filters.$select(filter.id).statuses.create({ statusId: status.id });
    const keywordId = filter.keywords[0]!.id;
    const before = await counts();
    const attempts: [string, string, unknown?][] = [
      ["GET", `/api/v2/filters/${filter.id}`],
      ["PUT", `/api/v2/filters/${filter.id}`, { title: "Eve's now" }],
      ["DELETE", `/api/v2/filters/${filter.id}`],
      ["GET", `/api/v2/filters/${filter.id}/keywords`],
      ["POST", `/api/v2/filters/${filter.id}/keywords`, { keyword: "x" }],
      ["GET", `/api/v2/filters/keywords/${keywordId}`],
      ["PUT", `/api/v2/filters/keywords/${keywordId}`, { keyword: "x" }],
      ["DELETE", `/api/v2/filters/keywords/${keywordId}`],
      ["GET", `/api/v2/filters/${filter.id}/statuses`],
      ["POST", `/api/v2/filters/${filter.id}/statuses`, { status_id: status.id }],
      ["GET", `/api/v2/filters/statuses/${entry.id}`],
      ["DELETE", `/api/v2/filters/statuses/${entry.id}`],
      ["GET", `/api/v1/filters/${keywordId}`],
      ["PUT", `/api/v1/filters/${keywordId}`, { phrase: "x", context: ["home"] }],
      ["DELETE", `/api/v1/filters/${keywordId}`],
    ];
    for (const [method, path, body] of attempts) {
      const answer = await call(eve, method, path, body);
      expect({ method, path, status: answer.status }).toEqual({ method, path, status: 404 });
      expect(typeof answer.body.error).toBe("string");
    }
    expect((await call(eve, "GET", "/api/v2/filters")).body).toEqual([]);
    expect((await call(eve, "GET", "/api/v1/filters")).body).toEqual([]);
    expect(await counts()).toEqual(before);
    expect(await dave.v2.filters.$select(filter.id).fetch()).toMatchObject({ title: "Dave's", statuses: [entry] });
  });
});

describe("v1 filters", () => {
  it("shows each keyword as a filter and edits it", async () => {
    const { api, token } = await client("filterfrank");
    const v1 = await api.v1.filters.create({ phrase: "Brexit", context: ["home", "notifications"], irreversible: true, wholeWord: false, expiresIn: 600 });
    expect(v1).toMatchObject({ phrase: "Brexit", context: ["home", "notifications"], irreversible: true, wholeWord: false });
    const [group] = await api.v2.filters.list();
    expect(group).toMatchObject({ title: "Brexit", filterAction: "hide", keywords: [{ id: v1.id, keyword: "Brexit", wholeWord: false }] });
    expect(await api.v1.filters.list()).toEqual([v1]);
    expect(await api.v1.filters.$select(v1.id).fetch()).toEqual(v1);

    const edited = await api.v1.filters.$select(v1.id).update({ phrase: "Bremain", context: ["public"], irreversible: false, wholeWord: true });
    expect(edited).toMatchObject({ id: v1.id, phrase: "Bremain", context: ["public"], irreversible: false, wholeWord: true });
    expect((await api.v2.filters.$select(group!.id).fetch()).title).toBe("Bremain");

    // With a second keyword, the filter's settings can't change through v1 (the phrase can).
    await api.v2.filters.$select(group!.id).keywords.create({ keyword: "referendum" });
    const refused = await call(token, "PUT", `/api/v1/filters/${v1.id}`, { phrase: "Bremain", context: ["home"] });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatch(/several keywords/);
    expect((await api.v1.filters.$select(v1.id).update({ phrase: "EU", context: ["public"] })).phrase).toBe("EU");
    expect((await api.v1.filters.list()).map((f) => f.phrase)).toEqual(["EU", "referendum"]);

    // Deleting a v1 filter deletes its keyword only.
    await api.v1.filters.$select(v1.id).remove();
    expect((await api.v1.filters.list()).map((f) => f.phrase)).toEqual(["referendum"]);
    expect((await api.v2.filters.list()).map((f) => f.id)).toEqual([group!.id]);
  });
});
