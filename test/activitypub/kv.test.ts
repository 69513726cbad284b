// Fedify's KvStore on our PostgreSQL: get/set/delete, TTLs, compare-and-swap, prefix listing,
// and the sweep of expired rows. Against the real database, as Fedify will use it.
import { Temporal } from "@js-temporal/polyfill";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postgresKvStore, type PostgresKvStore } from "../../src/db/fedify-kv.js";
import { startTestApp, type TestApp } from "../support/app.js";
import { eventually } from "../support/eventually.js";

let t: TestApp;
let kv: PostgresKvStore;

beforeAll(async () => {
  t = await startTestApp();
  kv = postgresKvStore(t.app.deps.pool);
});
afterAll(() => t.close());

/** Listed entries, in key order (the store promises no order). */
const all = async (prefix?: readonly [string, ...string[]]) => {
  const entries = [];
  for await (const entry of kv.list(prefix)) entries.push(entry);
  return entries.sort((a, b) => (a.key.join("\u0000") < b.key.join("\u0000") ? -1 : 1));
};

/** Makes a key's row expire now (TTLs are at least a second; tests do not wait). */
const expire = (key: readonly string[]) =>
  t.app.deps.pool.query("UPDATE fedify_kv SET expires_at = now() - interval '1 second' WHERE key = $1", [JSON.stringify(key)]);

describe("PostgreSQL KvStore", () => {
  it("gets what was set (JSON values), replaces, deletes; missing keys are undefined", async () => {
    expect(await kv.get(["a", "missing"])).toBeUndefined();
    const document = { "@context": "https://www.w3.org/ns/activitystreams", id: "https://x.example/1", n: [1, 2.5, null, true] };
    await kv.set(["a", "doc"], document);
    expect(await kv.get(["a", "doc"])).toEqual(document);
    await kv.set(["a", "doc"], "replaced");
    expect(await kv.get(["a", "doc"])).toBe("replaced");
    await kv.set(["a", "number"], 42);
    expect(await kv.get(["a", "number"])).toBe(42);
    await kv.delete(["a", "doc"]);
    expect(await kv.get(["a", "doc"])).toBeUndefined();
    await kv.delete(["a", "never there"]);
    // Keys are exact: parts are not joined into one string.
    await kv.set(["a/b", "c"], 1);
    await kv.set(["a", "b/c"], 2);
    expect([await kv.get(["a/b", "c"]), await kv.get(["a", "b/c"])]).toEqual([1, 2]);
  });

  it("forgets values after their TTL (hours or days), keeps those without one", async () => {
    await kv.set(["ttl", "short"], "soon gone", { ttl: Temporal.Duration.from({ hours: 1 }) });
    await kv.set(["ttl", "days"], "later", { ttl: Temporal.Duration.from({ days: 2 }) });
    await kv.set(["ttl", "none"], "forever");
    const { rows } = await t.app.deps.pool.query<{ key: string; expires_at: Date | null }>(
      "SELECT key, expires_at FROM fedify_kv WHERE key LIKE '[\"ttl\",%' ORDER BY key",
    );
    const expiry = Object.fromEntries(rows.map((row) => [row.key, row.expires_at?.getTime() ?? null]));
    expect(expiry['["ttl","none"]']).toBeNull();
    expect(expiry['["ttl","short"]']! - Date.now()).toBeGreaterThan(59 * 60_000);
    expect(expiry['["ttl","days"]']! - Date.now()).toBeGreaterThan(47 * 60 * 60_000);
    await expire(["ttl", "short"]);
    expect(await kv.get(["ttl", "short"])).toBeUndefined();
    expect((await all(["ttl"])).map((entry) => entry.key)).toEqual([["ttl", "days"], ["ttl", "none"]]);
    expect(await kv.sweep()).toBeGreaterThanOrEqual(1);
    expect(await kv.get(["ttl", "none"])).toBe("forever");
  });

  it("compare-and-swap: set when absent, swap when equal, delete when equal, refuse otherwise", async () => {
    const key = ["cas", "k"] as const;
    expect(await kv.cas(key, undefined, undefined)).toBe(true);
    expect(await kv.cas(key, undefined, { v: 1 })).toBe(true);
    expect(await kv.cas(key, undefined, { v: 2 })).toBe(false);
    expect(await kv.cas(key, undefined, undefined)).toBe(false);
    expect(await kv.cas(key, { v: 9 }, { v: 2 })).toBe(false);
    expect(await kv.cas(key, { v: 1 }, { v: 2 })).toBe(true);
    expect(await kv.get(key)).toEqual({ v: 2 });
    expect(await kv.cas(key, { v: 1 }, undefined)).toBe(false);
    expect(await kv.cas(key, { v: 2 }, undefined)).toBe(true);
    expect(await kv.get(key)).toBeUndefined();
    // An expired value counts as absent.
    await kv.set(key, "old", { ttl: Temporal.Duration.from({ seconds: 30 }) });
    await expire(key);
    expect(await kv.cas(key, "old", "new")).toBe(false);
    expect(await kv.cas(key, undefined, "fresh")).toBe(true);
    expect(await kv.get(key)).toBe("fresh");
    // Only one of many racing writers wins.
    const race = await Promise.all(Array.from({ length: 8 }, (_, i) => kv.cas(["cas", "race"], undefined, i)));
    expect(race.filter(Boolean)).toHaveLength(1);
  });

  it("keeps each server's signature standard in memory: all read at once, a new server costs no query, changes written behind", async () => {
    let queries = 0;
    const pool = t.app.deps.pool;
    const counting = Object.create(pool, { query: { value: (...args: unknown[]) => (queries++, (pool.query as (...a: unknown[]) => unknown)(...args)) } }) as typeof pool;
    const specOf = (origin: string) => ["_fedify", "httpMessageSignaturesSpec", origin] as const;
    const stored = async (key: readonly string[]) =>
      (await pool.query("SELECT value FROM fedify_kv WHERE key = $1", [JSON.stringify(key)])).rows[0]?.value as unknown;
    // written by another process before this one started
    await pool.query(`INSERT INTO fedify_kv (key, value) VALUES ($1, '"draft-cavage-http-signatures-12"')`, [JSON.stringify(specOf("https://earlier.example"))]);
    const store = postgresKvStore(counting);
    const spec = specOf("https://spec.example");
    expect(await store.get(spec)).toBeUndefined();
    expect(await store.get(specOf("https://earlier.example"))).toBe("draft-cavage-http-signatures-12");
    expect(queries).toBe(1);
    for (let i = 0; i < 50; i++) expect(await store.get(specOf(`https://new-${i}.example`))).toBeUndefined();
    expect(queries).toBe(1);

    await store.set(spec, "rfc9421");
    await eventually(async () => (await stored(spec)) === "rfc9421", "the spec written behind");
    const afterFirst = queries;
    for (let i = 0; i < 5; i++) {
      expect(await store.get(spec)).toBe("rfc9421");
      await store.set(spec, "rfc9421");
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(queries).toBe(afterFirst);
    // several changes in the same moment: one statement
    await store.set(spec, "draft-cavage-http-signatures-12");
    await store.set(specOf("https://other.example"), "rfc9421");
    expect(await store.get(spec)).toBe("draft-cavage-http-signatures-12");
    await eventually(async () => (await stored(spec)) === "draft-cavage-http-signatures-12" && (await stored(specOf("https://other.example"))) === "rfc9421", "both written");
    expect(queries).toBe(afterFirst + 1);
    // other keys are always read from the database (another process may have changed them)
    await store.set(["other", "k"], 1);
    await pool.query("UPDATE fedify_kv SET value = '2' WHERE key = $1", [JSON.stringify(["other", "k"])]);
    expect(await store.get(["other", "k"])).toBe(2);
  });

  it("lists by prefix, part by part", async () => {
    await kv.set(["list", "x"], 1);
    await kv.set(["list", "x", "deeper"], 2);
    await kv.set(["list", "xy"], 3);
    await kv.set(["listing"], 4);
    await kv.set(["list"], 5);
    expect((await all(["list", "x"])).map((entry) => [entry.key, entry.value])).toEqual([
      [["list", "x"], 1],
      [["list", "x", "deeper"], 2],
    ]);
    expect((await all(["list"])).map((entry) => entry.key)).toEqual([["list"], ["list", "x"], ["list", "x", "deeper"], ["list", "xy"]]);
    const everything = (await all()).map((entry) => entry.key);
    expect(everything).toContainEqual(["listing"]);
  });
});
