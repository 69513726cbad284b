// A small argv parser for the admin CLI: positional words and `--name value` / `--flag`
// options, each command saying which options it takes.

/** Wrong shape of the command line: exit code 2 with the usage. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export interface Parsed {
  positional: string[];
  options: Map<string, string | true>;
}

/** `valued`: options that take a value; `flags`: options that take none. */
export function parseArgs(argv: readonly string[], valued: readonly string[], flags: readonly string[] = []): Parsed {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (options.has(name)) throw new UsageError(`--${name} is given twice`);
    if (flags.includes(name)) {
      if (eq !== -1) throw new UsageError(`--${name} takes no value`);
      options.set(name, true);
    } else if (valued.includes(name)) {
      const value = eq !== -1 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || (eq === -1 && value.startsWith("--"))) throw new UsageError(`--${name} needs a value`);
      options.set(name, value);
    } else {
      throw new UsageError(`unknown option --${name}`);
    }
  }
  return { positional, options };
}

export function option(parsed: Parsed, name: string): string | undefined {
  const value = parsed.options.get(name);
  return typeof value === "string" ? value : undefined;
}

/** Exactly `names.length` positional words (after the command's own words). */
export function expectPositional(parsed: Parsed, names: readonly string[], optional: readonly string[] = []): string[] {
  const { positional } = parsed;
  if (positional.length < names.length) throw new UsageError(`missing <${names[positional.length]}>`);
  if (positional.length > names.length + optional.length) throw new UsageError(`unexpected "${positional[names.length + optional.length]}"`);
  return positional;
}

/** One of `choices` (case-insensitive), as given in the usage. */
export function choice<T extends string>(value: string, choices: readonly T[], what: string): T {
  const found = choices.find((c) => c === value.toLowerCase());
  if (!found) throw new UsageError(`${what} must be one of ${choices.join(", ")}, got "${value}"`);
  return found;
}
