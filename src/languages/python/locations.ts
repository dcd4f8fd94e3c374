/**
 * Turns tree-sitter ranges into Locations. web-tree-sitter parses JavaScript strings as
 * UTF-16, so `startIndex`/`endIndex` are already UTF-16 offsets into the text; lines and
 * columns are computed from them here so that non-ASCII text gets correct columns.
 */
import type { Node } from "web-tree-sitter";
import type { Location } from "../../core/types.js";

export class LocationIndex {
  private readonly lineStarts: number[] = [0];

  constructor(
    readonly file: string,
    text: string,
  ) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 10) this.lineStarts.push(i + 1);
      else if (code === 13 && text.charCodeAt(i + 1) !== 10) this.lineStarts.push(i + 1);
    }
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
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (this.lineStarts[low] ?? 0) + 1 };
  }
}
