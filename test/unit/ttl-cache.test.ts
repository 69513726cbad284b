import { describe, expect, it } from "vitest";
import { ttlCache } from "../../src/core/ttl-cache.js";

describe("ttlCache", () => {
  it("forgets entries after their time", () => {
    let now = 1_000;
    const cache = ttlCache<string, number>({ ttlMs: 100, max: 10, now: () => now });
    cache.set("a", 1);
    expect(cache.get("a")).toBe(1);
    now += 99;
    expect(cache.get("a")).toBe(1);
    now += 1;
    expect(cache.get("a")).toBeUndefined();
  });

  it("never holds more than max entries, dropping expired ones first, then the oldest", () => {
    let now = 0;
    const cache = ttlCache<number, string>({ ttlMs: 50, max: 3, now: () => now });
    cache.set(1, "old");
    now = 40;
    cache.set(2, "b");
    cache.set(3, "c");
    now = 60; // 1 has expired
    cache.set(4, "d");
    expect([cache.get(1), cache.get(2), cache.get(3), cache.get(4)]).toEqual([undefined, "b", "c", "d"]);
    cache.set(5, "e"); // nothing expired: the oldest (2) goes
    expect(cache.size).toBe(3);
    expect(cache.get(2)).toBeUndefined();
    expect(cache.get(5)).toBe("e");
  });

  it("creates a value once and shares it until it expires", () => {
    let now = 0;
    let made = 0;
    const cache = ttlCache<string, number>({ ttlMs: 10, max: 5, now: () => now });
    expect(cache.getOrCreate("k", () => ++made)).toBe(1);
    expect(cache.getOrCreate("k", () => ++made)).toBe(1);
    now = 10;
    expect(cache.getOrCreate("k", () => ++made)).toBe(2);
  });
});
