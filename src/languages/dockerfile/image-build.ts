/** The ImageBuild of a Dockerfile: base images, every RUN as shell, every COPY/ADD source, every ENV/ARG value. */
import type { Copy, Heredoc, Instruction, JSONInstruction } from "dockerfile-ast";
import type { BuildVariable, CopiedSource, ImageBuild, ShellRun } from "../../model/image.js";
import type { ParsedShell } from "../shell/index.js";
import type { ResolvedDockerfile, ResolvedStage } from "./stages.js";
import { execFormWords } from "./stages.js";
import { instructionShell } from "./scripts.js";
import { expandWord, knownText, type Scope } from "./variables.js";

export interface ImageBuildResult {
  readonly build: ImageBuild;
  /** The parsed shell of each RUN, CMD and ENTRYPOINT, for the programs they start and their comments. */
  readonly scripts: ReadonlyArray<{ readonly instruction: Instruction; readonly parsed: ParsedShell }>;
}

const SCRIPT_INSTRUCTIONS = new Set(["RUN", "CMD", "ENTRYPOINT"]);

export function imageBuild(resolved: ResolvedDockerfile): ImageBuildResult {
  const { document } = resolved;
  const runs: ShellRun[] = [];
  const copies: CopiedSource[] = [];
  const scripts: Array<{ instruction: Instruction; parsed: ParsedShell }> = [];
  for (const stage of resolved.stages) {
    for (const instruction of stage.stage.instructions) {
      const keyword = instruction.getKeyword();
      const scope = stage.scopeAt.get(instruction) ?? new Map();
      if (SCRIPT_INSTRUCTIONS.has(keyword)) {
        const shell = instructionShell(document, instruction, stage.shellAt.get(instruction) ?? stage.shell);
        if (shell.parsed) scripts.push({ instruction, parsed: shell.parsed });
        if (keyword === "RUN") runs.push({ loc: document.locate(instruction.getRange()), form: shell.form, ...(shell.parsed && { script: shell.parsed.script }) });
      }
      if (keyword === "COPY" || keyword === "ADD") copies.push(...copiedSources(resolved, instruction as JSONInstruction, keyword, scope));
    }
  }
  const baseImages = resolved.stages.flatMap((stage) => (stage.base.kind === "image" ? [stage.base.setting] : []));
  const variables = buildVariables(resolved);
  return { build: { file: document.path, baseImages, runs, copies, variables }, scripts };
}

function buildVariables(resolved: ResolvedDockerfile): BuildVariable[] {
  const finalChain = new Set<ResolvedStage>();
  for (let stage = resolved.stages[resolved.stages.length - 1]; stage; stage = stage.base.kind === "stage" ? stage.base.stage : undefined) finalChain.add(stage);
  const staged = resolved.stages.flatMap((stage) => {
    const label = stage.stage.name ? `stage "${stage.stage.name}"` : `stage ${stage.stage.index + 1}`;
    const inFinalImage = finalChain.has(stage);
    return [...stage.writtenEnvironment, ...stage.buildArguments].map((entry): BuildVariable => ({ ...entry, stage: label, inFinalImage }));
  });
  const global = resolved.globalArguments.map((entry): BuildVariable => ({ ...entry, inFinalImage: false }));
  return [...global, ...staged].sort((a, b) => a.nameLoc.start - b.nameLoc.start);
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
