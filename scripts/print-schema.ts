// Prints the GraphQL schema, sorted, from the code. --write updates schema.graphql;
// --check fails when the committed file differs (schema drift).
import { readFileSync, writeFileSync } from "node:fs";
import { printSortedSchema } from "../src/graphql/schema.js";

const printed = `${printSortedSchema()}\n`;
const mode = process.argv[2];
if (mode === "--write") {
  writeFileSync("schema.graphql", printed);
  console.log("schema.graphql written");
} else if (mode === "--check") {
  let committed = "";
  try {
    committed = readFileSync("schema.graphql", "utf8");
  } catch {
    // missing counts as drift
  }
  if (committed !== printed) {
    console.error("schema.graphql is out of date: run `npm run schema:print` and commit it");
    process.exit(1);
  }
  console.log("schema.graphql is up to date");
} else {
  process.stdout.write(printed);
}
