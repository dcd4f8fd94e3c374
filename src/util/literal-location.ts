/**
 * The location of a range of a literal's text in the file, when the literal is written
 * plainly (its source, quotes and prefixes aside, holds the text verbatim). A literal with
 * escapes (`\u200b`, `\n`) has no such mapping; callers then report the whole literal.
 */
import type { Location } from "../core/types.js";

export function locationInLiteral(fileText: string, literal: Location, text: string, start: number, end: number): Location | undefined {
  if (text.length === 0) return undefined;
  const source = fileText.slice(literal.start, literal.end);
  const at = source.indexOf(text);
  if (at < 0 || source.indexOf(text, at + 1) >= 0) return undefined;
  const from = positionAfter(fileText, literal, literal.start + at + start);
  const to = positionAfter(fileText, literal, literal.start + at + end);
  return {
    file: literal.file,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    start: literal.start + at + start,
    end: literal.start + at + end,
  };
}

function positionAfter(fileText: string, origin: Location, offset: number): { line: number; column: number } {
  const between = fileText.slice(origin.start, offset);
  const newlines = between.split("\n").length - 1;
  if (newlines === 0) return { line: origin.line, column: origin.column + between.length };
  return { line: origin.line + newlines, column: between.length - between.lastIndexOf("\n") };
}
