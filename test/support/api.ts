// Raw Mastodon API calls for tests (status, JSON body, headers), and a snapshot of every
// table the API writes: a refused request must answer 4xx with {"error": ...} and leave
// the snapshot as it was.
import { expect } from "vitest";
import type { TestApp } from "./app.js";

export interface Answer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  headers: Headers;
}

export type Call = (method: string, path: string, token: string | null, body?: unknown, type?: string) => Promise<Answer>;

/** A caller for the server at `url()` (read when called: the port is known after startup). */
export function caller(url: () => string): Call {
  return async (method, path, token, body, type = "application/json") => {
    const response = await fetch(`${url()}${path}`, {
      method,
      // FormData sets its own multipart type.
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined && !(body instanceof FormData) ? { "content-type": type } : {}) },
      body: body === undefined ? undefined : typeof body === "string" || body instanceof FormData ? body : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON: the test sees the text
    }
    return { status: response.status, body: parsed, headers: response.headers };
  };
}

/** Row counts of every table the Mastodon API writes, once queued events have run. */
export async function rowCounts(t: TestApp): Promise<Record<string, number>> {
  await t.app.events.drain();
  const db = t.app.deps.db;
  const tables = {
    accounts: db.account, credentials: db.credential, accessTokens: db.accessToken, apps: db.oAuthApp,
    codes: db.authorizationCode, statuses: db.status, edits: db.statusEdit, mentions: db.mention, tags: db.tag,
    favourites: db.favourite, bookmarks: db.bookmark, pins: db.pin, follows: db.follow, followRequests: db.followRequest,
    blocks: db.block, mutes: db.mute, notifications: db.notification, feed: db.homeFeedEntry, markers: db.marker,
    media: db.mediaAttachment, polls: db.poll, votes: db.pollVote, lists: db.list, listAccounts: db.listAccount,
    filters: db.filter, filterKeywords: db.filterKeyword, filterStatuses: db.filterStatus, tagFollows: db.tagFollow,
    threadStates: db.threadState, reports: db.report, domainBlocks: db.domainBlock, settings: db.setting, rules: db.rule,
    invites: db.invite, warnings: db.accountWarning, auditLog: db.auditLogEntry, domainAllows: db.domainAllow,
    accountDomainBlocks: db.accountDomainBlock,
  } as const;
  const counts = await Promise.all(Object.values(tables).map((table) => (table as { count(): Promise<number> }).count()));
  return Object.fromEntries(Object.keys(tables).map((name, i) => [name, counts[i]!]));
}

/**
 * Expects the request to be refused with `status` and Mastodon's error JSON (matching
 * `message` when given), and no table to change.
 */
export async function refused(t: TestApp, status: number, run: () => Promise<Answer>, message?: RegExp): Promise<Answer> {
  const before = await rowCounts(t);
  const answer = await run();
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  expect(answer.body, JSON.stringify(answer.body)).toMatchObject({ error: expect.any(String) });
  if (message) expect(answer.body.error).toMatch(message);
  expect(await rowCounts(t)).toEqual(before);
  return answer;
}
