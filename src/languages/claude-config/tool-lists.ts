/**
 * Tool lists written as one string in front matter (`tools: Read, Grep, Bash(git diff:*)`,
 * `allowed-tools: Read Grep`) become arrays with one located element per tool, so that a
 * finding points at the entry itself. Separators inside parentheses belong to the rule.
 */
import type { RValue } from "../../model/value.js";
import type { OffsetLocations } from "../../util/offset-locations.js";

export type ListSeparators = "comma" | "comma-or-space";

export function splitToolList(value: RValue, separators: ListSeparators, fileText: string, locations: OffsetLocations): RValue {
  if (value.kind !== "string") return value;
  const textStart = verbatimStart(value, fileText);
  const elements: RValue[] = pieces(value.value, separators).map(({ text, start }) => ({
    kind: "string",
    value: text,
    loc: textStart === undefined ? value.loc : locations.range(textStart + start, textStart + start + text.length),
  }));
  return { kind: "array", elements, open: false, loc: value.loc };
}

/** Where the string's text starts in the file when the scalar holds it verbatim (plain or simply quoted). */
function verbatimStart(value: Extract<RValue, { kind: "string" }>, fileText: string): number | undefined {
  const source = fileText.slice(value.loc.start, value.loc.end);
  if (source === value.value) return value.loc.start;
  const quote = source.charAt(0);
  if ((quote === '"' || quote === "'") && source.endsWith(quote) && source.slice(1, -1) === value.value) return value.loc.start + 1;
  return undefined;
}

function pieces(text: string, separators: ListSeparators): Array<{ text: string; start: number }> {
  const found: Array<{ text: string; start: number }> = [];
  let depth = 0;
  let start = 0;
  const flush = (end: number): void => {
    const raw = text.slice(start, end);
    const trimmed = raw.trim();
    if (trimmed) found.push({ text: trimmed, start: start + raw.indexOf(trimmed) });
  };
  for (let index = 0; index < text.length; index++) {
    const char = text.charAt(index);
    if (char === "(") depth += 1;
    else if (char === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0 && (char === "," || (separators === "comma-or-space" && /\s/.test(char)))) {
      flush(index);
      start = index + 1;
    }
  }
  flush(text.length);
  return found;
}
