/**
 * Runs of the Claude Code CLI started from code, and which of them put the agent in
 * bypassPermissions mode (SDK-REFERENCE §4.2): `--dangerously-skip-permissions` or
 * `--permission-mode bypassPermissions`. The program is recognised by its resolved name —
 * `claude`, a path ending in `/claude`, `npx @anthropic-ai/claude-code`, or the same inside
 * `sh -c "…"`, `env`, `nohup` — never by source text. An unknown program or argument list
 * gives nothing.
 */
import type { Location } from "../core/types.js";
import type { CliInvocation } from "./file-model.js";
import { launchedCommands, onlyText, type ArgumentPosition, type LaunchWord } from "./launches.js";
import { collapseAlternatives } from "./per-alternative.js";
import { BYPASS_MODE } from "./permissions.js";
import { joinWhen } from "./value.js";

const SKIP_PERMISSIONS_FLAG = "--dangerously-skip-permissions";

export interface CliBypass {
  /** What the CLI reads: `--dangerously-skip-permissions` or `--permission-mode bypassPermissions`. */
  readonly flag: string;
  /** The argument that turns bypass on (for `--permission-mode`, its value). */
  readonly loc: Location;
  /** Set when `loc` is a command-line literal holding the argument: its text, to point inside it. */
  readonly word?: string;
  readonly when: string;
}

const RUNNERS = new Set(["npx", "bunx"]);
const DLX_RUNNERS = new Set(["pnpm", "yarn"]);
const CLAUDE_PACKAGE = "@anthropic-ai/claude-code";
const MODE_FLAG = `--permission-mode ${BYPASS_MODE}`;

export function cliBypasses(invocation: CliInvocation): CliBypass[] {
  const commands = launchedCommands(invocation);
  // The alternatives of the launch are its distinct conditions (the commands of one `sh -c` line share one).
  const conditions = [...new Set(commands.map((command) => command.when))];
  const found = commands.flatMap(({ program, args, when }) => {
    const cliArgs = claudeArguments(program, args);
    const bypasses = cliArgs ? flagsIn(cliArgs, "") : [];
    // The key holds the condition inside the argument list, so only the launch's own condition collapses.
    return bypasses.map((item) => ({ key: `${item.flag}\u0000${item.loc.file}:${item.loc.start}\u0000${item.when}`, alternative: conditions.indexOf(when), item }));
  });
  // The same flag in every alternative of the launch (`args.push(...)` under an `if`) holds unconditionally.
  return collapseAlternatives(conditions.length, found).map(({ item, alternative }) => ({
    ...item,
    when: joinWhen(alternative === undefined ? "" : (conditions[alternative] ?? ""), item.when),
  }));
}

/** Whether a launch runs the Claude Code CLI, directly or through a package runner. */
export function launchesClaudeCli(invocation: CliInvocation): boolean {
  return launchedCommands(invocation).some(({ program, args }) => claudeArguments(program, args) !== undefined);
}

/** The CLI's arguments when `program args` runs the CLI; undefined otherwise. */
function claudeArguments(program: string, args: readonly ArgumentPosition[]): readonly ArgumentPosition[] | undefined {
  if (program === "claude") return args;
  if (RUNNERS.has(program)) return viaRunner(args);
  if (DLX_RUNNERS.has(program) && onlyText(args[0]) === "dlx") return viaRunner(args.slice(1));
  return undefined;
}

/** `npx -y @anthropic-ai/claude-code@1.2.3 …`: the arguments after the package. */
function viaRunner(positions: readonly ArgumentPosition[]): readonly ArgumentPosition[] | undefined {
  for (const [index, position] of positions.entries()) {
    const text = onlyText(position);
    if (text === undefined) return undefined;
    if (text === "-p" || text === "--package") return undefined;
    if (text.startsWith("-")) continue;
    return text === CLAUDE_PACKAGE || text.startsWith(`${CLAUDE_PACKAGE}@`) ? positions.slice(index + 1) : undefined;
  }
  return undefined;
}

/** The bypass flags among the CLI's arguments, up to `--`. */
function flagsIn(positions: readonly ArgumentPosition[], when: string): CliBypass[] {
  const found: CliBypass[] = [];
  for (const [index, position] of positions.entries()) {
    if (onlyText(position) === "--") break;
    for (const word of position) {
      const branch = joinWhen(when, word.when);
      if (word.text === SKIP_PERMISSIONS_FLAG) found.push(bypass(SKIP_PERMISSIONS_FLAG, word, branch));
      if (word.text === `--permission-mode=${BYPASS_MODE}`) found.push(bypass(MODE_FLAG, word, branch));
      if (word.text !== "--permission-mode") continue;
      for (const mode of positions[index + 1] ?? []) {
        if (mode.text === BYPASS_MODE) found.push(bypass(MODE_FLAG, mode, joinWhen(branch, mode.when)));
      }
    }
  }
  return found;
}

function bypass(flag: string, word: LaunchWord, when: string): CliBypass {
  return { flag, loc: word.loc, when, ...(word.inLine && word.text !== undefined && { word: word.text }) };
}

/**
 * The range of `word` inside `loc` when the source there spells it exactly once (a flag inside
 * a command-line string), else `loc` itself.
 */
export function narrowToWord(loc: Location, sourceText: string, word: string): Location {
  const slice = sourceText.slice(loc.start, loc.end);
  const index = slice.indexOf(word);
  if (index < 0 || slice.indexOf(word, index + 1) >= 0) return loc;
  const before = slice.slice(0, index);
  const newlines = before.split("\n").length - 1;
  const line = loc.line + newlines;
  const column = newlines === 0 ? loc.column + index : index - before.lastIndexOf("\n");
  return { ...loc, line, column, endLine: line, endColumn: column + word.length, start: loc.start + index, end: loc.start + index + word.length };
}
