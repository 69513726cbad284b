// Migrations: applied once, recorded like Prisma records them, safe when several
// instances start at the same time.
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createPool } from "../../src/db/client.js";
import { listMigrations, migrate } from "../../src/db/migrate.js";
import { createDatabase } from "../support/app.js";

const pools: pg.Pool[] = [];
afterAll(() => Promise.all(pools.map((pool) => pool.end())));

async function freshPool() {
  const pool = createPool(await createDatabase(), 4);
  pools.push(pool);
  return pool;
}

describe("migrate", () => {
  it("applies every migration once, even when four instances start together", async () => {
    const url = await createDatabase();
    const instances = [0, 1, 2, 3].map(() => {
      const pool = createPool(url, 2);
      pools.push(pool);
      return pool;
    });
    const applied = await Promise.all(instances.map((pool) => migrate(pool)));
    const all = listMigrations().map((m) => m.name);
    // Exactly one instance applied them; the others found them done.
    expect(applied.flat().sort()).toEqual(all.sort());
    const { rows } = await instances[0]!.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((row) => row.migration_name)).toEqual(all);
    expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.checksum))).toBe(true);
    expect(await migrate(instances[1]!)).toEqual([]);
  });

  it("rolls a failing migration back whole and reports which one failed", async () => {
    const pool = await freshPool();
    const good = listMigrations();
    const broken = { name: "29990101000000_broken", sql: "CREATE TABLE half_done (id int); SELECT no_such_function();", checksum: "x" };
    await expect(migrate(pool, [...good, broken])).rejects.toThrow(/migration 29990101000000_broken failed/);
    const { rows } = await pool.query(`SELECT to_regclass('half_done') AS table`);
    expect(rows[0].table).toBeNull();
    const recorded = await pool.query(`SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE migration_name = $1`, [broken.name]);
    expect(recorded.rows[0].n).toBe(0);
  });
});
