// Keyword and status filters (Mastodon 4.x): which of a viewer's filters a status matches,
// in which context, and whether it is to be hidden. Pure: the rules and the status text
// come in, matches go out. Keywords match case-insensitively; a whole-word keyword only
// between word boundaries (where it starts or ends with a word character), as Mastodon's
// CustomFilterKeyword#to_regex does.

export const FILTER_CONTEXTS = ["home", "notifications", "public", "thread", "account"] as const;
export type FilterContext = (typeof FILTER_CONTEXTS)[number];
export type FilterAction = "WARN" | "HIDE" | "BLUR";

export interface FilterKeywordRule {
  id: bigint;
  keyword: string;
  wholeWord: boolean;
}

/** One of the viewer's filters with its keywords and filtered statuses. */
export interface FilterRule {
  id: bigint;
  accountId: bigint;
  title: string;
  contexts: readonly string[];
  action: FilterAction;
  expiresAt: Date | null;
  createdAt: Date;
  keywords: readonly FilterKeywordRule[];
  statusIds: readonly bigint[];
}

/** A rule with its keywords compiled once (cache these, not the raw rules). */
export interface CompiledFilter {
  rule: FilterRule;
  patterns: { keyword: string; re: RegExp }[];
  statusIds: ReadonlySet<bigint>;
}

/** What a status offers to filters: its text (plain), content warning, poll options and media descriptions. */
export interface FilterableStatus {
  id: bigint;
  reblogOfId: bigint | null;
  text: string;
  spoilerText: string;
  pollOptions?: readonly string[];
  mediaDescriptions?: readonly string[];
}

/** A filter the status matched: Mastodon's FilterResult. */
export interface FilterMatch {
  filter: FilterRule;
  /** the filter's keywords found in the status, or null */
  keywordMatches: string[] | null;
  /** the filtered status ids it is (or boosts), or null */
  statusMatches: bigint[] | null;
}

// Ruby's [[:word:]]: letters, marks, decimal digits and connector punctuation.
const WORD = "[\\p{L}\\p{M}\\p{Nd}\\p{Pc}]";
const WORD_CHAR = new RegExp(`^${WORD}$`, "u");

const escapeRegExp = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");

export function keywordPattern(keyword: string, wholeWord: boolean): RegExp {
  const body = escapeRegExp(keyword);
  if (!wholeWord) return new RegExp(body, "iu");
  const chars = [...keyword];
  const start = chars.length && WORD_CHAR.test(chars[0]!) ? `(?<!${WORD})` : "";
  const end = chars.length && WORD_CHAR.test(chars.at(-1)!) ? `(?!${WORD})` : "";
  return new RegExp(`${start}${body}${end}`, "iu");
}

export function compileFilter(rule: FilterRule): CompiledFilter {
  return {
    rule,
    patterns: rule.keywords.map((k) => ({ keyword: k.keyword, re: keywordPattern(k.keyword, k.wholeWord) })),
    statusIds: new Set(rule.statusIds),
  };
}

export function isExpired(rule: Pick<FilterRule, "expiresAt">, now: Date = new Date()): boolean {
  return rule.expiresAt !== null && rule.expiresAt.getTime() <= now.getTime();
}

/** The filters in force in a context (every context when null), expired ones left out. */
export function filtersInForce(filters: readonly CompiledFilter[], context: FilterContext | null, now: Date = new Date()) {
  return filters.filter((f) => !isExpired(f.rule, now) && (context === null || f.rule.contexts.includes(context)));
}

/** The text filters look in, as Mastodon's Status#searchable_text builds it. */
export function searchableText(status: FilterableStatus): string {
  return [status.spoilerText, status.text, (status.pollOptions ?? []).join("\n\n"), (status.mediaDescriptions ?? []).join("\n\n")]
    .filter((part) => part !== "")
    .join("\n\n");
}

/**
 * The filters a status matches in a context (null: any context, as Mastodon's REST
 * `filtered` reports them). For a boost, `status` is the boosted original and `boostId`
 * the boost, so a filtered status matches when boosted too.
 */
export function matchFilters(
  filters: readonly CompiledFilter[],
  status: FilterableStatus,
  context: FilterContext | null,
  options: { boostId?: bigint | null; now?: Date } = {},
): FilterMatch[] {
  const active = filtersInForce(filters, context, options.now);
  if (active.length === 0) return [];
  let text: string | undefined;
  const ids = [options.boostId, status.id, status.reblogOfId].filter((id): id is bigint => id !== null && id !== undefined);
  const matches: FilterMatch[] = [];
  for (const filter of active) {
    let keywords: string[] | null = null;
    if (filter.patterns.length) {
      text ??= searchableText(status);
      const found = filter.patterns.filter((p) => p.re.test(text!)).map((p) => p.keyword);
      if (found.length) keywords = found;
    }
    const statuses = ids.filter((id, i) => filter.statusIds.has(id) && ids.indexOf(id) === i);
    if (!keywords && statuses.length === 0) continue;
    matches.push({ filter: filter.rule, keywordMatches: keywords, statusMatches: statuses.length ? statuses : null });
  }
  return matches;
}

/** A `hide` filter matched: the status is left out of the list entirely. */
export function isHidden(matches: readonly FilterMatch[]): boolean {
  return matches.some((m) => m.filter.action === "HIDE");
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** Status HTML as the plain text filters read: line breaks kept, tags dropped, entities decoded. */
export function htmlToPlainText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/p>\s*<p[^>]*>/gi, "\n\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === "#") {
        const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    });
}
