/**
 * The programs a Dockerfile starts, for the rules about how an agent CLI is run: every simple
 * command of every RUN, CMD and ENTRYPOINT (in substitutions and here-documents too), and each
 * exec-form CMD appended to the exec-form ENTRYPOINT in force, as Docker runs them together.
 * A `sh -c "…"` is recorded through the commands of its parsed script, with its script word
 * left unknown so that it is not read a second time.
 */
import type { Instruction, JSONInstruction } from "dockerfile-ast";
import type { Location } from "../../core/types.js";
import type { CliInvocation } from "../../model/file-model.js";
import { allCommands, evaluatedScriptWords, interpreterCall, type ShellCommand, type ShellWord } from "../../model/shell.js";
import type { RValue } from "../../model/value.js";
import type { ParsedShell } from "../shell/index.js";
import { execFormWords, type ResolvedDockerfile } from "./stages.js";

export function dockerfileCliInvocations(resolved: ResolvedDockerfile, scripts: ReadonlyArray<{ readonly instruction: Instruction; readonly parsed: ParsedShell }>): CliInvocation[] {
  const byInstruction = new Map(scripts.map((entry) => [entry.instruction, entry.parsed] as const));
  const invocations: CliInvocation[] = [];
  for (const { instruction, parsed } of scripts) {
    const api = instruction.getKeyword();
    for (const command of allCommands(parsed.script)) invocations.push(invocation(api, command.words, command.loc, scriptWordsOf(command)));
  }
  const entrypointAtEnd = new Map<number, readonly ShellWord[] | undefined>();
  for (const stage of resolved.stages) {
    let entrypoint = stage.base.kind === "stage" ? entrypointAtEnd.get(stage.base.stage.stage.index) : undefined;
    for (const instruction of stage.stage.instructions) {
      const keyword = instruction.getKeyword();
      if (keyword !== "ENTRYPOINT" && keyword !== "CMD") continue;
      const words = execFormWords(instruction as JSONInstruction) === undefined ? undefined : execFormCommand(byInstruction.get(instruction))?.words;
      if (keyword === "ENTRYPOINT") {
        entrypoint = words;
        continue;
      }
      if (entrypoint && words) {
        const loc = resolved.document.locate(instruction.getRange());
        invocations.push(invocation("ENTRYPOINT and CMD", [...entrypoint, ...words], loc, new Set()));
      }
    }
    entrypointAtEnd.set(stage.stage.index, entrypoint);
  }
  return invocations;
}

/** The one command of an exec-form instruction. */
function execFormCommand(parsed: ParsedShell | undefined): ShellCommand | undefined {
  const pipelines = parsed?.script.pipelines ?? [];
  const only = pipelines.length === 1 ? pipelines[0]?.stages : undefined;
  return only?.length === 1 && only[0]?.length === 1 ? only[0][0] : undefined;
}

/** The words whose text a command runs as a script (read through its parsed script instead). */
function scriptWordsOf(command: ShellCommand): ReadonlySet<ShellWord> {
  if (!command.inlineScript) return new Set();
  const call = interpreterCall(command);
  if (call?.input.from === "inline" && call.input.script) return new Set([call.input.script]);
  return new Set(evaluatedScriptWords(command) ?? []);
}

function invocation(api: string, words: readonly ShellWord[], loc: Location, scriptWords: ReadonlySet<ShellWord>): CliInvocation {
  const elements = words.map((word): RValue =>
    word.text === undefined || scriptWords.has(word) ? { kind: "unknown", reason: "expanded at run time", loc: word.loc } : { kind: "string", value: word.text, loc: word.loc },
  );
  return { loc, api: `Dockerfile ${api}`, command: { kind: "array", elements, open: false, loc }, line: false };
}
