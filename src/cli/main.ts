/**
 * The `agentlint` command. Parses the flags, runs the command, and turns every failure
 * into a sentence on stderr and exit status 2 (a stack trace only with DEBUG=agentlint).
 */
import { HELP_TEXT, parseCliArgs, type CliOptions } from "./args.js";
import { ConfigError, UsageError } from "./errors.js";
import { EXIT_ERROR } from "./exit-code.js";
import { processIO, type CliIO } from "./io.js";
import { packageInfo } from "./package-info.js";

export async function runCli(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  try {
    return await run(parseCliArgs(argv), io);
  } catch (error) {
    return reportFailure(error, io);
  }
}

async function run(options: CliOptions, io: CliIO): Promise<number> {
  switch (options.command) {
    case "help":
      io.stdout.write(HELP_TEXT);
      return 0;
    case "version":
      io.stdout.write(`${packageInfo().version}\n`);
      return 0;
    case "list-rules":
      return (await import("./commands.js")).listRules(options, io);
    case "explain":
      return (await import("./commands.js")).explainRule(options.commandArgument ?? "", io);
    case "print-config":
      return (await import("./commands.js")).printConfig(options.commandArgument ?? ".", options, io);
    case "scan":
      return (await import("./scan.js")).runScan(options, io);
  }
}

function reportFailure(error: unknown, io: CliIO): number {
  if (error instanceof UsageError) {
    io.stderr.write(`agentlint: ${error.message}${error.hint ? `\n${error.hint}` : ""}\n`);
  } else if (error instanceof ConfigError) {
    io.stderr.write(`agentlint: ${error.message}\n`);
  } else {
    const cause = error instanceof Error ? error.message : String(error);
    io.stderr.write(`agentlint: internal error: ${cause}\nThis is a bug in agentlint; please report it. Set DEBUG=agentlint to see the stack trace.\n`);
  }
  if (isDebug(io.env) && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  return EXIT_ERROR;
}

function isDebug(env: CliIO["env"]): boolean {
  return (env["DEBUG"] ?? "").split(",").some((name) => name.trim() === "agentlint" || name.trim() === "agentlint:*" || name.trim() === "*");
}
