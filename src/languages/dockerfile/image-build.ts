/** The ImageBuild of a Dockerfile: base images, every RUN as shell, every COPY/ADD source, every ENV/ARG value. */
import type { Instruction } from "dockerfile-ast";
import type { BuildVariable, ImageBuild, ShellRun } from "../../model/image.js";
import { copiedSourcesOf } from "./copies.js";
import type { ParsedShell } from "../shell/index.js";
import type { ResolvedDockerfile, ResolvedStage } from "./stages.js";
import { instructionShell } from "./scripts.js";

export interface ImageBuildResult {
  readonly build: ImageBuild;
  /** The parsed shell of each RUN, CMD and ENTRYPOINT, for the programs they start and their comments. */
  readonly scripts: ReadonlyArray<{ readonly instruction: Instruction; readonly parsed: ParsedShell }>;
}

const SCRIPT_INSTRUCTIONS = new Set(["RUN", "CMD", "ENTRYPOINT"]);

export function imageBuild(resolved: ResolvedDockerfile): ImageBuildResult {
  const { document } = resolved;
  const runs: ShellRun[] = [];
  const scripts: Array<{ instruction: Instruction; parsed: ParsedShell }> = [];
  for (const stage of resolved.stages) {
    for (const instruction of stage.stage.instructions) {
      const keyword = instruction.getKeyword();
      if (SCRIPT_INSTRUCTIONS.has(keyword)) {
        const shell = instructionShell(document, instruction, stage.shellAt.get(instruction) ?? stage.shell);
        if (shell.parsed) scripts.push({ instruction, parsed: shell.parsed });
        if (keyword === "RUN") runs.push({ loc: document.locate(instruction.getRange()), form: shell.form, ...(shell.parsed && { script: shell.parsed.script }) });
      }
    }
  }
  const baseImages = resolved.stages.flatMap((stage) => (stage.base.kind === "image" ? [stage.base.setting] : []));
  const variables = buildVariables(resolved);
  return { build: { file: document.path, baseImages, runs, copies: copiedSourcesOf(resolved), variables }, scripts };
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
