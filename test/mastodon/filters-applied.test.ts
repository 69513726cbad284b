// Filters at work in the Mastodon API: `filtered` on statuses in each context, `hide`
// filters taking statuses out of timelines, notifications and the user stream, expired
// filters doing nothing, and the cost of it all (one query at most per page).
import { createRestAPIClient, createStreamingAPIClient, type mastodon } from "masto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startListeningApp, type TestApp } from "../support/app.js";
import { signUp, type Person } from "../support/world.js";

let t: TestApp;
let url: string;
beforeAll(async () => ({ t, url } = await startListeningApp()));
afterAll(() => t.close());

interface Member extends Person {
  api: mastodon.rest.Client;
  token: string;
}

async function member(name: string): Promise<Member> {
  const person = await signUp(t, name);
  const app = await createRestAPIClient({ url }).v1.apps.create({ clientName: "filters", redirectUris: "urn:ietf:wg:oauth:2.0:oob", scopes: "read write follow" });
  const response = await fetch(`${url}/oauth/token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ grant_type: "password", client_id: app.clientId, client_secret: app.clientSecret, username: `${person.name}@example.org`, password: "correct horse battery" }),
  });
  const token = ((await response.json()) as { access_token: string }).access_token;
  return { ...person, token, api: createRestAPIClient({ url, accessToken: token }) };
}

/** A reader and the account it follows. */
async function pair(prefix: string) {
  const [reader, author] = await Promise.all([member(`${prefix}reader`), member(`${prefix}author`)]);
  await reader.api.v1.accounts.$select(author.snowflake).follow();
  await t.app.events.drain();
  return { reader, author };
}

async function post(who: Member, status: string) {
  const created = await who.api.v1.statuses.create({ status });
  await t.app.events.drain();
  return created;
}

const ids = (statuses: { id: string }[]) => statuses.map((s) => s.id);
const byId = (statuses: mastodon.v1.Status[], id: string) => statuses.find((s) => s.id === id)!;

describe("filtered statuses", () => {
  it("reports warn matches with their keywords, in the filter's contexts only", async () => {
    const { reader, author } = await pair("warn");
    const filter = await reader.api.v2.filters.create({
      title: "No spoilers",
      context: ["home", "public"],
      keywordsAttributes: [{ keyword: "spoiler", wholeWord: true }, { keyword: "ending", wholeWord: false }],
    });
    const hit = await post(author, "Big SPOILER about the endings");
    const miss = await post(author, "spoilers are fine, whole words only");
    await reader.api.v2.filters.create({ title: "Shared", context: ["home"], keywordsAttributes: [{ keyword: "about" }] });
    await t.app.events.drain();

    const home = await reader.api.v1.timelines.home.list();
    expect(byId(home, hit.id).filtered).toEqual([
      {
        filter: { id: filter.id, title: "No spoilers", context: ["home", "public"], expiresAt: null, filterAction: "warn" },
        keywordMatches: ["spoiler", "ending"],
        statusMatches: null,
      },
      expect.objectContaining({ filter: expect.objectContaining({ title: "Shared" }), keywordMatches: ["about"] }),
    ]);
    expect(byId(home, miss.id).filtered).toEqual([]);
    const publicLine = await reader.api.v1.timelines.public.list({ local: true });
    expect(byId(publicLine, hit.id).filtered!.map((r) => r.filter.title)).toEqual(["No spoilers"]);
    // Not in the filter's contexts: a profile, a thread.
    expect(byId(await reader.api.v1.accounts.$select(author.snowflake).statuses.list(), hit.id).filtered).toEqual([]);
    expect((await reader.api.v1.statuses.$select(hit.id).fetch()).filtered).toEqual([]);
    await reader.api.v2.filters.$select(filter.id).update({ context: ["thread", "account"] });
    await t.app.events.drain();
    expect((await reader.api.v1.statuses.$select(hit.id).fetch()).filtered!.map((r) => r.filter.title)).toEqual(["No spoilers"]);
    const reply = await author.api.v1.statuses.create({ status: "the ending, again", inReplyToId: hit.id });
    const thread = await reader.api.v1.statuses.$select(hit.id).context.fetch();
    expect(byId(thread.descendants, reply.id).filtered!.map((r) => r.keywordMatches)).toEqual([["ending"]]);
    expect(byId(await reader.api.v1.accounts.$select(author.snowflake).statuses.list(), hit.id).filtered).toHaveLength(1);
    // Filters are the reader's own: the author and anonymous readers see nothing filtered.
    expect(byId(await author.api.v1.timelines.home.list(), hit.id).filtered).toEqual([]);
    const anonymous = createRestAPIClient({ url });
    expect(byId(await anonymous.v1.timelines.public.list({ local: true }), hit.id).filtered ?? []).toEqual([]);
  });

  it("matches filtered statuses, and boosts of them", async () => {
    const { reader, author } = await pair("bystatus");
    const stranger = await member("bystatusstranger");
    const original = await post(author, "an ordinary post");
    const far = await post(stranger, "from afar");
    const filter = await reader.api.v2.filters.create({ title: "These", context: ["home"] });
    await reader.api.v2.filters.$select(filter.id).statuses.create({ statusId: original.id });
    await reader.api.v2.filters.$select(filter.id).statuses.create({ statusId: far.id });
    const boost = await author.api.v1.statuses.$select(far.id).reblog();
    await t.app.events.drain();
    const home = await reader.api.v1.timelines.home.list();
    expect(byId(home, original.id).filtered).toEqual([expect.objectContaining({ keywordMatches: null, statusMatches: [original.id] })]);
    expect(byId(home, boost.id).filtered).toEqual([expect.objectContaining({ statusMatches: [far.id] })]);
    expect(byId(home, boost.id).reblog!.filtered).toEqual([expect.objectContaining({ statusMatches: [far.id] })]);
  });
});

describe("hide filters", () => {
  it("take matching statuses out of home and public timelines and notifications", async () => {
    const { reader, author } = await pair("hide");
    await reader.api.v2.filters.create({ title: "No drama", context: ["home", "notifications"], filterAction: "hide", keywordsAttributes: [{ keyword: "drama" }] });
    const drama = await post(author, "drama again");
    const calm = await post(author, "calm day");
    expect(ids(await reader.api.v1.timelines.home.list())).toEqual([calm.id]);
    // Public is not one of its contexts; another hide filter there takes it out.
    expect(ids(await reader.api.v1.timelines.public.list({ local: true }))).toContain(drama.id);
    await reader.api.v2.filters.create({ title: "Public drama", context: ["public"], filterAction: "hide", keywordsAttributes: [{ keyword: "DRAMA" }] });
    await t.app.events.drain();
    const publicLine = ids(await reader.api.v1.timelines.public.list({ local: true }));
    expect(publicLine).toContain(calm.id);
    expect(publicLine).not.toContain(drama.id);
    expect(ids(await author.api.v1.timelines.public.list({ local: true }))).toContain(drama.id);
    // Still there to look at on its own (thread is not a context of these filters) ...
    expect((await reader.api.v1.statuses.$select(drama.id).fetch()).filtered).toEqual([]);
    // ... and where no context applies, every match is reported, as Mastodon does.
    const favourited = await reader.api.v1.statuses.$select(drama.id).favourite();
    expect(favourited.filtered!.map((r) => r.filter.filterAction)).toEqual(["hide", "hide"]);

    const loud = await post(author, `@${reader.name} more drama`);
    const quiet = await post(author, `@${reader.name} hello`);
    const notifications = await reader.api.v1.notifications.list({ types: ["mention"] });
    expect(notifications.map((n) => n.status?.id)).toEqual([quiet.id]);
    expect(loud.id).toBeDefined();
  });

  it("takes filtered statuses and their boosts out", async () => {
    const { reader, author } = await pair("hidestatus");
    const stranger = await member("hidestatusstranger");
    const original = await post(author, "nothing special");
    const far = await post(stranger, "from afar");
    const filter = await reader.api.v2.filters.create({ title: "Gone", context: ["home"], filterAction: "hide" });
    await reader.api.v2.filters.$select(filter.id).statuses.create({ statusId: original.id });
    const kept = await author.api.v1.statuses.$select(far.id).reblog();
    await t.app.events.drain();
    expect(ids(await reader.api.v1.timelines.home.list())).toEqual([kept.id]);
    await reader.api.v2.filters.$select(filter.id).statuses.create({ statusId: far.id });
    await t.app.events.drain();
    expect(ids(await reader.api.v1.timelines.home.list())).toEqual([]);
  });

  it("do nothing once expired", async () => {
    const { reader, author } = await pair("expired");
    await reader.api.v2.filters.create({ title: "Brief", context: ["home"], filterAction: "hide", expiresIn: 1, keywordsAttributes: [{ keyword: "fleeting" }] });
    const status = await post(author, "a fleeting thought");
    expect(ids(await reader.api.v1.timelines.home.list())).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const home = await reader.api.v1.timelines.home.list();
    expect(ids(home)).toEqual([status.id]);
    expect(home[0]!.filtered).toEqual([]);
  });
});

type Event = { event: string; stream: string[]; payload: unknown };

describe("streaming", () => {
  it("leaves hidden statuses out of the user stream and marks warned ones", async () => {
    const { reader, author } = await pair("stream");
    await reader.api.v2.filters.create({ title: "Hide", context: ["home"], filterAction: "hide", keywordsAttributes: [{ keyword: "secret" }] });
    await reader.api.v2.filters.create({ title: "Warn", context: ["home"], keywordsAttributes: [{ keyword: "maybe" }] });
    await t.app.events.drain();
    const streaming = createStreamingAPIClient({ streamingApiUrl: url.replace(/^http/, "ws"), accessToken: reader.token });
    const events: Event[] = [];
    const done = (async () => {
      for await (const event of streaming.user.subscribe() as AsyncIterable<Event>) events.push(event);
    })();
    const updates = () => events.filter((e) => e.event === "update").map((e) => e.payload as { id: string; content: string; filtered: { filter: { title: string } }[] });
    // masto subscribes lazily and without acknowledgement: post probes until one arrives.
    for (let attempt = 0; attempt < 20 && updates().length === 0; attempt++) {
      await post(author, "probe");
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(updates().length).toBeGreaterThan(0);
    events.length = 0;
    const secret = await post(author, "a secret plan");
    const maybe = await post(author, "maybe later");
    const plain = await post(author, "plain words");
    for (let wait = 0; wait < 40 && updates().length < 2; wait++) await new Promise((resolve) => setTimeout(resolve, 50));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(updates().map((u) => u.id)).toEqual([maybe.id, plain.id]);
    expect(updates()[0]!.filtered.map((f) => f.filter.title)).toEqual(["Warn"]);
    expect(updates()[1]!.filtered).toEqual([]);
    expect(secret.id).toBeDefined();
    streaming.close();
    await done.catch(() => undefined);
  });
});

describe("cost", () => {
  const filterQueries = () => t.queries.filter((sql) => sql.includes("FROM filter_keywords k") || sql.includes("coalesce(description, '') <> ''"));

  it("adds one query at most to a page, filters cached or not", async () => {
    const { reader, author } = await pair("cost");
    for (let i = 0; i < 25; i++) await author.api.v1.statuses.create({ status: `post ${i} ${i % 3 === 0 ? "noise" : "signal"}` });
    await t.app.events.drain();
    await reader.api.v2.filters.create({ title: "Noise", context: ["home", "notifications"], keywordsAttributes: [{ keyword: "noise" }] });
    await reader.api.v2.filters.create({ title: "Hidden noise", context: ["home"], filterAction: "hide", keywordsAttributes: [{ keyword: "post 3" }] });
    await t.app.events.drain();
    // Filters just changed: they come with the page's media descriptions and poll options.
    // Then cached: only the extras, once their shared copy (two seconds) is gone.
    for (const round of ["filters just changed", "filters cached"]) {
      if (round === "filters cached") await new Promise((resolve) => setTimeout(resolve, 2100));
      t.queries.length = 0;
      const page = await reader.api.v1.timelines.home.list({ limit: 40 });
      expect(page.length, round).toBe(24);
      expect(page.filter((s) => s.filtered!.length).length, round).toBe(8);
      expect(filterQueries().length, round).toBe(1);
    }
    for (let i = 0; i < 5; i++) await author.api.v1.statuses.create({ status: `@${reader.name} noise ${i}` });
    await t.app.events.drain();
    t.queries.length = 0;
    const notifications = await reader.api.v1.notifications.list({ types: ["mention"] });
    expect(notifications.map((n) => n.status!.filtered!.length)).toEqual([1, 1, 1, 1, 1]);
    expect(filterQueries().length).toBeLessThanOrEqual(1);
  });
});

describe("hide filters in threads", () => {
  it("take matching replies out of a status' context", async () => {
    const { reader, author } = await pair("thread");
    await reader.api.v2.filters.create({ title: "Quiet threads", context: ["thread"], filterAction: "hide", keywordsAttributes: [{ keyword: "noise" }] });
    await t.app.events.drain();
    const root = await post(author, "a calm start");
    const loud = await author.api.v1.statuses.create({ status: "some noise here", inReplyToId: root.id });
    const calm = await author.api.v1.statuses.create({ status: "a calm reply", inReplyToId: root.id });
    const context = await reader.api.v1.statuses.$select(root.id).context.fetch();
    expect(ids(context.descendants)).toEqual([calm.id]);
    // The author has no such filter: both replies.
    expect(ids((await author.api.v1.statuses.$select(root.id).context.fetch()).descendants)).toEqual([loud.id, calm.id]);
  });
});
