// Lint, including the layer import rules of ../shared/ARCHITECTURE.md.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const adapters = ["graphql", "mastodon", "activitypub"];
const from = (...layers) => layers.map((layer) => `**/${layer}/**`);
const restrict = (files, layers, message) => ({
  files,
  rules: {
    "no-restricted-imports": ["error", { patterns: [{ group: from(...layers), message }] }],
  },
});

export default tseslint.config(
  { ignores: ["node_modules/", "src/generated/", "test/generated/", "data/", "scratch/", "dist/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Only src/config.ts reads the environment" },
      ],
    },
  },
  {
    files: ["**/*.mjs", "**/*.js"],
    languageOptions: { globals: { console: "readonly", process: "readonly" } },
  },
  {
    files: ["src/config.ts", "test/**", "scripts/**", "*.ts", "*.js"],
    rules: { "no-restricted-properties": "off" },
  },
  {
    files: ["src/core/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["../*", "../**"], message: "core/ is pure: it imports nothing from the project" }] },
      ],
    },
  },
  restrict(["src/db/**"], ["services", "events", "realtime", "http", ...adapters], "db/ sits below services and adapters"),
  restrict(["src/services/**"], ["realtime", "http", ...adapters], "services never know which API called them; realtime happens through events"),
  restrict(["src/events/**", "src/realtime/**", "src/jobs/**"], ["http", ...adapters], "events and realtime are API-agnostic"),
  restrict(["src/storage/**"], ["db", "services", "events", "realtime", "jobs", "http", ...adapters], "storage is infrastructure below services"),
  restrict(["src/mail/**"], ["db", "services", "events", "realtime", "jobs", "http", ...adapters], "mail is infrastructure below services"),
  restrict(["src/graphql/**"], ["mastodon", "activitypub"], "adapters never import each other"),
  restrict(["src/mastodon/**"], ["graphql", "activitypub"], "adapters never import each other"),
  restrict(["src/activitypub/**"], ["graphql", "mastodon"], "adapters never import each other"),
);
