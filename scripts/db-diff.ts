// Writes a new SQL migration: the difference between the schema at the last migration
// (prisma/migrations/schema.snapshot.prisma) and prisma/schema.prisma.
// Usage: npm run db:diff -- <name>
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_").toLowerCase();
if (!name) {
  console.error("usage: npm run db:diff -- <migration_name>");
  process.exit(2);
}
const snapshot = "prisma/migrations/schema.snapshot.prisma";
const from = existsSync(snapshot) ? ["--from-schema-datamodel", snapshot] : ["--from-empty"];
const sql = execFileSync(
  "prisma",
  ["migrate", "diff", ...from, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
  { env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://localhost/unused" }, encoding: "utf8" },
);
if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
  console.log("schema unchanged: no migration written");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = join("prisma/migrations", `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, "migration.sql"), sql.replace(/^-- CreateSchema\nCREATE SCHEMA IF NOT EXISTS "public";\n\n/m, ""));
copyFileSync("prisma/schema.prisma", snapshot);
console.log(`wrote ${dir}/migration.sql`);
