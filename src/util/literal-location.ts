/**
 * The location of a range of a literal's text in the file, when the literal is written
 * plainly (its source, quotes and prefixes aside, holds the text verbatim). A literal with
 * escapes (`\u200b`, `\n`) has no such mapping; callers then report the whole literal.
 *
 * A rule may ask this for every finding in one long literal (a whole instruction file), so
 * nothing here is linear in the literal's length per call: the text is found with `indexOf`
 * and lines are counted with an index of the file's line starts, built once per file text.
 */
import type { Location } from "../core/types.js";
import { LineStarts } from "./line-starts.js";

export function locationInLiteral(fileText: string, literal: Location, text: string, start: number, end: number): Location | undefined {
  if (text.length === 0) return undefined;
  const at = uniqueOffset(fileText, literal, text);
  if (at === undefined) return undefined;
  const from = positionAfter(fileText, literal, at + start);
  const to = positionAfter(fileText, literal, at + end);
  return { file: literal.file, line: from.line, column: from.column, endLine: to.line, endColumn: to.column, start: at + start, end: at + end };
}

let searched: { fileText: string; start: number; end: number; text: string; at: number | undefined } | undefined;

/**
 * Where `text` stands in the literal's source, when it stands there exactly once. Comparing a
 * long text costs its length, so the last answer is kept for the next finding in the same literal.
 */
function uniqueOffset(fileText: string, literal: Location, text: string): number | undefined {
  if (searched && searched.fileText === fileText && searched.text === text && searched.start === literal.start && searched.end === literal.end) return searched.at;
  let at: number | undefined = fileText.indexOf(text, literal.start);
  if (at < 0 || at + text.length > literal.end) at = undefined;
  else {
    const again = fileText.indexOf(text, at + 1);
    if (again >= 0 && again + text.length <= literal.end) at = undefined;
  }
  searched = { fileText, start: literal.start, end: literal.end, text, at };
  return at;
}

/** The line and column of `offset`, counted from `origin` (whose line and column are known). */
function positionAfter(fileText: string, origin: Location, offset: number): { line: number; column: number } {
  const lines = lineStartsOf(fileText);
  const at = lines.positionOf(offset);
  const newlines = at.line - lines.positionOf(origin.start).line;
  if (newlines === 0) return { line: origin.line, column: origin.column + (offset - origin.start) };
  return { line: origin.line + newlines, column: at.column + 1 };
}

let indexed: { readonly text: string; readonly lines: LineStarts } | undefined;

/** The line index of `text`; the last one is kept, since a file's findings come together. */
function lineStartsOf(text: string): LineStarts {
  if (indexed?.text !== text) indexed = { text, lines: new LineStarts(text) };
  return indexed.lines;
}
