/**
 * Offsets ↔ line/column for a text, by binary search over the offsets where lines start.
 * `\n`, `\r\n` and a lone `\r` end a line, as in the parsers that report positions.
 */
export interface LinePosition {
  /** 1-based line. */
  readonly line: number;
  /** 0-based column in UTF-16 code units. */
  readonly column: number;
}

export class LineStarts {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
  }

  positionOf(offset: number): LinePosition {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (this.starts[low] ?? 0) };
  }

  offsetOf(position: LinePosition): number {
    const lineStart = this.starts[position.line - 1] ?? this.text.length;
    return Math.min(lineStart + position.column, this.text.length);
  }
}
