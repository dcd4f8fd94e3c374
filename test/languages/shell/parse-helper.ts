/** Parses shell text as if it were a whole host file `script.sh`, for model-level tests. */
import type { Location } from "../../../src/core/types.js";
import { MappedText, parseShellText, prepareShell, type ParsedShell } from "../../../src/languages/shell/index.js";
import { LineStarts } from "../../../src/util/line-starts.js";

await prepareShell();

export function hostLocator(file: string, text: string): (start: number, end: number) => Location {
  const lines = new LineStarts(text);
  return (start, end) => {
    const from = lines.positionOf(start);
    const to = lines.positionOf(end);
    return { file, line: from.line, column: from.column + 1, endLine: to.line, endColumn: to.column + 1, start, end };
  };
}

export function parseShell(text: string): ParsedShell {
  return parseShellText(MappedText.verbatim(text, 0, hostLocator("script.sh", text)));
}

/** `[line, column, endLine, endColumn]` of a location. */
export function span(loc: Location): [number, number, number, number] {
  return [loc.line, loc.column, loc.endLine, loc.endColumn];
}
