/**
 * The programs a Dockerfile starts, for the rules about how an agent CLI is run: every simple
 * command of every RUN, CMD and ENTRYPOINT (in substitutions and here-documents too), and each
 * exec-form CMD appended to the exec-form ENTRYPOINT in force, as Docker runs them together.
 */
import type { Instruction, JSONInstruction } from "dockerfile-ast";
import type { CliInvocation } from "../../model/file-model.js";
import type { ShellCommand, ShellWord } from "../../model/shell.js";
import { argvInvocation, shellCliInvocations } from "../../model/shell-cli.js";
import type { ParsedShell } from "../shell/index.js";
import { execFormWords, type ResolvedDockerfile } from "./stages.js";

export function dockerfileCliInvocations(resolved: ResolvedDockerfile, scripts: ReadonlyArray<{ readonly instruction: Instruction; readonly parsed: ParsedShell }>): CliInvocation[] {
  const byInstruction = new Map(scripts.map((entry) => [entry.instruction, entry.parsed] as const));
  const invocations: CliInvocation[] = [];
  for (const { instruction, parsed } of scripts) invocations.push(...shellCliInvocations(parsed.script, `Dockerfile ${instruction.getKeyword()}`));
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
        invocations.push(argvInvocation("Dockerfile ENTRYPOINT and CMD", [...entrypoint, ...words], loc));
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
