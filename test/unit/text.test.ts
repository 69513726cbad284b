import { describe, expect, it } from "vitest";
import {
  countCharacters,
  escapeHtml,
  mentionKey,
  normalizeTag,
  parseText,
  renderText,
  sanitizeRemoteHtml,
  type MentionRef,
  type RenderLinks,
} from "../../src/core/text.js";

/** Resolves only the accounts it knows; records every lookup. */
function stubLinks(known: Record<string, string>): RenderLinks & { asked: MentionRef[] } {
  const asked: MentionRef[] = [];
  return {
    asked,
    mentionUrl(ref) {
      asked.push(ref);
      return known[mentionKey(ref)];
    },
    tagUrl: (tag) => `https://local.test/tags/${encodeURIComponent(tag)}`,
  };
}

const links = stubLinks({
  "bob@": "https://local.test/@bob",
  "alice@example.org": "https://example.org/@alice",
});

describe("escapeHtml", () => {
  it("escapes the five HTML-special characters", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
    );
  });
});

describe("parseText: mentions", () => {
  it("finds local and remote mentions", () => {
    expect(parseText("hi @bob and @alice@example.org").mentions).toEqual([
      { username: "bob", domain: null },
      { username: "alice", domain: "example.org" },
    ]);
  });

  it("lower-cases the domain and keeps the username as typed", () => {
    expect(parseText("@Alice@Example.ORG").mentions).toEqual([{ username: "Alice", domain: "example.org" }]);
  });

  it("finds mentions next to punctuation, without the punctuation", () => {
    expect(parseText("(@bob), @carol. @dave: @eve!").mentions.map((m) => m.username)).toEqual([
      "bob",
      "carol",
      "dave",
      "eve",
    ]);
    expect(parseText("thanks @alice@example.org.").mentions).toEqual([{ username: "alice", domain: "example.org" }]);
  });

  it("ignores e-mail addresses", () => {
    expect(parseText("write to a@b.org or bob@example.org").mentions).toEqual([]);
  });

  it("ignores @ inside URLs", () => {
    expect(parseText("see https://example.org/@carol and https://x.org/users/@dave?x=@eve").mentions).toEqual([]);
    expect(parseText("example.org/@carol").mentions).toEqual([]);
  });

  it("deduplicates mentions case-insensitively", () => {
    expect(parseText("@bob @Bob @BOB @bob@example.org @bob@EXAMPLE.org").mentions).toEqual([
      { username: "bob", domain: null },
      { username: "bob", domain: "example.org" },
    ]);
  });

  it("does not take a lone @ or an @ inside a word", () => {
    expect(parseText("meet @ noon, foo@bar, x@@y").mentions).toEqual([]);
  });
});

describe("parseText: hashtags", () => {
  it("finds unicode hashtags", () => {
    expect(parseText("#Café au lait #日本語 #übung").hashtags).toEqual(["Café", "日本語", "übung"]);
  });

  it("keeps combining marks inside a tag (Devanagari, decomposed accents)", () => {
    expect(parseText("#हिन्दी rocks").hashtags).toEqual(["हिन्दी"]);
    expect(parseText("#Cafe\u0301 x").hashtags).toEqual(["Cafe\u0301"]);
  });

  it("ignores digit-only tags", () => {
    expect(parseText("#123 #1 #2024").hashtags).toEqual([]);
    expect(parseText("#2024goals").hashtags).toEqual(["2024goals"]);
  });

  it("ignores # inside URLs and words", () => {
    expect(parseText("https://x.org/#frag http://y.org/page#section").hashtags).toEqual([]);
    expect(parseText("x.org/#frag foo#bar &#123; C#").hashtags).toEqual([]);
  });

  it("stops at punctuation", () => {
    expect(parseText("#tag. #other, (#third)").hashtags).toEqual(["tag", "other", "third"]);
  });

  it("deduplicates case-insensitively, keeping the first spelling", () => {
    expect(parseText("#Café #café #CAFÉ #cafe").hashtags).toEqual(["Café", "cafe"]);
  });

  it("normalizeTag lower-cases and NFKC-normalizes", () => {
    expect(normalizeTag("CAFÉ")).toBe("café");
    expect(normalizeTag("Cafe\u0301")).toBe("café");
    expect(normalizeTag("ＦＵＬＬ")).toBe("full");
  });
});

describe("parseText: links", () => {
  it("finds http and https links", () => {
    expect(parseText("a https://example.org/a?b=1 and http://x.org.").links).toEqual([
      "https://example.org/a?b=1",
      "http://x.org",
    ]);
  });

  it("keeps only http(s) links", () => {
    expect(
      parseText("javascript:alert(1) ftp://x.org/f mailto:a@b.org www.example.com example.org data:text/html,x")
        .links,
    ).toEqual([]);
  });
});

describe("renderText", () => {
  it("wraps text in a paragraph and escapes it", () => {
    expect(renderText("hello world", links)).toBe("<p>hello world</p>");
  });

  it("escapes script tags, quotes and ampersands", () => {
    const html = renderText(`<script>alert("x")</script> & 'y' <img src=x onerror=alert(1)>`, links);
    expect(html).toBe(
      "<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39; &lt;img src=x onerror=alert(1)&gt;</p>",
    );
    expect(html).not.toMatch(/<script|<img/);
  });

  it("cannot break out of a link's href attribute", () => {
    const html = renderText(`https://x.org/"onmouseover="alert(1)'x <b>`, links);
    expect(html).not.toContain(`"onmouseover`);
    expect(html).not.toContain("'x");
    expect(html).toContain('href="https://x.org/&quot;onmouseover=&quot;alert(1)');
    // every attribute we emit is one of ours
    const attrs = [...html.matchAll(/\s([a-z-]+)=/g)].map((m) => m[1]);
    expect(new Set(attrs)).toEqual(new Set(["href", "target", "rel"]));
  });

  it("escapes & and < inside link URLs", () => {
    expect(renderText("https://example.org/p?q=1&r=2", links)).toBe(
      '<p><a href="https://example.org/p?q=1&amp;r=2" target="_blank" rel="nofollow noopener noreferrer">example.org/p?q=1&amp;r=2</a></p>',
    );
  });

  it("links only http(s) URLs", () => {
    expect(renderText("javascript:alert(1) ftp://x.org", links)).toBe("<p>javascript:alert(1) ftp://x.org</p>");
  });

  it("shows links without the scheme and www.", () => {
    expect(renderText("https://www.example.org/a", links)).toBe(
      '<p><a href="https://www.example.org/a" target="_blank" rel="nofollow noopener noreferrer">example.org/a</a></p>',
    );
  });

  it("renders paragraphs on blank lines and <br /> on single newlines", () => {
    expect(renderText("one\ntwo\n\nthree\n\n\n\nfour", links)).toBe("<p>one<br />two</p><p>three</p><p>four</p>");
  });

  it("trims surrounding blank lines and whitespace", () => {
    expect(renderText("\n\n  hi  \n\n", links)).toBe("<p>hi</p>");
    expect(renderText("", links)).toBe("");
    expect(renderText("   \n\n  ", links)).toBe("");
  });

  it("handles Windows line endings and whitespace-only separator lines", () => {
    expect(renderText("one\r\ntwo\r\n\r\nthree", links)).toBe("<p>one<br />two</p><p>three</p>");
    expect(renderText("one\n  \ntwo", links)).toBe("<p>one</p><p>two</p>");
  });

  it("links mentions that resolve and leaves the rest as text", () => {
    const stub = stubLinks({ "bob@": "https://local.test/@bob" });
    expect(renderText("hi @bob and @nobody", stub)).toBe(
      '<p>hi <span class="h-card"><a href="https://local.test/@bob" class="u-url mention">@<span>bob</span></a></span> and @nobody</p>',
    );
    expect(stub.asked).toEqual([
      { username: "bob", domain: null },
      { username: "nobody", domain: null },
    ]);
  });

  it("links remote mentions through their profile URL and shows only the username", () => {
    expect(renderText("@alice@example.org hi", links)).toBe(
      '<p><span class="h-card"><a href="https://example.org/@alice" class="u-url mention">@<span>alice</span></a></span> hi</p>',
    );
    // unknown remote account: plain, escaped text
    expect(renderText("@zed@elsewhere.net", links)).toBe("<p>@zed@elsewhere.net</p>");
  });

  it("escapes a mention URL given by the resolver", () => {
    const evil: RenderLinks = { mentionUrl: () => `https://x.org/"><script>`, tagUrl: (t) => t };
    expect(renderText("@bob", evil)).toContain('href="https://x.org/&quot;&gt;&lt;script&gt;"');
  });

  it("links hashtags to the normalized tag and shows them as typed", () => {
    expect(renderText("#Café", links)).toBe(
      '<p><a href="https://local.test/tags/caf%C3%A9" class="mention hashtag" rel="tag">#<span>Café</span></a></p>',
    );
  });

  it("does not turn # or @ inside links into hashtags or mentions", () => {
    const html = renderText("https://x.org/#frag https://x.org/@carol", links);
    expect(html).not.toContain("hashtag");
    expect(html).not.toContain("h-card");
    expect(html.match(/<a /g)).toHaveLength(2);
  });

  it("does not link e-mail addresses as mentions", () => {
    expect(renderText("bob@example.org", links)).toBe("<p>bob@example.org</p>");
  });
});

describe("sanitizeRemoteHtml", () => {
  it("drops scripts with their content and event handlers", () => {
    const out = sanitizeRemoteHtml('<p>hi<script>alert(1)</script><img src=x onerror="alert(1)"></p>');
    expect(out).toBe("<p>hi</p>");
  });

  it("drops javascript: and data: hrefs", () => {
    const out = sanitizeRemoteHtml('<a href="javascript:alert(1)">a</a><a href="data:text/html,x">b</a>');
    expect(out).not.toContain("javascript:");
    expect(out).not.toContain("data:");
    expect(out).not.toMatch(/href=/);
  });

  it("keeps links, forcing rel and target", () => {
    expect(sanitizeRemoteHtml('<a href="https://example.org/" rel="me" onclick="x()">x</a>')).toBe(
      '<a href="https://example.org/" rel="nofollow noopener noreferrer" target="_blank">x</a>',
    );
  });

  it("keeps only known classes and no styles", () => {
    expect(
      sanitizeRemoteHtml('<span class="h-card evil" style="color:red"><a href="https://e.org/@a" class="u-url mention big">@a</a></span>'),
    ).toBe(
      '<span class="h-card"><a href="https://e.org/@a" class="u-url mention" rel="nofollow noopener noreferrer" target="_blank">@a</a></span>',
    );
  });

  it("keeps simple formatting and strips unknown tags but not their text", () => {
    expect(sanitizeRemoteHtml("<p>a<br>b <strong>c</strong> <font color=red>d</font> <iframe src=x></iframe></p>")).toBe(
      "<p>a<br />b <strong>c</strong> d </p>",
    );
  });
});

describe("countCharacters", () => {
  it("counts plain text", () => {
    expect(countCharacters("")).toBe(0);
    expect(countCharacters("hello")).toBe(5);
  });

  it("counts every http(s) URL as 23 characters", () => {
    expect(countCharacters("https://example.org/" + "a".repeat(200))).toBe(23);
    expect(countCharacters("see http://x.org")).toBe(4 + 23);
    expect(countCharacters("a https://a.org b https://b.org/c")).toBe(2 + 23 + 3 + 23);
  });

  it("counts a remote mention as its local part", () => {
    expect(countCharacters("@alice@example.org hi")).toBe("@alice hi".length);
    expect(countCharacters("@bob")).toBe(4);
  });

  it("counts user-perceived characters (grapheme clusters), as Mastodon does", () => {
    expect(countCharacters("é")).toBe(1);
    expect(countCharacters("e\u0301")).toBe(1);
    expect(countCharacters("👍🏽")).toBe(1);
    expect(countCharacters("👨‍👩‍👧")).toBe(1);
    expect(countCharacters("🇫🇷 ok")).toBe(4);
    expect(countCharacters("日本語")).toBe(3);
  });
});

describe("mentions with a port (instances on one machine, ALLOW_PRIVATE_NETWORK)", () => {
  it("keep the port as part of the domain", () => {
    expect(parseText("hi @bob@127.0.0.1:3000, and @eve@example.org:8080!").mentions).toEqual([
      { username: "bob", domain: "127.0.0.1:3000" },
      { username: "eve", domain: "example.org:8080" },
    ]);
    expect(parseText("@bob@example.org: hello").mentions).toEqual([{ username: "bob", domain: "example.org" }]);
  });
});
