// Sessions of `worker` processes (db/client.ts): asynchronous commit and generic plans, set on
// every connection of their pools; web processes keep PostgreSQL's defaults.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPool } from "../../src/db/client.js";
import { createDatabase } from "../support/app.js";

describe("worker sessions", () => {
  let url: string;
  const pools: ReturnType<typeof createPool>[] = [];
  beforeAll(async () => {
    url = await createDatabase();
  });
  afterAll(() => Promise.all(pools.map((pool) => pool.end())));

  const settings = async (pool: ReturnType<typeof createPool>) => {
    pools.push(pool);
    const { rows } = await pool.query<{ commit: string; plans: string }>(
      "SELECT current_setting('synchronous_commit') AS commit, current_setting('plan_cache_mode') AS plans",
    );
    return rows[0];
  };

  it("a worker's connections commit asynchronously and use generic plans; a web process's do not", async () => {
    expect(await settings(createPool(url, 2, undefined, "worker"))).toEqual({ commit: "off", plans: "force_generic_plan" });
    expect(await settings(createPool(url, 2))).toEqual({ commit: "on", plans: "auto" });
  });
});
