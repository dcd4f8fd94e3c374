/**
 * The commands a program launch from code runs, per alternative of its resolved values: the
 * argument vector of `spawn(program, args)` or `subprocess.run([...])`, the simple commands of
 * a command line (`exec("…")`, `shell=True`), and what runs behind wrappers (`env`, `nohup`,
 * `exec`, `time`) and shells (`sh -c "…"`, `bash -lc "…"`). Programs are named by their
 * resolved text, never by source text; an unknown program gives nothing.
 */
import type { Location } from "../core/types.js";
import type { CliInvocation } from "./file-model.js";
import { simpleCommands } from "./shell-words.js";
import { alternatives, joinWhen, knownString, textParts, type RValue, type TextPart } from "./value.js";

/** One alternative of one argument. */
export interface LaunchWord {
  /** The word's text; undefined when it is not known. */
  readonly text: string | undefined;
  /** The resolved value (argv forms), kept for a command line passed to `sh -c` and for text with holes. */
  readonly value?: RValue;
  readonly loc: Location;
  readonly when: string;
  /** True for a word of a command line, whose location is the whole literal it is in. */
  readonly inLine?: boolean;
}

/** The alternatives of one argument position. */
export type ArgumentPosition = readonly LaunchWord[];

/** A command a launch runs: the program's name and the arguments after it. */
export interface LaunchedCommand {
  /** The program's base name: `docker` for `/usr/bin/docker`, `claude` for `claude.exe`. */
  readonly program: string;
  readonly programWord: LaunchWord;
  readonly args: readonly ArgumentPosition[];
  /** True when unknown arguments may be among `args` (an unresolved spread). */
  readonly openArgs: boolean;
  readonly when: string;
}

interface ArgumentVector {
  readonly positions: readonly ArgumentPosition[];
  readonly open: boolean;
  readonly when: string;
}

const SHELLS = new Set(["sh", "bash", "zsh", "dash", "ksh"]);
/** Programs that run the command after their own options and `NAME=value` words. */
const WRAPPERS = new Set(["env", "nohup", "exec", "command", "time", "tini", "dumb-init"]);
const MAX_NESTING = 4;

export function launchedCommands(invocation: CliInvocation): LaunchedCommand[] {
  return argumentVectors(invocation).flatMap((vector) => commandsIn(vector.positions, vector.open, vector.when, 0));
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
      if (invocation.args === undefined) vectors.push({ positions: value.elements.map(positionOf), open: value.open, when });
      continue;
    }
    const program: ArgumentPosition = [wordOf(value, "")];
    if (invocation.args === undefined) {
      vectors.push({ positions: [program], open: false, when });
      continue;
    }
    for (const args of alternatives(invocation.args, when)) {
      // An options object or nothing in the arguments' place: the program runs without any.
      if (args.value.kind === "object" || args.value.kind === "null") vectors.push({ positions: [program], open: false, when: args.when });
      if (args.value.kind === "array") vectors.push({ positions: [program, ...args.value.elements.map(positionOf)], open: args.value.open, when: args.when });
    }
  }
  return vectors;
}

function lineVectors(parts: readonly TextPart[] | undefined, when: string): ArgumentVector[] {
  if (!parts) return [];
  return simpleCommands(parts).map((words) => ({
    positions: words.map((word) => [{ text: word.text, loc: word.loc, when: "", inLine: true }]),
    open: false,
    when,
  }));
}

function positionOf(element: RValue): ArgumentPosition {
  return alternatives(element).map(({ value, when }) => wordOf(value, when));
}

function wordOf(value: RValue, when: string): LaunchWord {
  return { text: knownString(value), value, loc: value.loc, when };
}

function commandsIn(positions: readonly ArgumentPosition[], open: boolean, when: string, depth: number): LaunchedCommand[] {
  if (depth > MAX_NESTING) return [];
  const start = positions.findIndex((position) => !isAssignment(position));
  const program = positions[start];
  if (!program) return [];
  const rest = positions.slice(start + 1);
  return program.flatMap((word): LaunchedCommand[] => {
    const name = word.text === undefined ? undefined : programName(word.text);
    if (name === undefined) return [];
    const branch = joinWhen(when, word.when);
    if (SHELLS.has(name)) return viaShell(rest, branch, depth);
    if (WRAPPERS.has(name)) {
      const command = rest.findIndex((position) => !isOption(position) && !isAssignment(position));
      return command < 0 ? [] : commandsIn(rest.slice(command), open, branch, depth + 1);
    }
    return [{ program: name, programWord: word, args: rest, openArgs: open, when: branch }];
  });
}

/** `sh -c "…"`, `bash -lc "…"`: the command line after the `-c` option. */
function viaShell(positions: readonly ArgumentPosition[], when: string, depth: number): LaunchedCommand[] {
  for (const [index, position] of positions.entries()) {
    const text = onlyText(position);
    if (text === undefined || !text.startsWith("-")) return [];
    if (!/^-[a-zA-Z]*c[a-zA-Z]*$/.test(text)) continue;
    return (positions[index + 1] ?? []).flatMap((word) => {
      const parts = word.value ? textParts(word.value) : word.text !== undefined ? [{ kind: "literal" as const, text: word.text, loc: word.loc }] : undefined;
      return lineVectors(parts, joinWhen(when, word.when)).flatMap((vector) => commandsIn(vector.positions, vector.open, vector.when, depth + 1));
    });
  }
  return [];
}

/** `claude` for `claude`, `/usr/local/bin/claude`, `C:\\tools\\claude.exe`. */
function programName(text: string): string {
  const base = text.split(/[\\/]/).pop() ?? text;
  return base.replace(/\.(exe|cmd)$/i, "");
}

/** The text of a position with exactly one known alternative. */
export function onlyText(position: ArgumentPosition | undefined): string | undefined {
  return position?.length === 1 ? position[0]?.text : undefined;
}

function isAssignment(position: ArgumentPosition): boolean {
  const text = onlyText(position);
  return text !== undefined && /^[A-Za-z_][A-Za-z0-9_]*=/.test(text);
}

function isOption(position: ArgumentPosition): boolean {
  return onlyText(position)?.startsWith("-") ?? false;
}
