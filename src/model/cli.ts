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
import { BYPASS_MODE } from "./permissions.js";
import { simpleCommands } from "./shell-words.js";
import { alternatives, joinWhen, knownString, textParts, type RValue, type TextPart } from "./value.js";

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

/** One alternative of one argument. */
interface Word {
  readonly text: string | undefined;
  /** The resolved value, kept for a command line passed to `sh -c`. */
  readonly value?: RValue;
  readonly loc: Location;
  readonly when: string;
  /** True for a word of a command line, whose location is the whole literal it is in. */
  readonly inLine?: boolean;
}

/** The alternatives of one argument position. */
type Position = readonly Word[];

interface ArgumentVector {
  readonly positions: readonly Position[];
  readonly when: string;
}

const RUNNERS = new Set(["npx", "bunx"]);
const DLX_RUNNERS = new Set(["pnpm", "yarn"]);
const SHELLS = new Set(["sh", "bash", "zsh", "dash", "ksh"]);
/** Programs that run the command after their own options and `NAME=value` words (init wrappers such as `tini --` included). */
const WRAPPERS = new Set(["env", "nohup", "exec", "command", "time", "tini", "dumb-init"]);
const CLAUDE_PACKAGE = "@anthropic-ai/claude-code";
const MODE_FLAG = `--permission-mode ${BYPASS_MODE}`;
const MAX_NESTING = 4;

export function cliBypasses(invocation: CliInvocation): CliBypass[] {
  return argumentVectors(invocation).flatMap((vector) => bypassesIn(vector.positions, vector.when, 0));
}

/** The argument vectors an invocation runs, per alternative of its command and arguments. */
function argumentVectors(invocation: CliInvocation): ArgumentVector[] {
  const vectors: ArgumentVector[] = [];
  for (const { value, when } of alternatives(invocation.command)) {
    if (invocation.line) {
      // A list passed with `shell=True` runs its first element as the command line.
      const line = value.kind === "array" ? value.elements[0] : value;
      for (const alternative of line ? alternatives(line, when) : []) vectors.push(...lineVectors(textParts(alternative.value), alternative.when));
      continue;
    }
    if (value.kind === "array") {
      if (invocation.args === undefined) vectors.push({ positions: value.elements.map(positionOf), when });
      continue;
    }
    const program: Position = [wordOf(value, "")];
    if (invocation.args === undefined) {
      vectors.push({ positions: [program], when });
      continue;
    }
    for (const args of alternatives(invocation.args, when)) {
      // An options object or nothing in the arguments' place: the program runs without any.
      if (args.value.kind === "object" || args.value.kind === "null") vectors.push({ positions: [program], when: args.when });
      if (args.value.kind === "array") vectors.push({ positions: [program, ...args.value.elements.map(positionOf)], when: args.when });
    }
  }
  return vectors;
}

function lineVectors(parts: readonly TextPart[] | undefined, when: string): ArgumentVector[] {
  if (!parts) return [];
  return simpleCommands(parts).map((words) => ({ positions: words.map((word) => [{ text: word.text, loc: word.loc, when: "", inLine: true }]), when }));
}

function positionOf(element: RValue): Position {
  return alternatives(element).map(({ value, when }) => wordOf(value, when));
}

function wordOf(value: RValue, when: string): Word {
  return { text: knownString(value), value, loc: value.loc, when };
}

function bypassesIn(positions: readonly Position[], when: string, depth: number): CliBypass[] {
  if (depth > MAX_NESTING) return [];
  const start = positions.findIndex((position) => !isAssignment(position));
  const program = positions[start];
  if (!program) return [];
  const rest = positions.slice(start + 1);
  return program.flatMap((word): CliBypass[] => {
    const name = word.text === undefined ? undefined : programName(word.text);
    if (name === undefined) return [];
    const branch = joinWhen(when, word.when);
    if (name === "claude") return flagsIn(rest, branch);
    if (RUNNERS.has(name)) return viaRunner(rest, branch);
    if (DLX_RUNNERS.has(name) && onlyText(rest[0]) === "dlx") return viaRunner(rest.slice(1), branch);
    if (SHELLS.has(name)) return viaShell(rest, branch, depth);
    if (!WRAPPERS.has(name)) return [];
    const command = rest.findIndex((position) => !isOption(position) && !isAssignment(position));
    return command < 0 ? [] : bypassesIn(rest.slice(command), branch, depth + 1);
  });
}

/** `npx -y @anthropic-ai/claude-code@1.2.3 …`: the arguments after the package. */
function viaRunner(positions: readonly Position[], when: string): CliBypass[] {
  for (const [index, position] of positions.entries()) {
    const text = onlyText(position);
    if (text === undefined) return [];
    if (text === "-p" || text === "--package") return [];
    if (text.startsWith("-")) continue;
    return text === CLAUDE_PACKAGE || text.startsWith(`${CLAUDE_PACKAGE}@`) ? flagsIn(positions.slice(index + 1), when) : [];
  }
  return [];
}

/** `sh -c "claude …"`, `bash -lc "…"`: the command line after the `-c` option. */
function viaShell(positions: readonly Position[], when: string, depth: number): CliBypass[] {
  for (const [index, position] of positions.entries()) {
    const text = onlyText(position);
    if (text === undefined || !text.startsWith("-")) return [];
    if (!/^-[a-zA-Z]*c[a-zA-Z]*$/.test(text)) continue;
    return (positions[index + 1] ?? []).flatMap((word) => {
      const parts = word.value ? textParts(word.value) : word.text !== undefined ? [{ kind: "literal" as const, text: word.text, loc: word.loc }] : undefined;
      return lineVectors(parts, joinWhen(when, word.when)).flatMap((vector) => bypassesIn(vector.positions, vector.when, depth + 1));
    });
  }
  return [];
}

/** The bypass flags among the CLI's arguments, up to `--`. */
function flagsIn(positions: readonly Position[], when: string): CliBypass[] {
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

function bypass(flag: string, word: Word, when: string): CliBypass {
  return { flag, loc: word.loc, when, ...(word.inLine && word.text !== undefined && { word: word.text }) };
}

/** `claude` for `claude`, `/usr/local/bin/claude`, `C:\\tools\\claude.exe`. */
function programName(text: string): string {
  const base = text.split(/[\\/]/).pop() ?? text;
  return base.replace(/\.(exe|cmd)$/i, "");
}

/** The text of a position with exactly one known alternative. */
function onlyText(position: Position | undefined): string | undefined {
  return position?.length === 1 ? position[0]?.text : undefined;
}

function isAssignment(position: Position): boolean {
  const text = onlyText(position);
  return text !== undefined && /^[A-Za-z_][A-Za-z0-9_]*=/.test(text);
}

function isOption(position: Position): boolean {
  return onlyText(position)?.startsWith("-") ?? false;
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
