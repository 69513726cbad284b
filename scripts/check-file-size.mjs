// Fails when a source file grows past 600 lines (ARCHITECTURE.md: split along the layers).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const LIMIT = 600;
const roots = ["src", "test", "scripts"];
const skip = new Set(["generated"]);
const offenders = [];
function walk(dir) {
  for (const name of readdirSync(dir)) {
    if (skip.has(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (/\.(ts|mts|js|mjs)$/.test(name)) {
      const lines = readFileSync(path, "utf8").split("\n").length;
      if (lines > LIMIT) offenders.push(`${path} (${lines} lines)`);
    }
  }
}
roots.forEach(walk);
if (offenders.length) {
  console.error(`files over ${LIMIT} lines:\n  ${offenders.join("\n  ")}`);
  process.exit(1);
}
console.log(`no source file over ${LIMIT} lines`);
