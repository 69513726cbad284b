// CLI entry: `serve` (default) runs everything in one process; `worker` runs only the queued
// jobs and periodic tasks, beside web processes started with PROCESS_JOBS=false (several
// processes share one PostgreSQL, so a worker needs DATABASE_URL, and REDIS_URL for live updates);
// `admin <command>` runs one administration command (src/cli/) and exits.
// Each command loads only what it needs: an admin command does not load the server.
import type { App } from "./app.js";
import { ConfigError, parseConfig } from "./config.js";

const USAGE = "usage: fedigraph [serve | worker | admin <command>]";

async function serve(): Promise<void> {
  const config = parseConfig();
  const { buildApp } = await import("./app.js");
  const app = await buildApp(config);
  let port: number;
  try {
    port = await app.listen();
  } catch (error) {
    await app.stop();
    if ((error as { code?: string }).code === "EADDRINUSE") {
      throw new Error(`port ${config.port} on ${config.host} is already in use (set PORT to another one)`);
    }
    throw error;
  }
  app.logger.info({ url: `http://${config.host}:${port}/graphql`, publicUrl: config.publicUrl }, `Fedigraph listening on ${config.host}:${port}`);
  stopOnSignals(app);
}

function stopOnSignals(app: App): void {
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.logger.info({ signal }, "shutting down");
    app.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        app.logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
}

async function worker(): Promise<void> {
  const config = parseConfig();
  if (!config.databaseUrl) throw new ConfigError("DATABASE_URL", "must be set for `worker`: the embedded database belongs to one `serve` process");
  if (!config.processJobs) throw new ConfigError("PROCESS_JOBS", "must not be false for `worker`");
  const { buildApp } = await import("./app.js");
  const app = await buildApp(config, { session: "worker" });
  app.logger.info({ publicUrl: config.publicUrl }, "Fedigraph worker running queued jobs");
  stopOnSignals(app);
}

async function admin(argv: string[]): Promise<void> {
  const config = parseConfig();
  const { runAdmin } = await import("./cli/index.js");
  const code = await runAdmin(argv, config, {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  });
  // Pipes are written synchronously on Linux; exit now rather than wait for stray handles.
  process.exit(code);
}

async function main(argv: string[]): Promise<void> {
  const command = argv[0] ?? "serve";
  switch (command) {
    case "serve":
      return serve();
    case "worker":
      return worker();
    case "admin":
      return admin(argv.slice(1));
    case "help":
    case "--help":
      console.log(USAGE);
      return;
    default:
      throw new ConfigError("command", `"${command}" is unknown; ${USAGE}`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`fedigraph: ${message}`);
  process.exit(1);
});
