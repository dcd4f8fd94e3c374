/** The sources `COPY` and `ADD` put into an image, with ARG/ENV values substituted; read without the shell grammar. */
import type { Copy, Heredoc, Instruction, JSONInstruction } from "dockerfile-ast";
import type { CopiedSource } from "../../model/image.js";
import type { ResolvedDockerfile } from "./stages.js";
import { execFormWords } from "./stages.js";
import { expandWord, knownText, type Scope } from "./variables.js";

/** Every source of every `COPY` and `ADD`, in order; needs no shell, so other front ends can read a Dockerfile's sources. */
export function copiedSourcesOf(resolved: ResolvedDockerfile): CopiedSource[] {
  return resolved.stages.flatMap((stage) =>
    stage.stage.instructions.flatMap((instruction) => {
      const keyword = instruction.getKeyword();
      if (keyword !== "COPY" && keyword !== "ADD") return [];
      return copiedSources(resolved, instruction as JSONInstruction, keyword, stage.scopeAt.get(instruction) ?? new Map());
    }),
  );
}

function copiedSources(resolved: ResolvedDockerfile, instruction: JSONInstruction, keyword: "COPY" | "ADD", scope: Scope): CopiedSource[] {
  const { document } = resolved;
  const flags = new Map(instruction.getFlags().map((flag) => [flag.getName().toLowerCase(), flag] as const));
  const from = flags.get("from")?.getValue() ?? undefined;
  const checksum = flags.get("checksum")?.getValue() ?? undefined;
  const chmodFlag = flags.get("chmod");
  const chmodValue = chmodFlag?.getValue();
  const chmodRange = chmodFlag?.getValueRange();
  const chmod = chmodValue && chmodRange ? { mode: chmodValue, loc: document.locate(chmodRange) } : undefined;
  const words = sourceWords(resolved, instruction);
  // The last word is the destination.
  return words.slice(0, -1).map(({ raw, range }): CopiedSource => {
    const loc = document.locate(range);
    const text = knownText(expandWord(raw, loc, scope, document.escapeChar));
    return {
      instruction: keyword,
      source: text ?? raw,
      resolved: text !== undefined,
      loc,
      ...(from !== undefined && { fromStage: from }),
      ...(checksum !== undefined && { checksum }),
      ...(chmod && { chmod }),
    };
  });
}

type Range = ReturnType<Instruction["getRange"]>;

/** The source and destination words, in exec or shell form; here-document words are not files. */
function sourceWords(resolved: ResolvedDockerfile, instruction: JSONInstruction): Array<{ raw: string; range: Range }> {
  const { document } = resolved;
  if (execFormWords(instruction) !== undefined) {
    return instruction.getJSONStrings().map((json) => ({ raw: JSON.parse(document.textOf(json.getRange())) as string, range: json.getJSONRange() }));
  }
  const heredocs = instruction.getKeyword() === "COPY" || instruction.getKeyword() === "ADD" ? (instruction as Copy).getHeredocs() : [];
  return instruction
    .getArguments()
    .filter((argument) => !heredocs.some((heredoc) => covers(document.offsetOf.bind(document), heredoc, argument.getRange())))
    .map((argument) => ({ raw: argument.getValue(), range: argument.getRange() }));
}

/** Whether a word is a here-document's `<<EOF`, body or delimiter. */
function covers(offsetOf: (position: Range["start"]) => number, heredoc: Heredoc, range: Range): boolean {
  const start = offsetOf(range.start);
  const from = offsetOf(heredoc.getStartRange().start);
  const end = heredoc.getDelimiterRange() ?? heredoc.getContentRange() ?? heredoc.getStartRange();
  return start >= from && start < offsetOf(end.end);
}
