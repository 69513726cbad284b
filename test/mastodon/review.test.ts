// Findings of a review of the Mastodon API: each test shows one problem that was fixed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../support/app.js";
import { signUp } from "../support/world.js";

let t: TestApp;
beforeAll(async () => (t = await startTestApp()));
afterAll(() => t.close());

const call = (path: string, init: RequestInit = {}, token?: string) =>
  t.app.fetch(new Request(`http://localhost${path}`, { ...init, headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(init.headers ?? {}) } }));

describe("request parameters", () => {
  it("never write into Object.prototype (__proto__ keys in a query or form)", async () => {
    const amy = await signUp(t, "protoamy");
    const query = await call("/api/v1/timelines/public?__proto__[pollutedByQuery]=yes&a[__proto__][pollutedDeep]=yes");
    expect(query.status).toBeLessThan(500);
    const form = await call(
      "/api/v1/statuses",
      { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "status=hi&__proto__[pollutedByForm]=yes" },
      amy.token,
    );
    expect(form.status).toBe(200);
    const probe = {} as Record<string, unknown>;
    expect([probe.pollutedByQuery, probe.pollutedDeep, probe.pollutedByForm]).toEqual([undefined, undefined, undefined]);
  });
});

describe("trends paging", () => {
  it("answers odd limit and offset values without a 500", async () => {
    for (const query of ["offset=1.5", "offset=1e300", "limit=1.5", "offset=99999999999999999999", "limit=-3&offset=-1"]) {
      for (const path of ["/api/v1/trends/tags", "/api/v1/trends/statuses", "/api/v1/trends"]) {
        const response = await call(`${path}?${query}`);
        expect([path, query, response.status]).toEqual([path, query, 200]);
        expect(await response.json()).toEqual([]);
      }
    }
  });
});

describe("search limits", () => {
  it("answers a fractional limit without a 500", async () => {
    const amy = await signUp(t, "limitamy");
    for (const path of ["/api/v2/search?q=limitamy&limit=1.5", "/api/v2/search?q=limitamy&limit=1.5&resolve=true", "/api/v1/accounts/search?q=limitamy&limit=2.5"]) {
      const response = await call(path, {}, amy.token);
      expect([path, response.status]).toEqual([path, 200]);
    }
  });
});

describe("polls", () => {
  it("refuses a vote in your own poll (as Mastodon: the author is shown as having voted)", async () => {
    const amy = await signUp(t, "selfvoteamy");
    const form = (body: string) => ({ method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body });
    const created = await call("/api/v1/statuses", form("status=which&poll[options][]=a&poll[options][]=b&poll[expires_in]=3600"), amy.token);
    const poll = ((await created.json()) as { poll: { id: string; voted: boolean } }).poll;
    expect(poll.voted).toBe(true);
    const vote = await call(`/api/v1/polls/${poll.id}/votes`, form("choices[]=0"), amy.token);
    expect(vote.status).toBe(422);
    const row = await t.app.deps.db.poll.findUniqueOrThrow({ where: { id: BigInt(poll.id) } });
    expect([row.votesCount, row.votersCount, row.tallies]).toEqual([0, 0, [0, 0]]);
  });
});

describe("media", () => {
  it("shows an uploaded GIF as an image (clients play `gifv` in a video player, which cannot play a .gif)", async () => {
    const { default: sharp } = await import("sharp");
    const amy = await signUp(t, "gifamy");
    const gif = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#f00" } }).gif().toBuffer();
    const form = new FormData();
    form.set("file", new Blob([new Uint8Array(gif)], { type: "image/gif" }), "a.gif");
    const response = await call("/api/v2/media", { method: "POST", body: form }, amy.token);
    expect(response.status).toBe(200);
    const media = (await response.json()) as { type: string; url: string };
    expect(media.url).toMatch(/\.gif$/);
    expect(media.type).toBe("image");
  });
});

describe("filter keyword limit under concurrent updates", () => {
  it("holds when two updates add keywords at once", async () => {
    const { updateFilter } = await import("../../src/services/filters/update.js");
    const { createFilter } = await import("../../src/services/filters/create.js");
    const { MAX_KEYWORDS } = await import("../../src/services/filters/rules.js");
    const amy = await signUp(t, "kwraceamy");
    const actor = { accountId: BigInt(amy.snowflake), role: "USER" as const, scopes: ["read", "write"] };
    const half = Math.ceil(MAX_KEYWORDS / 2) + 10;
    for (let round = 0; round < 3; round++) {
      const filter = await createFilter(t.app.deps, actor, { title: `race ${round}`, contexts: ["home"] });
      const add = (tag: string) =>
        updateFilter(t.app.deps, actor, filter.id, { keywords: Array.from({ length: half }, (_, i) => ({ keyword: `${tag}${i}` })) });
      const results = await Promise.allSettled([add("a"), add("b")]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(await t.app.deps.db.filterKeyword.count({ where: { filterId: filter.id } })).toBe(half);
    }
  });
});

describe("request body size", () => {
  it("refuses bodies past the limit with 413 before reading them (an upload was buffered whole, whatever its size)", async () => {
    const amy = await signUp(t, "bodyamy");
    const endless = () =>
      new ReadableStream<Uint8Array>({
        pull(controller) {
          controller.enqueue(new Uint8Array(1024 * 1024));
        },
      });
    const claimed = await call(
      "/api/v2/media",
      { method: "POST", headers: { "content-type": "multipart/form-data; boundary=zz", "content-length": String(5 * 1024 ** 3) }, body: endless(), duplex: "half" } as RequestInit,
      amy.token,
    );
    expect(claimed.status).toBe(413);
    const streamed = await call(
      "/api/v1/statuses",
      { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: endless(), duplex: "half" } as RequestInit,
      amy.token,
    );
    expect(streamed.status).toBe(413);
    expect(await t.app.deps.db.status.count({ where: { accountId: BigInt(amy.snowflake) } })).toBe(0);
  });
});
