// Endpoint coverage, part 2: statuses and the interactions on them, media, polls,
// timelines and conversations. Each endpoint has a success case with real values and a
// refused case: 4xx with {"error": ...}, and no table changed.
import sharp from "sharp";
import { createRestAPIClient } from "masto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startListeningApp, type TestApp } from "../support/app.js";
import { caller, refused } from "../support/api.js";
import { mastoPerson, passwordToken } from "../support/masto.js";

let t: TestApp;
let url: string;
// No rate limit: this file sends many requests, signed out ones from one address.
beforeAll(async () => ({ t, url } = await startListeningApp({ API_RATE_LIMIT: "0" })));
afterAll(() => t.close());

const call = caller(() => url);
const UNKNOWN = "123456789012345";

const someone = (name: string) => mastoPerson(t, url, name);

const image = async () =>
  new Blob([new Uint8Array(await sharp({ create: { width: 60, height: 30, channels: 3, background: "#a03050" } }).png().toBuffer())], { type: "image/png" });

const statusRow = (id: string) => t.app.deps.db.status.findUniqueOrThrow({ where: { id: BigInt(id) } });

describe("statuses", () => {
  it("deletes one's own status and gives its text back; refuses others', unknown ones and missing tokens", async () => {
    const amy = await someone("cvamy");
    const bo = await someone("cvbo");
    const status = await amy.api.v1.statuses.create({ status: "to delete #gone" });
    const readOnly = await passwordToken(url, amy, "read");
    await refused(t, 404, () => call("DELETE", `/api/v1/statuses/${status.id}`, bo.token), /Record not found/);
    await refused(t, 404, () => call("DELETE", `/api/v1/statuses/${UNKNOWN}`, amy.token));
    await refused(t, 404, () => call("DELETE", "/api/v1/statuses/not-an-id", amy.token));
    await refused(t, 401, () => call("DELETE", `/api/v1/statuses/${status.id}`, null));
    await refused(t, 403, () => call("DELETE", `/api/v1/statuses/${status.id}`, readOnly), /scopes/);
    expect((await statusRow(status.id)).deletedAt).toBeNull();

    const deleted = await call("DELETE", `/api/v1/statuses/${status.id}`, amy.token);
    expect(deleted.body).toMatchObject({ id: status.id, text: "to delete #gone" });
    expect((await statusRow(status.id)).deletedAt).not.toBeNull();
    expect(await t.app.deps.db.account.findUnique({ where: { id: BigInt(amy.snowflake) } })).toMatchObject({ statusesCount: 0 });
    await refused(t, 404, () => call("GET", `/api/v1/statuses/${status.id}`, amy.token), /Record not found/);
    await refused(t, 404, () => call("DELETE", `/api/v1/statuses/${status.id}`, amy.token));
  });

  it("edits one's own status; refuses blank text, others' and unknown statuses, leaving the text", async () => {
    const cal = await someone("cvcal");
    const dot = await someone("cvdot");
    const status = await cal.api.v1.statuses.create({ status: "version one" });
    const put = (token: string | null, id: string, body: unknown) => call("PUT", `/api/v1/statuses/${id}`, token, body);
    await refused(t, 422, () => put(cal.token, status.id, { status: "   " }), /blank/);
    await refused(t, 422, () => put(cal.token, status.id, { status: "x".repeat(501) }), /too long|characters/);
    await refused(t, 404, () => put(dot.token, status.id, { status: "hijacked" }), /Record not found/);
    await refused(t, 404, () => put(cal.token, UNKNOWN, { status: "nothing" }));
    await refused(t, 401, () => put(null, status.id, { status: "nobody" }));
    expect(await statusRow(status.id)).toMatchObject({ text: "version one", editedAt: null });

    const edited = await cal.api.v1.statuses.$select(status.id).update({ status: "version two", spoilerText: "cw" });
    expect(edited).toMatchObject({ id: status.id, content: "<p>version two</p>", spoilerText: "cw", editedAt: expect.any(String) });
    expect(await statusRow(status.id)).toMatchObject({ text: "version two", spoilerText: "cw" });
  });

  it("replies only to statuses one may see", async () => {
    const ada = await someone("cvada");
    const bea = await someone("cvbea");
    const open = await bea.api.v1.statuses.create({ status: "open" });
    const hidden = await bea.api.v1.statuses.create({ status: "followers only", visibility: "private" });
    const reply = await ada.api.v1.statuses.create({ status: "a reply", inReplyToId: open.id });
    expect(reply).toMatchObject({ inReplyToId: open.id, inReplyToAccountId: bea.snowflake });
    const post = (body: unknown) => call("POST", "/api/v1/statuses", ada.token, body);
    await refused(t, 404, () => post({ status: "to nothing", in_reply_to_id: UNKNOWN }), /not found/);
    await refused(t, 404, () => post({ status: "to the hidden", in_reply_to_id: hidden.id }), /not found/);
    await refused(t, 404, () => post({ status: "to a bad id", in_reply_to_id: "abc" }));
  });

  it("shows a thread, a status' history, source and who interacted; 404 for what one may not see", async () => {
    const eli = await someone("cveli");
    const fox = await someone("cvfox");
    const gil = await someone("cvgil");
    const root = await eli.api.v1.statuses.create({ status: "root" });
    const middle = await fox.api.v1.statuses.create({ status: "middle", inReplyToId: root.id });
    const leaf = await eli.api.v1.statuses.create({ status: "leaf", inReplyToId: middle.id });
    const context = await gil.api.v1.statuses.$select(middle.id).context.fetch();
    expect([context.ancestors.map((s) => s.id), context.descendants.map((s) => s.id)]).toEqual([[root.id], [leaf.id]]);
    const history = await gil.api.v1.statuses.$select(root.id).history.list();
    expect(history.map((v) => [v.content, v.account.id])).toEqual([["<p>root</p>", eli.snowflake]]);
    await fox.api.v1.statuses.$select(root.id).favourite();
    await gil.api.v1.statuses.$select(root.id).reblog();
    expect((await gil.api.v1.statuses.$select(root.id).favouritedBy.list()).map((a) => a.id)).toEqual([fox.snowflake]);
    expect((await fox.api.v1.statuses.$select(root.id).rebloggedBy.list()).map((a) => a.id)).toEqual([gil.snowflake]);
    expect(await eli.api.v1.statuses.$select(root.id).source.fetch()).toEqual({ id: root.id, text: "root", spoilerText: "" });

    const hidden = await eli.api.v1.statuses.create({ status: "followers only", visibility: "private" });
    for (const suffix of ["", "/context", "/history", "/source", "/reblogged_by", "/favourited_by"]) {
      await refused(t, 404, () => call("GET", `/api/v1/statuses/${hidden.id}${suffix}`, gil.token), /Record not found/);
      await refused(t, 404, () => call("GET", `/api/v1/statuses/${UNKNOWN}${suffix}`, gil.token), /Record not found/);
      await refused(t, 404, () => call("GET", `/api/v1/statuses/not-an-id${suffix}`, null));
    }
    await refused(t, 404, () => call("GET", `/api/v1/statuses/${root.id}/source`, gil.token), /Record not found/);
    await refused(t, 404, () => call("GET", `/api/v1/statuses/${root.id}/source`, null));
  });

  it("undoes favourites, boosts, bookmarks, pins and conversation mutes", async () => {
    const hub = await someone("cvhub");
    const ivy = await someone("cvivy");
    const theirs = await ivy.api.v1.statuses.create({ status: "like me" });
    const mine = await hub.api.v1.statuses.create({ status: "pin me" });
    const on = hub.api.v1.statuses.$select(theirs.id);
    await on.favourite();
    expect(await on.unfavourite()).toMatchObject({ id: theirs.id, favourited: false, favouritesCount: 0 });
    const boost = await on.reblog();
    expect(await on.unreblog()).toMatchObject({ id: theirs.id, reblogged: false, reblogsCount: 0 });
    expect((await statusRow(boost.id)).deletedAt).not.toBeNull();
    await on.bookmark();
    expect(await on.unbookmark()).toMatchObject({ id: theirs.id, bookmarked: false });
    expect(await hub.api.v1.bookmarks.list()).toEqual([]);
    await on.mute();
    expect(await on.unmute()).toMatchObject({ id: theirs.id, muted: false });
    await hub.api.v1.statuses.$select(mine.id).pin();
    expect(await hub.api.v1.statuses.$select(mine.id).unpin()).toMatchObject({ id: mine.id, pinned: false });
    expect(await hub.api.v1.accounts.$select(hub.snowflake).statuses.list({ pinned: true })).toEqual([]);
    // Undoing what was never done is no error, as on Mastodon.
    expect(await on.unfavourite()).toMatchObject({ favourited: false, favouritesCount: 0 });
  });

  it("refuses interactions with unknown and hidden statuses, and without the token for them", async () => {
    const jay = await someone("cvjay");
    const kai = await someone("cvkai");
    const readOnly = await passwordToken(url, jay, "read");
    const open = await kai.api.v1.statuses.create({ status: "open" });
    const hidden = await kai.api.v1.statuses.create({ status: "followers only", visibility: "private" });
    const verbs = ["favourite", "unfavourite", "reblog", "unreblog", "bookmark", "unbookmark", "pin", "unpin", "mute", "unmute"];
    for (const verb of verbs) {
      await refused(t, 404, () => call("POST", `/api/v1/statuses/${UNKNOWN}/${verb}`, jay.token), /not found/);
      await refused(t, 404, () => call("POST", `/api/v1/statuses/not-an-id/${verb}`, jay.token));
      await refused(t, 404, () => call("POST", `/api/v1/statuses/${hidden.id}/${verb}`, jay.token), /not found/);
      await refused(t, 401, () => call("POST", `/api/v1/statuses/${open.id}/${verb}`, null));
      await refused(t, 403, () => call("POST", `/api/v1/statuses/${open.id}/${verb}`, readOnly), /scopes/);
    }
    // Someone else's status is not one's to pin; a followers-only one is not for others to boost.
    await refused(t, 403, () => call("POST", `/api/v1/statuses/${open.id}/pin`, jay.token), /not your status/);
    await jay.api.v1.accounts.$select(kai.snowflake).follow();
    await refused(t, 403, () => call("POST", `/api/v1/statuses/${hidden.id}/reblog`, jay.token), /can't be boosted/);
    const direct = await jay.api.v1.statuses.create({ status: `@${kai.name} psst`, visibility: "direct" });
    await refused(t, 422, () => call("POST", `/api/v1/statuses/${direct.id}/pin`, jay.token), /direct message/);
  });
});

describe("media and polls", () => {
  it("uploads through v1 too, and refuses a missing file or token", async () => {
    const lou = await someone("cvlou");
    const body = new FormData();
    body.append("file", await image());
    body.append("description", "a pink band");
    const uploaded = await call("POST", "/api/v1/media", lou.token, body);
    expect(uploaded.body).toMatchObject({ type: "image", description: "a pink band", meta: { original: { width: 60, height: 30 } } });
    expect(await t.app.deps.db.mediaAttachment.findUnique({ where: { id: BigInt(uploaded.body.id) } })).toMatchObject({ description: "a pink band" });
    const noFile = new FormData();
    noFile.append("description", "nothing");
    await refused(t, 422, () => call("POST", "/api/v1/media", lou.token, noFile), /file is missing/);
    await refused(t, 401, () => call("POST", "/api/v1/media", null, body));
  });

  it("changes and deletes unposted uploads; refuses posted, unknown and others' media", async () => {
    const mo = await someone("cvmo");
    const ned = await someone("cvned");
    const readOnly = await passwordToken(url, mo, "read");
    const loose = await mo.api.v2.media.create({ file: await image(), description: "before" });
    const posted = await mo.api.v2.media.create({ file: await image() });
    await mo.api.v1.statuses.create({ status: "with media", mediaIds: [posted.id] });
    const put = (token: string | null, id: string, body: unknown) => call("PUT", `/api/v1/media/${id}`, token, body);
    await refused(t, 422, () => put(mo.token, loose.id, { description: "x".repeat(1501) }), /Description is too long/);
    await refused(t, 422, () => put(mo.token, loose.id, { focus: "5,5" }), /Focus/);
    await refused(t, 404, () => put(ned.token, loose.id, { description: "mine now" }), /Media not found/);
    await refused(t, 404, () => put(mo.token, UNKNOWN, { description: "nothing" }));
    await refused(t, 401, () => put(null, loose.id, { description: "nobody" }));
    await refused(t, 403, () => put(readOnly, loose.id, { description: "reader" }));
    const row = () => t.app.deps.db.mediaAttachment.findUnique({ where: { id: BigInt(loose.id) } });
    expect(await row()).toMatchObject({ description: "before", focusX: 0, focusY: 0 });

    await refused(t, 422, () => call("DELETE", `/api/v1/media/${posted.id}`, mo.token), /currently used by a status/);
    await refused(t, 404, () => call("DELETE", `/api/v1/media/${loose.id}`, ned.token), /Media not found/);
    await refused(t, 404, () => call("DELETE", `/api/v1/media/${UNKNOWN}`, mo.token));
    await refused(t, 401, () => call("DELETE", `/api/v1/media/${loose.id}`, null));
    await refused(t, 403, () => call("DELETE", `/api/v1/media/${loose.id}`, readOnly));
    const deleted = await call("DELETE", `/api/v1/media/${loose.id}`, mo.token);
    expect(deleted.body).toMatchObject({ id: loose.id, description: "before" });
    expect(await row()).toBeNull();
    expect((await fetch(loose.url!)).status).toBe(404);
  });

  it("shows a poll to whoever may see its status; 404 for unknown polls", async () => {
    const oli = await someone("cvoli");
    const status = await oli.api.v1.statuses.create({ status: "Cats or dogs?", poll: { options: ["Cats", "Dogs"], expiresIn: 600 } });
    const poll = await createRestAPIClient({ url }).v1.polls.$select(status.poll!.id).fetch();
    expect(poll).toMatchObject({ id: status.poll!.id, expired: false, votesCount: 0, options: [{ title: "Cats" }, { title: "Dogs" }] });
    await refused(t, 404, () => call("GET", `/api/v1/polls/${UNKNOWN}`, null), /not found/);
    await refused(t, 404, () => call("GET", "/api/v1/polls/not-an-id", oli.token));
    await refused(t, 401, () => call("POST", `/api/v1/polls/${status.poll!.id}/votes`, null, { choices: [0] }));
  });
});

describe("timelines and conversations", () => {
  it("pages the public and hashtag timelines; refuses bad pages", async () => {
    const pam = await someone("cvpam");
    const tagged = await pam.api.v1.statuses.create({ status: "look #Otters" });
    const quiet = await pam.api.v1.statuses.create({ status: "quiet #Otters", visibility: "unlisted" });
    const plain = await pam.api.v1.statuses.create({ status: "plain" });
    const anonymous = createRestAPIClient({ url });
    const publicIds = (await anonymous.v1.timelines.public.list({ local: true, limit: 40 })).map((s) => s.id);
    expect(publicIds.slice(0, 2)).toEqual([plain.id, tagged.id]);
    expect(publicIds).not.toContain(quiet.id);
    expect(await anonymous.v1.timelines.public.list({ remote: true })).toEqual([]);
    expect((await anonymous.v1.timelines.tag.$select("otters").list()).map((s) => s.id)).toEqual([tagged.id]);
    const page = await call("GET", "/api/v1/timelines/tag/Otters?limit=1", null);
    expect(page.body.map((s: { id: string }) => s.id)).toEqual([tagged.id]);
    expect(page.headers.get("link")).toContain(`max_id=${tagged.id}`);
    for (const path of ["/api/v1/timelines/public", "/api/v1/timelines/tag/otters"]) {
      await refused(t, 422, () => call("GET", `${path}?limit=0`, null), /limit/);
      await refused(t, 422, () => call("GET", `${path}?max_id=abc`, null), /max_id/);
      await refused(t, 422, () => call("GET", `${path}?min_id=abc`, null), /min_id/);
    }
    await refused(t, 422, () => call("GET", "/api/v1/timelines/home?limit=abc", pam.token), /limit/);
  });

  it("refuses to mark or hide conversations that are not there", async () => {
    const rex = await someone("cvrex");
    const sue = await someone("cvsue");
    const readOnly = await passwordToken(url, rex, "read");
    await rex.api.v1.statuses.create({ status: `@${sue.name} just us`, visibility: "direct" });
    const [conversation] = await rex.api.v1.conversations.list();
    expect(conversation).toMatchObject({ unread: false, accounts: [{ id: sue.snowflake }] });
    for (const [method, suffix] of [["POST", "/read"], ["DELETE", ""]] as const) {
      await refused(t, 404, () => call(method, `/api/v1/conversations/${UNKNOWN}${suffix}`, rex.token), /not found/);
      await refused(t, 404, () => call(method, `/api/v1/conversations/not-an-id${suffix}`, rex.token));
      await refused(t, 401, () => call(method, `/api/v1/conversations/${conversation!.id}${suffix}`, null));
      await refused(t, 403, () => call(method, `/api/v1/conversations/${conversation!.id}${suffix}`, readOnly), /scopes/);
    }
    expect(await sue.api.v1.conversations.$select(conversation!.id).read()).toMatchObject({ id: conversation!.id, unread: false });
  });
});
