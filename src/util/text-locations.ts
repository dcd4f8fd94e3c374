/**
 * Locations of offset ranges in one file's text, for front ends whose parser reports offsets
 * only (yaml, jsonc-parser): lines and 1-based columns are computed here, once per file.
 */
import type { Location } from "../core/types.js";
import { LineStarts } from "./line-starts.js";

export class TextLocations {
  private readonly lines: LineStarts;

  constructor(
    readonly file: string,
    readonly text: string,
  ) {
    this.lines = new LineStarts(text);
  }

  /** The range [start, end) of the text; offsets are clamped to the text. */
  range(start: number, end: number): Location {
    const from = Math.max(0, Math.min(start, this.text.length));
    const to = Math.max(from, Math.min(end, this.text.length));
    const startPosition = this.lines.positionOf(from);
    const endPosition = this.lines.positionOf(to);
    return {
      file: this.file,
      line: startPosition.line,
      column: startPosition.column + 1,
      endLine: endPosition.line,
      endColumn: endPosition.column + 1,
      start: from,
      end: to,
    };
  }

  /** True when only spaces or tabs precede `offset` on its line. */
  startsLine(offset: number): boolean {
    const lineStart = this.text.lastIndexOf("\n", offset - 1) + 1;
    return /^[ \t]*$/.test(this.text.slice(lineStart, offset));
  }
}
