// Request parameters as Mastodon clients send them: JSON, form, multipart or query
// string, with Rails-style nested keys (a[]=1, a[0][name]=x, poll[options][]=y).
import type { Context } from "hono";
import { NotFoundError } from "../core/errors.js";
import { parseId } from "../core/ids.js";

export type Params = Record<string, unknown>;

function assign(target: Params, key: string, value: unknown) {
  const parts = key.replace(/\]/g, "").split("[");
  // __proto__[x]=1 would otherwise write into Object.prototype, for the whole process.
  if (parts.some((part) => part === "__proto__" || part === "prototype" || part === "constructor")) return;
  let node: Params = target;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const next = parts[i + 1];
    if (next === undefined) {
      node[part] = value;
      return;
    }
    if (next === "" && i + 2 === parts.length) {
      node[part] = [...(Array.isArray(node[part]) ? (node[part] as unknown[]) : []), value];
      return;
    }
    if (next === "" && i + 3 === parts.length) {
      // a[][k]=1&a[][j]=2&a[][k]=3 is [{k: 1, j: 2}, {k: 3}]: a key seen again starts the next hash.
      const list = Array.isArray(node[part]) ? (node[part] as Params[]) : [];
      node[part] = list;
      const field = parts[i + 2]!;
      const last = list.at(-1);
      if (last && typeof last === "object" && !(field in last)) last[field] = value;
      else list.push({ [field]: value });
      return;
    }
    if (typeof node[part] !== "object" || node[part] === null || Array.isArray(node[part])) node[part] = {};
    node = node[part] as Params;
  }
}

export function fromEntries(entries: Iterable<[string, unknown]>): Params {
  const params: Params = {};
  for (const [key, value] of entries) assign(params, key, value);
  return params;
}

/** Query string and body merged (the body wins), whatever the body's encoding. */
export async function readParams(c: Context): Promise<Params> {
  const query = fromEntries(new URL(c.req.url).searchParams.entries());
  if (c.req.method === "GET" || c.req.method === "HEAD") return query;
  const type = c.req.header("content-type") ?? "";
  if (type.includes("multipart/form-data")) {
    let form: FormData;
    try {
      form = await c.req.formData();
    } catch {
      throw new BadRequest("The multipart body could not be read");
    }
    return { ...query, ...fromEntries([...form.entries()] as [string, unknown][]) };
  }
  const text = await c.req.text();
  if (!text.trim()) return query;
  if (type.includes("application/json") || (!type && /^\s*[[{]/.test(text))) {
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new BadRequest("The request body is not valid JSON");
    }
    return { ...query, ...(body && typeof body === "object" && !Array.isArray(body) ? (body as Params) : {}) };
  }
  return { ...query, ...fromEntries(new URLSearchParams(text).entries()) };
}

export class BadRequest extends Error {}

export function str(params: Params, key: string): string | undefined {
  const value = params[key];
  if (value === undefined || value === null) return undefined;
  return typeof value === "string" ? value : typeof value === "number" || typeof value === "boolean" ? String(value) : undefined;
}

export function bool(params: Params, key: string): boolean | undefined {
  const value = params[key];
  if (value === undefined || value === null || value === "") return undefined;
  if (typeof value === "boolean") return value;
  return ["1", "true", "on", "yes"].includes(String(value).toLowerCase());
}

export function strings(params: Params, key: string): string[] | undefined {
  const value = params[key];
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === "object") return Object.values(value as Params).map(String);
  return [String(value)];
}

/** An uploaded file (multipart), or undefined. */
export function file(params: Params, key: string): File | undefined {
  const value = params[key];
  return value instanceof File ? value : undefined;
}

/** A snowflake id from the path; anything else reads as a missing record (404), as Mastodon answers. */
export function idParam(value: string | undefined, what = "Record"): bigint {
  const id = value ? parseId(value) : undefined;
  if (id === undefined) throw new NotFoundError(what);
  return id;
}
