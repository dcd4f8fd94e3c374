/** Converts between 0-based offsets and secretlint's positions (1-based line, 0-based column). */
export interface LinePosition {
  readonly line: number;
  readonly column: number;
}

export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      if (text[i] === "\n") this.lineStarts.push(i + 1);
    }
  }

  positionOf(index: number): LinePosition {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.lineStarts[middle] ?? 0) <= index) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: index - (this.lineStarts[low] ?? 0) };
  }

  indexOf(position: LinePosition): number {
    const lineStart = this.lineStarts[position.line - 1] ?? this.text.length;
    return Math.min(lineStart + position.column, this.text.length);
  }
}
