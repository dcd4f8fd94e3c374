/**
 * The first thing in a Dockerfile that `docker build` would refuse: an unknown instruction, an
 * instruction before the first FROM other than ARG, an instruction missing its arguments, a
 * here-document never closed, or instructions with no FROM at all.
 */
import type { Heredoc, Instruction } from "dockerfile-ast";
import type { ParseProblem } from "../../model/file-model.js";
import type { DockerfileDocument } from "./document.js";

const INSTRUCTIONS = new Set([
  "ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE", "FROM", "HEALTHCHECK", "LABEL", "MAINTAINER",
  "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR",
]);
/** The fewest arguments an instruction needs. */
const MINIMUM_ARGUMENTS: Readonly<Record<string, number>> = { FROM: 1, USER: 1, WORKDIR: 1, ENV: 1, ARG: 1, COPY: 2, ADD: 2 };
const WITH_HEREDOCS = new Set(["RUN", "COPY", "ADD"]);

export function firstParseProblem(document: DockerfileDocument): ParseProblem | undefined {
  const instructions = document.ast.getInstructions();
  for (const instruction of instructions) {
    const problem = problemIn(document, instruction);
    if (problem) return problem;
  }
  const first = instructions[0];
  if (first && document.stages.length === 0) {
    return { message: "the Dockerfile has no FROM instruction, so it builds no image", loc: document.locate(first.getInstructionRange()) };
  }
  return undefined;
}

function problemIn(document: DockerfileDocument, instruction: Instruction): ParseProblem | undefined {
  const keyword = instruction.getKeyword();
  const keywordLoc = document.locate(instruction.getInstructionRange());
  const written = instruction.getInstruction();
  if (!INSTRUCTIONS.has(keyword)) return { message: `unknown instruction "${written}"`, loc: keywordLoc };
  if (keyword !== "ARG" && keyword !== "FROM" && document.preamble.includes(instruction)) {
    return { message: `${written} comes before the first FROM; only ARG may`, loc: keywordLoc };
  }
  const minimum = MINIMUM_ARGUMENTS[keyword];
  if (minimum !== undefined && argumentCount(instruction) < minimum) {
    return { message: `${written} needs ${minimum === 1 ? "an argument" : `at least ${minimum} arguments`}`, loc: document.locate(instruction.getRange()) };
  }
  if (WITH_HEREDOCS.has(keyword)) {
    const open = heredocsOf(instruction).find((heredoc) => heredoc.getDelimiterRange() === null);
    if (open) return { message: `the here-document <<${open.getName()} is never closed with a line "${open.getName()}"`, loc: document.locate(open.getStartRange()) };
  }
  return undefined;
}

function argumentCount(instruction: Instruction): number {
  const json = "getJSONStrings" in instruction ? (instruction as unknown as { getJSONStrings(): unknown[] }).getJSONStrings() : [];
  return Math.max(json.length, instruction.getArguments().length);
}

function heredocsOf(instruction: Instruction): Heredoc[] {
  return (instruction as unknown as { getHeredocs(): Heredoc[] }).getHeredocs();
}
