import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// ids.ts keeps per-process state (last millisecond, sequence); load a fresh copy per test.
type Ids = typeof import("../../src/core/ids.js");
let ids: Ids;

beforeEach(async () => {
  vi.resetModules();
  ids = await import("../../src/core/ids.js");
});

afterEach(() => {
  vi.restoreAllMocks();
});

function expectStrictlyIncreasing(list: bigint[]): void {
  for (let i = 1; i < list.length; i++) {
    if (!(list[i]! > list[i - 1]!)) {
      throw new Error(`id #${i} (${list[i]}) is not greater than id #${i - 1} (${list[i - 1]})`);
    }
  }
}

const T = Date.UTC(2025, 0, 1, 12, 0, 0);

describe("newId", () => {
  it("puts the millisecond in the high bits", () => {
    const id = ids.newId(T);
    expect(ids.timeOfId(id).getTime()).toBe(T);
    expect(id).toBeGreaterThanOrEqual(ids.idAtTime(T));
    expect(id).toBeLessThan(ids.idAtTime(T + 1));
  });

  it("uses the current time by default", () => {
    const before = Date.now();
    const id = ids.newId();
    const after = Date.now();
    const ms = ids.timeOfId(id).getTime();
    expect(ms).toBeGreaterThanOrEqual(before);
    expect(ms).toBeLessThanOrEqual(after);
  });

  it("is strictly increasing for many calls in the same millisecond", () => {
    const list = Array.from({ length: 5_000 }, () => ids.newId(T));
    expectStrictlyIncreasing(list);
    expect(new Set(list).size).toBe(list.length);
  });

  it("stays increasing when the 16-bit sequence starts near its top", () => {
    // The random starting point is the worst case: a wrap to 0 would go backwards.
    vi.spyOn(Math, "random").mockReturnValue(0.999999);
    const list = Array.from({ length: 1_000 }, () => ids.newId(T));
    expectStrictlyIncreasing(list);
  });

  it("borrows the next millisecond when one millisecond runs out, and never goes back", () => {
    const list = Array.from({ length: 200_000 }, () => ids.newId(T));
    // the real clock is still at T when the next call comes
    list.push(ids.newId(T), ids.newId(T + 1), ids.newId(T + 2));
    expectStrictlyIncreasing(list);
    expect(new Set(list).size).toBe(list.length);
    for (const id of list) expect(id).toBeGreaterThanOrEqual(ids.idAtTime(T));
  });

  it("is strictly increasing across milliseconds", () => {
    const list: bigint[] = [];
    for (let ms = T; ms < T + 50; ms++) {
      for (let i = 0; i < 100; i++) list.push(ids.newId(ms));
    }
    expectStrictlyIncreasing(list);
    expect(ids.timeOfId(list.at(-1)!).getTime()).toBe(T + 49);
  });

  it("an id from a later millisecond is greater than every id from an earlier one", () => {
    vi.spyOn(Math, "random").mockReturnValue(0.999999);
    const early = ids.newId(T);
    vi.spyOn(Math, "random").mockReturnValue(0);
    const later = ids.newId(T + 1);
    expect(later).toBeGreaterThan(early);
  });

  it("does not go backwards or repeat when the clock steps back", () => {
    const a = ids.newId(T + 1_000);
    const b = ids.newId(T); // e.g. an NTP correction
    const c = ids.newId(T + 1_000);
    expect(b).toBeGreaterThan(a);
    expect(c).toBeGreaterThan(b);
  });

  it("fits a signed 64-bit column (PostgreSQL bigint)", () => {
    const id = ids.newId();
    expect(id).toBeGreaterThan(0n);
    expect(id).toBeLessThanOrEqual(0x7fffffffffffffffn);
  });
});

describe("idAtTime / timeOfId", () => {
  it("idAtTime is the smallest id of a millisecond", () => {
    expect(ids.idAtTime(T)).toBe(BigInt(T) << 16n);
    expect(ids.idAtTime(0)).toBe(0n);
    expect(ids.timeOfId(ids.idAtTime(T))).toEqual(new Date(T));
  });

  it("timeOfId ignores the sequence bits", () => {
    expect(ids.timeOfId(ids.idAtTime(T) + 0xffffn).getTime()).toBe(T);
    expect(ids.timeOfId(ids.idAtTime(T) + 0x10000n).getTime()).toBe(T + 1);
  });
});

describe("parseId", () => {
  it("parses decimal snowflakes", () => {
    expect(ids.parseId("1")).toBe(1n);
    expect(ids.parseId("0")).toBe(0n);
    expect(ids.parseId("113456789012345678")).toBe(113456789012345678n);
    expect(ids.parseId("9223372036854775807")).toBe(0x7fffffffffffffffn);
  });

  it("round-trips newId", () => {
    const id = ids.newId();
    expect(ids.parseId(id.toString())).toBe(id);
  });

  it.each([
    [""],
    [" 1"],
    ["1 "],
    ["-1"],
    ["+1"],
    ["1.5"],
    ["1e5"],
    ["0x10"],
    ["abc"],
    ["12a"],
    ["١٢٣"], // Arabic-Indic digits
    ["１２３"], // full-width digits
    ["1\n"],
  ])("rejects non-digits: %j", (text) => {
    expect(ids.parseId(text)).toBeUndefined();
  });

  it("rejects values that do not fit a signed 64-bit integer", () => {
    expect(ids.parseId("9223372036854775808")).toBeUndefined();
    expect(ids.parseId("18446744073709551615")).toBeUndefined();
    expect(ids.parseId("99999999999999999999")).toBeUndefined();
    expect(ids.parseId("123456789012345678901")).toBeUndefined(); // 21 digits
    expect(ids.parseId("1".repeat(1000))).toBeUndefined();
  });
});
