import { parseArgs, type ParseArgsConfig } from "node:util";
import { ReportError } from "../../ReportError.js";
import { describeSystemError, isSystemError } from "../fsError.js";
import { isSuiteError } from "../suiteErrors.js";
import { assessHelp, checkHelp, cubeHelp, downloadHelp, mainHelp, templateHelp } from "./help.js";
import type { CliIo } from "./io.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** Parses a command's arguments strictly; a malformed argument becomes one clear sentence. */
function parseCommandArgs(
  command: string,
  args: readonly string[],
  options: Options,
  positionals = false,
): Record<string, string | boolean | string[] | undefined> {
  try {
    const parsed = parseArgs({ args: [...args], options: { ...options, help: { type: "boolean", short: "h" } }, allowPositionals: positionals, strict: true });
    // The arguments that are not options (the kind of `template`, the files of `check`).
    return positionals
      ? { ...(parsed.values as Record<string, string | boolean | string[] | undefined>), $positionals: parsed.positionals }
      : (parsed.values as Record<string, string | boolean | string[] | undefined>);
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const code = (error as { code?: string }).code;
    let message: string;
    const option = /'([^']+)'/.exec(raw)?.[1] ?? raw;
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      message = `Unknown option "${option.split(" ")[0]}" for "crimestats ${command}": see "crimestats ${command} --help".`;
    } else if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      message = `Option "${option.split(" ")[0]}" of "crimestats ${command}" needs a value: see "crimestats ${command} --help".`;
    } else if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") {
      message = `Unexpected argument "${option}" for "crimestats ${command}": options start with "--" (see "crimestats ${command} --help").`;
    } else {
      message = `${raw.split("\n")[0] ?? raw} (see "crimestats ${command} --help").`;
    }
    throw new ReportError("invalid-argument", message, { command, args });
  }
}

/** Text with control characters other than line feed and tab replaced by U+FFFD. */
function printable(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what this replaces
  return text.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, "\uFFFD");
}

/** One line for any error: the message of a suite error, a sentence for a system error, or a short description otherwise. */
function describeError(error: unknown): string {
  if (isSystemError(error)) return describeSystemError(error);
  if (error instanceof Error) {
    const first = (error.message.split("\n")[0] ?? "").trim();
    // The suite's errors (ReportError, PoliceDataError, …) carry a sentence written for the user;
    // Node's own coded errors (ERR_…) do not.
    if (isSuiteError(error) && first !== "") return first;
    return first === "" ? "An unexpected error occurred." : `Unexpected error: ${first}`;
  }
  let text: string;
  try {
    text = String(error);
  } catch {
    text = typeof error; // an object without a prototype has no toString
  }
  return `Unexpected error: ${text}`;
}

/** A subcommand: its options, whether it takes arguments that are not options, its help text and its implementation (loaded on first use). */
interface Command {
  readonly options: Options;
  readonly positionals?: boolean;
  readonly help: string;
  readonly load: () => Promise<(values: Record<string, unknown>, io: CliIo) => Promise<number>>;
}

const commands: Readonly<Record<string, Command>> = {
  assess: {
    options: {
      data: { type: "string" },
      "borough-file": { type: "string", multiple: true },
      "ward-file": { type: "string" },
      "population-file": { type: "string", multiple: true },
      boundaries: { type: "string", multiple: true },
      "street-file": { type: "string", multiple: true },
      local: { type: "string" },
      breaks: { type: "string" },
      "rag-rules": { type: "string" },
      area: { type: "string" },
      comparators: { type: "string" },
      neighbours: { type: "string" },
      benchmark: { type: "string" },
      to: { type: "string" },
      framework: { type: "string" },
      strategy: { type: "string" },
      disclosure: { type: "string" },
      out: { type: "string" },
      format: { type: "string" },
      config: { type: "string" },
      title: { type: "string" },
      partnership: { type: "string" },
      logo: { type: "string" },
      "logo-alt": { type: "string" },
      introduction: { type: "string" },
      accent: { type: "string" },
      footer: { type: "string" },
      contact: { type: "string" },
      date: { type: "string" },
      browser: { type: "string" },
      quiet: { type: "boolean" },
      strict: { type: "boolean" },
    },
    help: assessHelp,
    load: async () => (await import("./assessCommand.js")).assessCommand,
  },
  download: {
    options: {
      archive: { type: "boolean" },
      url: { type: "string", multiple: true },
      cache: { type: "string" },
      timeout: { type: "string" },
      "max-size": { type: "string" },
      quiet: { type: "boolean" },
    },
    help: downloadHelp,
    load: async () => (await import("./downloadCommand.js")).downloadCommand,
  },
  cube: {
    options: { data: { type: "string" }, out: { type: "string" }, area: { type: "string" }, by: { type: "string" }, quiet: { type: "boolean" } },
    help: cubeHelp,
    load: async () => (await import("./cubeCommand.js")).cubeCommand,
  },
  template: {
    options: { out: { type: "string" } },
    positionals: true,
    help: templateHelp,
    load: async () => (await import("./templateCommand.js")).templateCommand,
  },
  check: {
    options: {},
    positionals: true,
    help: checkHelp,
    load: async () => (await import("./checkCommand.js")).checkCommand,
  },
};

/** The command named `name`, or `undefined` (never an inherited property such as "constructor"). */
function commandNamed(name: string | undefined): Command | undefined {
  return name !== undefined && Object.hasOwn(commands, name) ? commands[name] : undefined;
}

/**
 * Runs the `crimestats` command with its arguments (without `node` and the script) and returns
 * the exit code. Errors are printed as one sentence on stderr, never a stack trace (set
 * CRIMESTATS_DEBUG=1 to see one).
 */
export async function runCli(argv: readonly string[], terminal: CliIo): Promise<number> {
  // Names from data files and arguments are echoed in messages: control characters (an escape
  // sequence that clears the screen or rewrites a line) are shown as U+FFFD, never obeyed.
  const io: CliIo = { ...terminal, out: (text) => terminal.out(printable(text)), err: (text) => terminal.err(printable(text)) };
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === "--help" || command === "-h" || command === "help") {
      const topic = command === "help" ? rest[0] : undefined;
      io.out(commandNamed(topic)?.help ?? mainHelp);
      return command === undefined ? 1 : 0;
    }
    if (command === "--version" || command === "-v") {
      io.out(`crimestats ${io.version ?? "(version unknown)"} (@crimestats/report)\n`);
      return 0;
    }
    const spec = commandNamed(command);
    if (spec === undefined) {
      throw new ReportError("invalid-argument", `Unknown command "${command}": expected assess, download, cube, template or check (see "crimestats --help").`, {
        command,
      });
    }
    const values = parseCommandArgs(command, rest, spec.options, spec.positionals === true);
    if (values["help"] === true) {
      io.out(spec.help);
      return 0;
    }
    const run = await spec.load();
    return await run(values, io);
  } catch (error) {
    io.err(`crimestats: ${describeError(error)}\n`);
    if (io.env["CRIMESTATS_DEBUG"] === "1" && error instanceof Error && error.stack !== undefined) io.err(`${error.stack}\n`);
    return error instanceof ReportError && (error.code === "invalid-argument" || error.code === "invalid-option") ? 2 : 1;
  }
}
