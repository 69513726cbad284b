// Status text: find mentions, hashtags and links in plain text, and render it as the
// safe HTML every API serves. Status text is plain text (as on Mastodon): everything
// the author typed is escaped, and only the links we build ourselves become markup.
import * as linkify from "linkifyjs";
import sanitizeHtml from "sanitize-html";

export interface MentionRef {
  username: string;
  /** null for a mention without a domain (a local account) */
  domain: string | null;
}

export interface ParsedText {
  mentions: MentionRef[];
  hashtags: string[];
  links: string[];
}

type Piece =
  | { kind: "text"; text: string }
  | { kind: "link"; href: string; text: string }
  | { kind: "mention"; ref: MentionRef; text: string }
  | { kind: "hashtag"; tag: string; text: string };

// @user or @user@example.org, not inside a word or an e-mail address.
const MENTION_RE = /(?<![\p{L}\p{N}_/.=@])@([a-z0-9_]+(?:[a-z0-9_.-]*[a-z0-9_])?)(?:@([a-z0-9-]+(?:\.[a-z0-9-]+)+(?::[0-9]{1,5}(?![0-9]))?))?/giu;
// #tag: letters (with their combining marks), digits, underscores, with at least one
// non-digit; not inside a word or URL.
const HASHTAG_RE = /(?<![\p{L}\p{M}\p{N}_/&#)])#([\p{L}\p{M}\p{N}_]*[\p{L}_][\p{L}\p{M}\p{N}_]*)/gu;

function splitLinks(text: string): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  for (const found of linkify.find(text, "url")) {
    if (!/^https?:\/\//i.test(found.value)) continue;
    if (found.start > at) pieces.push({ kind: "text", text: text.slice(at, found.start) });
    pieces.push({ kind: "link", href: found.href, text: found.value });
    at = found.end;
  }
  if (at < text.length) pieces.push({ kind: "text", text: text.slice(at) });
  return pieces;
}

function splitByRegex(pieces: Piece[], re: RegExp, make: (m: RegExpExecArray) => Piece): Piece[] {
  return pieces.flatMap((piece) => {
    if (piece.kind !== "text") return [piece];
    const out: Piece[] = [];
    let at = 0;
    for (const m of piece.text.matchAll(re)) {
      const start = m.index;
      if (start > at) out.push({ kind: "text", text: piece.text.slice(at, start) });
      out.push(make(m as RegExpExecArray));
      at = start + m[0].length;
    }
    if (at < piece.text.length) out.push({ kind: "text", text: piece.text.slice(at) });
    return out;
  });
}

function tokenize(text: string): Piece[] {
  let pieces = splitLinks(text);
  pieces = splitByRegex(pieces, MENTION_RE, (m) => ({
    kind: "mention",
    ref: { username: m[1]!, domain: m[2]?.toLowerCase() ?? null },
    text: m[0],
  }));
  pieces = splitByRegex(pieces, HASHTAG_RE, (m) => ({ kind: "hashtag", tag: m[1]!, text: m[0] }));
  return pieces;
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

export function mentionKey(ref: MentionRef): string {
  return `${ref.username.toLowerCase()}@${ref.domain ?? ""}`;
}

export function normalizeTag(tag: string): string {
  return tag.normalize("NFKC").toLowerCase();
}

export function parseText(text: string): ParsedText {
  const pieces = tokenize(text);
  return {
    mentions: uniqueBy(
      pieces.flatMap((p) => (p.kind === "mention" ? [p.ref] : [])),
      mentionKey,
    ),
    hashtags: uniqueBy(
      pieces.flatMap((p) => (p.kind === "hashtag" ? [p.tag] : [])),
      normalizeTag,
    ),
    links: pieces.flatMap((p) => (p.kind === "link" ? [p.href] : [])),
  };
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

export interface RenderLinks {
  /** profile URL of a mentioned account, or undefined when it does not resolve */
  mentionUrl(ref: MentionRef): string | undefined;
  tagUrl(tag: string): string;
}

function renderPiece(piece: Piece, links: RenderLinks): string {
  switch (piece.kind) {
    case "text":
      return escapeHtml(piece.text).replace(/\n/g, "<br />");
    case "link": {
      const href = escapeHtml(piece.href);
      const shown = escapeHtml(piece.text.replace(/^https?:\/\/(www\.)?/i, ""));
      return `<a href="${href}" target="_blank" rel="nofollow noopener noreferrer">${shown}</a>`;
    }
    case "mention": {
      const url = links.mentionUrl(piece.ref);
      if (!url) return escapeHtml(piece.text);
      return `<span class="h-card"><a href="${escapeHtml(url)}" class="u-url mention">@<span>${escapeHtml(piece.ref.username)}</span></a></span>`;
    }
    case "hashtag":
      return `<a href="${escapeHtml(links.tagUrl(normalizeTag(piece.tag)))}" class="mention hashtag" rel="tag">#<span>${escapeHtml(piece.tag)}</span></a>`;
  }
}

/** Plain text to HTML: paragraphs on blank lines, <br /> on single newlines. */
export function renderText(text: string, links: RenderLinks): string {
  const paragraphs = text
    .replace(/\r\n?/g, "\n")
    .trim()
    .split(/\n[^\S\n]*\n\s*/)
    .filter((p) => p.trim() !== "");
  return paragraphs
    .map((p) => `<p>${tokenize(p.trim()).map((piece) => renderPiece(piece, links)).join("")}</p>`)
    .join("");
}

const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "span", "a", "del", "pre", "code", "em", "strong", "b", "i", "u", "ul", "ol", "li", "blockquote"],
  allowedAttributes: {
    a: ["href", "rel", "class", "target"],
    span: ["class"],
    ol: ["start", "reversed"],
    li: ["value"],
  },
  allowedSchemes: ["http", "https", "mailto"],
  allowedClasses: {
    a: ["mention", "hashtag", "u-url", "status-link"],
    span: ["h-card", "invisible", "ellipsis"],
  },
  transformTags: {
    a: sanitizeHtml.simpleTransform("a", { rel: "nofollow noopener noreferrer", target: "_blank" }),
  },
};

/** Cleans HTML from elsewhere (remote statuses, profile bios) down to a safe subset. */
export function sanitizeRemoteHtml(html: string): string {
  return sanitizeHtml(html, ALLOWED);
}

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * Counts characters the way Mastodon does: user-perceived characters (grapheme clusters),
 * a link counts as 23, a mention as its username.
 */
export function countCharacters(text: string): number {
  let countable = "";
  let links = 0;
  for (const piece of tokenize(text)) {
    if (piece.kind === "link") links += 1;
    else if (piece.kind === "mention") countable += `@${piece.ref.username}`;
    else countable += piece.text;
  }
  return [...graphemes.segment(countable)].length + 23 * links;
}
