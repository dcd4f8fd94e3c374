/**
 * Splits a resolved command line into simple commands and their words, the way a POSIX shell
 * does for what matters when reading a command: quotes, backslashes, comments and the
 * operators that end a command (`;`, `&&`, `||`, `|`, `&`, newlines, parentheses). Nothing is
 * expanded. A word that takes any text from an unresolved hole is unknown.
 */
import type { Location } from "../core/types.js";
import type { TextPart } from "./value.js";

export interface ShellWord {
  /** The word after quote removal; undefined when part of it is not known. */
  readonly text: string | undefined;
  /** The literal part (or hole) the word starts in. */
  readonly loc: Location;
}

const COMMAND_END = new Set([";", "&", "|", "(", ")", "\n"]);
/** Characters a backslash escapes inside double quotes; before any other it stays literal. */
const DOUBLE_QUOTE_ESCAPES = new Set(["$", "`", '"', "\\", "\n"]);

export function simpleCommands(parts: readonly TextPart[]): ShellWord[][] {
  const commands: ShellWord[][] = [];
  let words: ShellWord[] = [];
  let text = "";
  let known = true;
  let start: Location | undefined;
  let quote: "'" | '"' | undefined;
  let comment = false;
  const endWord = (): void => {
    if (start) words.push({ text: known ? text : undefined, loc: start });
    text = "";
    known = true;
    start = undefined;
  };
  const endCommand = (): void => {
    endWord();
    if (words.length > 0) commands.push(words);
    words = [];
  };
  for (const part of parts) {
    if (part.kind === "hole") {
      if (comment) continue;
      start ??= part.loc;
      known = false;
      continue;
    }
    const chars = part.text;
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i] as string;
      if (comment) {
        if (c === "\n") {
          comment = false;
          endCommand();
        }
        continue;
      }
      if (quote === "'") {
        if (c === "'") quote = undefined;
        else text += c;
        continue;
      }
      if (quote === '"') {
        const next = chars[i + 1];
        if (c === '"') quote = undefined;
        else if (c === "\\" && next !== undefined && DOUBLE_QUOTE_ESCAPES.has(next)) {
          i++;
          if (next !== "\n") text += next;
        } else text += c;
        continue;
      }
      if (c === "\\") {
        const next = chars[i + 1];
        i++;
        if (next !== undefined && next !== "\n") {
          start ??= part.loc;
          text += next;
        }
        continue;
      }
      if (c === "'" || c === '"') {
        start ??= part.loc;
        quote = c;
        continue;
      }
      if (c === " " || c === "\t" || c === "\r") {
        endWord();
        continue;
      }
      if (COMMAND_END.has(c)) {
        endCommand();
        continue;
      }
      if (c === "#" && start === undefined) {
        comment = true;
        continue;
      }
      start ??= part.loc;
      text += c;
    }
  }
  endCommand();
  return commands;
}
