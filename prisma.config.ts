// Prisma CLI configuration. The CLI uses its bundled WebAssembly schema engine through
// an in-memory PGlite, so `prisma generate` and `prisma migrate diff` work with no
// network and no database server (see ../shared/SETUP-NOTES.md).
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { defineConfig } from "prisma/config";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  async adapter() {
    // pglite-prisma-adapter bundles its own copy of the adapter types.
    return new PrismaPGlite(new PGlite()) as never;
  },
});
