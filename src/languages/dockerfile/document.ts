/**
 * A Dockerfile read with dockerfile-ast and cut into build stages, with positions turned into
 * Locations. Light on purpose (no shell parser): compose reads the Dockerfile a service builds
 * through here to learn the user its image runs as.
 */
import { DockerfileParser, type Dockerfile, type From, type Instruction } from "dockerfile-ast";
import type { Location } from "../../core/types.js";
import { LineStarts } from "../../util/line-starts.js";

/** dockerfile-ast's (LSP) range: 0-based lines and UTF-16 characters. */
export interface Range {
  readonly start: { readonly line: number; readonly character: number };
  readonly end: { readonly line: number; readonly character: number };
}

export interface Stage {
  readonly index: number;
  readonly from: From;
  /** The stage name (`AS name`), lower-cased as Docker compares it. */
  readonly name?: string;
  /** The instructions after the `FROM`, up to the next `FROM`. */
  readonly instructions: readonly Instruction[];
}

/**
 * Beyond this size a text is not read as a Dockerfile: dockerfile-ast's comment pass grows with
 * the square of the instructions (a fuzzed megabyte took over ten seconds), and real
 * Dockerfiles stay far below it.
 */
export const MAX_DOCKERFILE_BYTES = 128 * 1024;

export function isReadableDockerfile(text: string): boolean {
  return text.length <= MAX_DOCKERFILE_BYTES;
}

export class DockerfileDocument {
  readonly ast: Dockerfile;
  readonly escapeChar: string;
  /** Instructions before the first `FROM` (global `ARG`s, or mistakes). */
  readonly preamble: readonly Instruction[];
  readonly stages: readonly Stage[];
  private readonly lines: LineStarts;

  constructor(
    readonly path: string,
    readonly text: string,
  ) {
    this.ast = DockerfileParser.parse(text);
    this.escapeChar = this.ast.getEscapeCharacter();
    this.lines = new LineStarts(text);
    const preamble: Instruction[] = [];
    const stages: Array<{ index: number; from: From; name?: string; instructions: Instruction[] }> = [];
    for (const instruction of this.ast.getInstructions()) {
      if (instruction.getKeyword() === "FROM") {
        const from = instruction as From;
        const name = from.getBuildStage()?.toLowerCase();
        stages.push({ index: stages.length, from, ...(name && { name }), instructions: [] });
        continue;
      }
      const current = stages[stages.length - 1];
      if (current) current.instructions.push(instruction);
      else preamble.push(instruction);
    }
    this.preamble = preamble;
    this.stages = stages;
  }

  offsetOf(position: { readonly line: number; readonly character: number }): number {
    return this.lines.offsetOf({ line: position.line + 1, column: position.character });
  }

  locate(range: Range): Location {
    return this.locateOffsets(this.offsetOf(range.start), this.offsetOf(range.end));
  }

  locateOffsets(start: number, end: number): Location {
    const from = this.lines.positionOf(start);
    const to = this.lines.positionOf(end);
    return { file: this.path, line: from.line, column: from.column + 1, endLine: to.line, endColumn: to.column + 1, start, end };
  }

  /** The text of a range. */
  textOf(range: Range): string {
    return this.text.slice(this.offsetOf(range.start), this.offsetOf(range.end));
  }

  /** The stage an earlier `FROM <name>` refers to, if `image` names one before `before`. */
  stageNamed(image: string, before: number): Stage | undefined {
    const name = image.toLowerCase();
    return this.stages.slice(0, before).find((stage) => stage.name === name);
  }

  /** The stage `docker build --target` selects, or the last one. */
  target(name?: string): Stage | undefined {
    if (name === undefined) return this.stages[this.stages.length - 1];
    return this.stages.find((stage) => stage.name === name.toLowerCase());
  }
}
