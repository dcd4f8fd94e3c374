/**
 * The programs a parsed shell script starts, as CliInvocations (see cli.ts): one argument
 * vector per simple command, in every nested script. A `sh -c "…"` (or `eval`, `su -c`) is
 * recorded through the commands of its parsed script, its script word left unknown so that the
 * script is not read a second time from the word.
 */
import type { Location } from "../core/types.js";
import type { CliInvocation } from "./file-model.js";
import { allCommands, evaluatedScriptWords, interpreterCall, type ShellCommand, type ShellScript, type ShellWord } from "./shell.js";
import type { RValue } from "./value.js";

/** `api` names where the script runs, e.g. `Dockerfile RUN`, `settings hook`. */
export function shellCliInvocations(script: ShellScript, api: string): CliInvocation[] {
  return allCommands(script).map((command) => argvInvocation(api, command.words, command.loc, scriptWordsOf(command)));
}

/** One argument vector; words in `scriptWords` (and words with no known text) are unknown. */
export function argvInvocation(api: string, words: readonly ShellWord[], loc: Location, scriptWords: ReadonlySet<ShellWord> = new Set()): CliInvocation {
  const elements = words.map((word): RValue =>
    word.text === undefined || scriptWords.has(word) ? { kind: "unknown", reason: "expanded at run time", loc: word.loc } : { kind: "string", value: word.text, loc: word.loc },
  );
  return { loc, api, command: { kind: "array", elements, open: false, loc }, line: false };
}

/** The words whose text a command runs as a script (read through its parsed script instead). */
function scriptWordsOf(command: ShellCommand): ReadonlySet<ShellWord> {
  if (!command.inlineScript) return new Set();
  const call = interpreterCall(command);
  if (call?.input.from === "inline" && call.input.script) return new Set([call.input.script]);
  return new Set(evaluatedScriptWords(command) ?? []);
}
