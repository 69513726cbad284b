// `fedigraph admin <command>`: administration from the shell, like Mastodon's tootctl.
// Exit codes: 0 done; 2 the command line is wrong (nothing was done); 1 the command failed
// (an unknown account, a refused change, no database ...), with one line on stderr.
import type { Config } from "../config.js";
import { parseArgs, UsageError } from "./args.js";
import { COMMANDS, type Command } from "./commands.js";
import { openDeps } from "./deps.js";

export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

const PREFIX = "fedigraph admin";

export function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.words.join(" ").length));
  return [
    `usage: ${PREFIX} <command>`,
    "",
    ...COMMANDS.flatMap((c) => [`  ${c.words.join(" ").padEnd(width)}  ${c.args}`, `  ${" ".repeat(width)}  ${c.summary}`]),
    `  ${"help".padEnd(width)}  this list`,
    "",
    "DATABASE_URL names the database; without it the command uses the embedded PostgreSQL in",
    "DATA_DIR (the running server's, or starts it for the command). Every change is audited.",
    "Exit codes: 0 done, 1 failed, 2 wrong command line.",
  ].join("\n");
}

function findCommand(argv: readonly string[]): Command {
  const command = COMMANDS.find((c) => c.words.every((word, i) => argv[i] === word));
  if (command) return command;
  const groups = [...new Set(COMMANDS.map((c) => c.words[0]!))];
  if (groups.includes(argv[0]!)) {
    const verbs = COMMANDS.filter((c) => c.words[0] === argv[0]).map((c) => c.words[1]);
    throw new UsageError(argv[1] ? `unknown command "${argv[0]} ${argv[1]}"; ${argv[0]} has ${verbs.join(", ")}` : `${argv[0]} needs one of ${verbs.join(", ")}`);
  }
  throw new UsageError(`unknown command "${argv[0]}"; see "${PREFIX} help"`);
}

/** Runs one admin command; resolves with the exit code. */
export async function runAdmin(argv: readonly string[], config: Config, output: Output): Promise<number> {
  if (argv.length === 0 || ["help", "--help", "-h"].includes(argv[0]!)) {
    (argv.length ? output.out : output.err)(helpText());
    return argv.length ? 0 : 2;
  }
  let command: Command | undefined;
  let run;
  try {
    command = findCommand(argv);
    run = command.prepare(parseArgs(argv.slice(command.words.length), command.valued ?? [], command.flags ?? []));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const usage = command ? ` (usage: ${PREFIX} ${command.words.join(" ")} ${command.args})` : "";
    output.err(`${PREFIX}: ${error.message}${usage}`);
    return 2;
  }
  let opened;
  try {
    opened = await openDeps(config);
  } catch (error) {
    output.err(`${PREFIX}: cannot open the database: ${(error as Error).message}`);
    return 1;
  }
  try {
    await run(opened.deps, output.out);
    return 0;
  } catch (error) {
    output.err(`${PREFIX}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await opened.close();
  }
}
