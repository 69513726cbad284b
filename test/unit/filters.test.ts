import { describe, expect, it } from "vitest";
import {
  compileFilter,
  filtersInForce,
  htmlToPlainText,
  isHidden,
  keywordPattern,
  matchFilters,
  searchableText,
  type FilterableStatus,
  type FilterRule,
} from "../../src/core/filters.js";

let seq = 0n;
function rule(overrides: Partial<FilterRule> & { words?: [string, boolean][] } = {}): FilterRule {
  const { words = [], ...rest } = overrides;
  const id = ++seq;
  return {
    id,
    accountId: 1n,
    title: `filter ${id}`,
    contexts: ["home", "public"],
    action: "WARN",
    expiresAt: null,
    createdAt: new Date(0),
    keywords: words.map(([keyword, wholeWord], i) => ({ id: id * 100n + BigInt(i), keyword, wholeWord })),
    statusIds: [],
    ...rest,
  };
}

const status = (text: string, more: Partial<FilterableStatus> = {}): FilterableStatus => ({
  id: 10n, reblogOfId: null, text, spoilerText: "", ...more,
});

const matches = (words: [string, boolean][], text: string | FilterableStatus) =>
  matchFilters([compileFilter(rule({ words }))], typeof text === "string" ? status(text) : text, "home");

describe("keyword patterns", () => {
  it("matches whole words only at word boundaries, case-insensitively", () => {
    const re = keywordPattern("cat", true);
    expect(re.test("A CAT sat")).toBe(true);
    expect(re.test("cat.")).toBe(true);
    expect(re.test("(cat)")).toBe(true);
    expect(re.test("concatenate")).toBe(false);
    expect(re.test("cats")).toBe(false);
    expect(re.test("scat")).toBe(false);
    expect(re.test("cat_food")).toBe(false);
  });

  it("treats letters beyond ASCII as word characters", () => {
    expect(keywordPattern("café", true).test("un café noir")).toBe(true);
    expect(keywordPattern("café", true).test("cafés")).toBe(false);
    expect(keywordPattern("été", true).test("l'été")).toBe(true);
    expect(keywordPattern("été", true).test("détérioré")).toBe(false);
    expect(keywordPattern("ÉTÉ", true).test("été")).toBe(true);
  });

  it("matches anywhere without whole_word", () => {
    expect(keywordPattern("cat", false).test("concatenate")).toBe(true);
    expect(keywordPattern("Cat", false).test("CATALOG")).toBe(true);
  });

  it("only needs a boundary on a side that is a word character", () => {
    // "#tag" starts with a non-word character: "x#tag" matches, "#tagged" does not.
    expect(keywordPattern("#tag", true).test("x#tag")).toBe(true);
    expect(keywordPattern("#tag", true).test("#tagged")).toBe(false);
    expect(keywordPattern("@twitter.com", false).test("me@twitter.com")).toBe(true);
    expect(keywordPattern("c++", true).test("I like c++!")).toBe(true);
    expect(keywordPattern("c++", true).test("abc++")).toBe(false);
  });

  it("takes keywords literally, special characters included", () => {
    expect(keywordPattern("a.b", false).test("axb")).toBe(false);
    expect(keywordPattern("a.b", false).test("a.b")).toBe(true);
    expect(keywordPattern("(x|y)[z]{2}\\/-", false).test("(x|y)[z]{2}\\/-")).toBe(true);
    expect(keywordPattern("from birdsite", true).test("posted From Birdsite today")).toBe(true);
  });
});

describe("matchFilters", () => {
  it("reports the keywords that matched", () => {
    const [match] = matches([["spoiler", true], ["finale", true], ["absent", false]], "Season finale SPOILER ahead");
    expect(match!.keywordMatches).toEqual(["spoiler", "finale"]);
    expect(match!.statusMatches).toBeNull();
  });

  it("looks in the content warning, poll options and media descriptions", () => {
    expect(matches([["secret", true]], status("nothing here", { spoilerText: "secret plans" }))).toHaveLength(1);
    expect(matches([["secret", true]], status("vote", { pollOptions: ["yes", "secret"] }))).toHaveLength(1);
    expect(matches([["secret", true]], status("look", { mediaDescriptions: ["a secret door"] }))).toHaveLength(1);
    expect(matches([["secret", true]], status("nothing at all"))).toEqual([]);
  });

  it("does not join words across parts", () => {
    // "plans" ends the warning, "secret" starts the text: no "planssecret" whole word.
    expect(searchableText(status("secret", { spoilerText: "plans" }))).toBe("plans\n\nsecret");
    expect(matches([["planssecret", false]], status("secret", { spoilerText: "plans" }))).toEqual([]);
  });

  it("matches filtered statuses, and boosts of them", () => {
    const filter = compileFilter(rule({ statusIds: [10n, 20n] }));
    expect(matchFilters([filter], status("anything"), "home")[0]!.statusMatches).toEqual([10n]);
    // A boost (id 30) of status 20: the original matches through the boost.
    const boosted = matchFilters([filter], status("x", { id: 20n }), "home", { boostId: 30n });
    expect(boosted[0]!.statusMatches).toEqual([20n]);
    const boostFiltered = compileFilter(rule({ statusIds: [30n] }));
    expect(matchFilters([boostFiltered], status("x", { id: 20n }), "home", { boostId: 30n })[0]!.statusMatches).toEqual([30n]);
    expect(matchFilters([filter], status("x", { id: 99n }), "home")).toEqual([]);
  });

  it("applies only in the filter's contexts; null means any context", () => {
    const filter = compileFilter(rule({ contexts: ["thread"], words: [["cat", true]] }));
    expect(matchFilters([filter], status("a cat"), "home")).toEqual([]);
    expect(matchFilters([filter], status("a cat"), "thread")).toHaveLength(1);
    expect(matchFilters([filter], status("a cat"), null)).toHaveLength(1);
  });

  it("ignores expired filters", () => {
    const now = new Date("2030-01-01T00:00:00Z");
    const expired = compileFilter(rule({ expiresAt: new Date("2029-12-31T23:59:59Z"), words: [["cat", true]] }));
    const running = compileFilter(rule({ expiresAt: new Date("2030-01-02T00:00:00Z"), words: [["cat", true]] }));
    expect(filtersInForce([expired, running], "home", now).map((f) => f.rule.id)).toEqual([running.rule.id]);
    expect(matchFilters([expired], status("a cat"), "home", { now })).toEqual([]);
    expect(matchFilters([running], status("a cat"), "home", { now })).toHaveLength(1);
  });

  it("hides only when a hide filter matched", () => {
    const warn = compileFilter(rule({ words: [["cat", true]] }));
    const hide = compileFilter(rule({ action: "HIDE", words: [["dog", true]] }));
    const blur = compileFilter(rule({ action: "BLUR", words: [["cat", true]] }));
    expect(isHidden(matchFilters([warn, hide, blur], status("a cat"), "home"))).toBe(false);
    expect(isHidden(matchFilters([warn, hide, blur], status("a dog"), "home"))).toBe(true);
  });
});

describe("htmlToPlainText", () => {
  it("keeps line breaks and text, drops tags, decodes entities", () => {
    const html = '<p>Hello <a href="https://x.example/"><span class="invisible">https://</span>x.example</a><br />&lt;b&gt; &amp; &#39;q&#x27;</p><p>two</p>';
    expect(htmlToPlainText(html)).toBe("Hello https://x.example\n<b> & 'q'\n\ntwo");
  });

  it("lets a keyword match across what was markup", () => {
    const text = htmlToPlainText("<p>I &lt;3 <strong>cats</strong></p>");
    expect(keywordPattern("<3 cats", true).test(text)).toBe(true);
  });
});
