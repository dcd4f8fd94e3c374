/**
 * Locations from 0-based UTF-16 offsets into a file's text, for front ends whose parsers
 * report offsets only (jsonc-parser, yaml, the markdown parser).
 */
import type { Location } from "../core/types.js";
import { LineStarts } from "./line-starts.js";

export class OffsetLocations {
  private readonly lines: LineStarts;

  constructor(
    readonly file: string,
    text: string,
  ) {
    this.lines = new LineStarts(text);
  }

  range(start: number, end: number): Location {
    const from = this.lines.positionOf(start);
    const to = this.lines.positionOf(end);
    return { file: this.file, line: from.line, column: from.column + 1, endLine: to.line, endColumn: to.column + 1, start, end };
  }

  lineOf(offset: number): number {
    return this.lines.positionOf(offset).line;
  }
}
