/**
 * Turns tree-sitter ranges into Locations. web-tree-sitter parses JavaScript strings as
 * UTF-16, so `startIndex`/`endIndex` are already UTF-16 offsets into the text; lines and
 * columns are computed from them here so that non-ASCII text gets correct columns.
 */
import type { Node } from "web-tree-sitter";
import type { Location } from "../../core/types.js";
import { LineStarts } from "../../util/line-starts.js";

export class LocationIndex {
  private readonly lines: LineStarts;

  constructor(
    readonly file: string,
    text: string,
  ) {
    this.lines = new LineStarts(text);
  }

  of(node: Node): Location {
    return this.range(node.startIndex, node.endIndex);
  }

  range(start: number, end: number): Location {
    const startPos = this.position(start);
    const endPos = this.position(end);
    return { file: this.file, line: startPos.line, column: startPos.column, endLine: endPos.line, endColumn: endPos.column, start, end };
  }

  lineOf(offset: number): number {
    return this.position(offset).line;
  }

  private position(offset: number): { line: number; column: number } {
    const { line, column } = this.lines.positionOf(offset);
    return { line, column: column + 1 };
  }
}
