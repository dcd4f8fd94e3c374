/**
 * The program an image starts: the ENTRYPOINT and CMD in effect at the end of a stage (set in
 * it or in the stages it is built `FROM`), combined as Docker combines them — an exec-form
 * ENTRYPOINT takes the CMD as arguments, a shell-form one ignores it, and a later ENTRYPOINT
 * clears an inherited CMD. Read without the shell grammar (a shell form is a command line), so
 * that a compose file can read the Dockerfile its service builds.
 */
import type { Instruction, JSONInstruction } from "dockerfile-ast";
import type { Location } from "../../core/types.js";
import type { CliInvocation } from "../../model/file-model.js";
import type { RValue } from "../../model/value.js";
import { execFormWords, type ResolvedDockerfile, type ResolvedStage } from "./stages.js";

/** What `stage`'s image starts, with every value at `loc`; nothing when it sets neither ENTRYPOINT nor CMD. */
export function startInvocations(resolved: ResolvedDockerfile, stage: ResolvedStage, loc: Location): CliInvocation[] {
  const chain: ResolvedStage[] = [];
  for (let current: ResolvedStage | undefined = stage; current; current = current.base.kind === "stage" ? current.base.stage : undefined) chain.unshift(current);
  let entrypoint: Instruction | undefined;
  let command: Instruction | undefined;
  for (const instruction of chain.flatMap((current) => current.stage.instructions)) {
    const keyword = instruction.getKeyword();
    if (keyword === "ENTRYPOINT") {
      entrypoint = instruction;
      command = undefined;
    }
    if (keyword === "CMD") command = instruction;
  }
  const api = "image start command";
  const entry = entrypoint && form(resolved, entrypoint);
  const cmd = command && form(resolved, command);
  if (entry?.kind === "shell") return [line(api, entry.text, loc)];
  if (entry?.kind === "exec") return [argv(api, [...entry.words, ...(cmd?.kind === "exec" ? cmd.words : cmd ? ["/bin/sh", "-c", cmd.text] : [])], loc)];
  if (cmd?.kind === "exec") return [argv(api, cmd.words, loc)];
  return cmd ? [line(api, cmd.text, loc)] : [];
}

type Form = { readonly kind: "exec"; readonly words: readonly string[] } | { readonly kind: "shell"; readonly text: string };

function form(resolved: ResolvedDockerfile, instruction: Instruction): Form | undefined {
  const words = execFormWords(instruction as JSONInstruction);
  if (words) return { kind: "exec", words };
  const range = instruction.getArgumentsRange();
  return range ? { kind: "shell", text: resolved.document.textOf(range) } : undefined;
}

function argv(api: string, words: readonly string[], loc: Location): CliInvocation {
  const elements = words.map((word): RValue => ({ kind: "string", value: word, loc }));
  return { loc, api, command: { kind: "array", elements, open: false, loc }, line: false };
}

function line(api: string, text: string, loc: Location): CliInvocation {
  return { loc, api, command: { kind: "string", value: text, loc }, line: true };
}
