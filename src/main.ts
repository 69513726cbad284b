// CLI entry: `serve` (default). Parses argv only; everything else is in app.ts.
import { buildApp } from "./app.js";
import { ConfigError, parseConfig } from "./config.js";

const USAGE = "usage: fedigraph [serve]";

async function serve(): Promise<void> {
  const config = parseConfig();
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

async function main(argv: string[]): Promise<void> {
  const command = argv[0] ?? "serve";
  switch (command) {
    case "serve":
      return serve();
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
