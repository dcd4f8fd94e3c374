/**
 * Command-line flags (node:util parseArgs, no dependency). Anything wrong is a UsageError:
 * one sentence and a hint, exit status 2.
 */
import { parseArgs } from "node:util";
import { DEFAULT_FILE_TIME_MS, FILE_TIME_LIMIT_RANGE } from "../analysis/limits.js";
import type { Concurrency } from "../analysis/run-tasks.js";
import type { Severity, SeveritySetting } from "../core/types.js";
import { FORMAT_NAMES, type FormatName } from "../formatters/names.js";
import { UsageError } from "./errors.js";

export type FailOn = Severity | "never";

export interface CliOptions {
  readonly paths: readonly string[];
  readonly format: FormatName;
  readonly output?: string;
  readonly config?: string;
  /** `--rule ID=severity`, in order (later wins); ids are checked against the registry later. */
  readonly ruleFlags: ReadonlyArray<{ readonly id: string; readonly severity: SeveritySetting }>;
  readonly failOn: FailOn;
  readonly baseline?: string;
  readonly updateBaseline: boolean;
  readonly stdinFilename?: string;
  /** `--file-time-limit MS`: wins over the config's `fileTimeLimit`. */
  readonly fileTimeLimit?: number;
  readonly concurrency: Concurrency;
  /** `--cache`: reuse the results of unchanged files from the cache file. */
  readonly cache: boolean;
  /** `--cache-location PATH` as given (a file, or a directory to hold `.agentlintcache`). */
  readonly cacheLocation?: string;
  readonly command: "scan" | "list-rules" | "explain" | "print-config" | "version" | "help";
  /** The rule id for --explain, the path for --print-config. */
  readonly commandArgument?: string;
}

const HINT = "Run `agentlint --help` for usage.";

export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string", short: "f" },
        output: { type: "string", short: "o" },
        config: { type: "string", short: "c" },
        rule: { type: "string", multiple: true },
        "fail-on": { type: "string" },
        baseline: { type: "string" },
        "update-baseline": { type: "boolean" },
        stdin: { type: "boolean" },
        "stdin-filename": { type: "string" },
        "file-time-limit": { type: "string" },
        concurrency: { type: "string" },
        cache: { type: "boolean" },
        "cache-location": { type: "string" },
        "list-rules": { type: "boolean" },
        explain: { type: "string" },
        "print-config": { type: "string" },
        version: { type: "boolean", short: "v" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new UsageError(plainParseError(error), HINT);
  }
  const { values, positionals } = parsed;

  const format = oneOf(values.format ?? "stylish", FORMAT_NAMES, "--format");
  const failOn = oneOf(values["fail-on"] ?? "error", ["error", "warn", "never"] as const, "--fail-on");
  const ruleFlags = (values.rule ?? []).map(parseRuleFlag);
  const fileTimeLimit = values["file-time-limit"] === undefined ? undefined : parseFileTimeLimit(values["file-time-limit"]);
  const concurrency = parseConcurrency(values.concurrency ?? "auto");

  if (values.stdin && values["stdin-filename"] === undefined) {
    throw new UsageError("--stdin needs --stdin-filename PATH to know what kind of file it reads.", HINT);
  }
  if (!values.stdin && values["stdin-filename"] !== undefined) {
    throw new UsageError("--stdin-filename only makes sense with --stdin.", HINT);
  }
  if (values.stdin && positionals.length > 0) {
    throw new UsageError("--stdin reads one file from standard input; do not also name paths.", HINT);
  }
  if (values["cache-location"] !== undefined && !values.cache) {
    throw new UsageError("--cache-location only makes sense with --cache.", HINT);
  }
  if (values["update-baseline"] && values.baseline === undefined) {
    throw new UsageError("--update-baseline needs --baseline FILE to know where to write.", HINT);
  }

  const commands = [
    values.help && "help",
    values.version && "version",
    values["list-rules"] && "list-rules",
    values.explain !== undefined && "explain",
    values["print-config"] !== undefined && "print-config",
  ].filter((command): command is CliOptions["command"] => typeof command === "string");
  if (commands.length > 1) {
    throw new UsageError(`Choose one of ${commands.map((command) => `--${command}`).join(", ")}.`, HINT);
  }
  const command = commands[0] ?? "scan";
  const commandArgument = command === "explain" ? values.explain : command === "print-config" ? values["print-config"] : undefined;

  return {
    paths: positionals.length > 0 ? positionals : ["."],
    format,
    ...(values.output !== undefined ? { output: values.output } : {}),
    ...(values.config !== undefined ? { config: values.config } : {}),
    ruleFlags,
    failOn,
    ...(values.baseline !== undefined ? { baseline: values.baseline } : {}),
    updateBaseline: values["update-baseline"] ?? false,
    ...(values.stdin ? { stdinFilename: values["stdin-filename"] } : {}),
    ...(fileTimeLimit !== undefined ? { fileTimeLimit } : {}),
    concurrency,
    cache: values.cache ?? false,
    ...(values["cache-location"] !== undefined ? { cacheLocation: values["cache-location"] } : {}),
    command,
    ...(commandArgument !== undefined ? { commandArgument } : {}),
  };
}

function parseRuleFlag(text: string): { id: string; severity: SeveritySetting } {
  const match = /^([^=\s]+)=(off|warn|error)$/.exec(text.trim());
  if (!match?.[1] || !match[2]) {
    throw new UsageError(`--rule expects ID=off|warn|error, got "${text}".`, "For example: --rule require-max-turns=warn");
  }
  return { id: match[1], severity: match[2] as SeveritySetting };
}

function parseFileTimeLimit(text: string): number {
  const value = Number(text);
  if (/^\d+$/.test(text.trim()) && value >= FILE_TIME_LIMIT_RANGE.minimum && value <= FILE_TIME_LIMIT_RANGE.maximum) return value;
  throw new UsageError(
    `--file-time-limit takes milliseconds, a whole number from ${FILE_TIME_LIMIT_RANGE.minimum} to ${FILE_TIME_LIMIT_RANGE.maximum}; got "${text}".`,
    "For example: --file-time-limit 20000",
  );
}

const MAX_WORKERS = 256;

function parseConcurrency(text: string): Concurrency {
  if (text === "auto" || text === "off") return text;
  const value = Number(text);
  if (/^\d+$/.test(text.trim()) && value >= 1 && value <= MAX_WORKERS) return value;
  throw new UsageError(`--concurrency takes auto, off or a number of worker threads from 1 to ${MAX_WORKERS}; got "${text}".`, HINT);
}

function oneOf<const T extends readonly string[]>(value: string, allowed: T, flag: string): T[number] {
  if ((allowed as readonly string[]).includes(value)) return value as T[number];
  throw new UsageError(`${flag} must be one of ${allowed.join(", ")}; got "${value}".`, HINT);
}

/** parseArgs errors carry a code and a sentence; keep the sentence only. */
function plainParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\. To specify a positional argument.*$/s, ".");
}

export const HELP_TEXT = `agentlint — static analysis of AI-agent configurations

Usage: agentlint [options] [paths...]          (default path: ".")

Options:
  -f, --format stylish|json|sarif|github  output format (default: stylish)
  -o, --output FILE                       write the report to FILE instead of stdout
  -c, --config FILE                       use this config file instead of the nearest
                                          .agentlint.yaml / .agentlint.yml / agentlint.config.json
      --rule ID=off|warn|error            set a rule's severity (repeatable; wins over the config)
      --fail-on error|warn|never          lowest severity that fails the run (default: error)
      --baseline FILE                     findings listed in FILE are suppressed (only new ones fail)
      --update-baseline                   write the current findings to the --baseline FILE
      --stdin --stdin-filename PATH       read one file from standard input, reported as PATH
      --file-time-limit MS                milliseconds one file's analysis may take (default: ${DEFAULT_FILE_TIME_MS};
                                          a file still running at twice the limit is abandoned)
      --concurrency auto|off|N            worker threads for analysis (default: auto, one per core
                                          for large scans; off: none)
      --cache                             reuse the results of unchanged files from the cache file
      --cache-location PATH               the cache file, or a directory for it (default: .agentlintcache)
      --list-rules                        list the rules with their default severity
      --explain ID                        print a rule's documentation
      --print-config PATH                 print the rules and time limit in force for PATH as JSON
  -v, --version                           print the version
  -h, --help                              print this help

Files in .gitignore, node_modules, .git and the config's "ignores" are skipped; a file named
on the command line is scanned even when .gitignore lists it, but the config's "ignores"
still apply to it.

Exit status: 0 no finding at or above --fail-on; 1 findings at or above it;
2 usage or configuration error, or an internal failure.
`;
