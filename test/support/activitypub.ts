// In-process requests for the ActivityPub tests: GETs as a remote server makes them, and
// Mastodon API calls to set the world up.
import type { TestApp } from "./app.js";

export const AS = "application/activity+json";
export const LD = 'application/ld+json; profile="https://www.w3.org/ns/activitystreams"';
/** What Mastodon sends when it fetches an actor or a status. */
export const MASTODON_ACCEPT = "application/activity+json, application/ld+json";
export const PUBLIC = "https://www.w3.org/ns/activitystreams#Public";

export interface Answer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  text: string;
  headers: Headers;
}

async function answer(response: Response): Promise<Answer> {
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: tests look at the text
  }
  return { status: response.status, body, text, headers: response.headers };
}

/** GET a path (or absolute URL on our origin) with an Accept header (none when null). */
export async function get(t: TestApp, pathOrUrl: string, accept: string | null = AS): Promise<Answer> {
  const url = pathOrUrl.startsWith("http") ? pathOrUrl : `${t.app.config.publicUrl}${pathOrUrl}`;
  return answer(await t.app.fetch(new Request(url, { headers: accept === null ? {} : { accept } })));
}

/** A Mastodon API call as `token`. */
export async function api(t: TestApp, token: string, method: string, path: string, body?: unknown): Promise<Answer> {
  const isForm = body instanceof FormData;
  const response = await t.app.fetch(
    new Request(`${t.app.config.publicUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body !== undefined && !isForm ? { "content-type": "application/json" } : {}) },
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
    }),
  );
  const result = await answer(response);
  if (result.status >= 400) throw new Error(`${method} ${path}: ${result.status} ${result.text}`);
  return result;
}

/** The path of a URL on our origin. */
export const pathOf = (url: string) => {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
};
