/**
 * A bracket-depth check before a TS/JS file is parsed. The TypeScript parser recurses once per
 * nesting level, and where deep input overflows the call stack depends on the stack left and on
 * how far the engine has compiled the parser by then: a fuzzed file nested 600 objects deep
 * parsed in one run and overflowed in the next, so the same input gave different reports.
 * Files whose brackets nest deeper than MAX_BRACKET_DEPTH (far below where the parser
 * overflows, about 700 objects or calls from a fresh stack, and far above what people write)
 * are refused before parsing, whatever the stack.
 *
 * The scan skips comments, strings, template text and regular expression literals, the last
 * told from division by the token before the slash as a parser would. It only has to be close:
 * a misread can only move the depth by the brackets of one literal.
 */

export const MAX_BRACKET_DEPTH = 256;

const OPENERS = new Set(["(", "[", "{"]);
const CLOSERS = new Set([")", "]", "}"]);
/** After these, a `/` starts a regular expression rather than a division. */
const BEFORE_REGEX = new Set(["", "(", ",", "=", ":", "[", "!", "&", "|", "?", "{", "}", ";", "+", "-", "*", "%", "<", ">", "~", "^"]);
const KEYWORDS_BEFORE_REGEX = new Set(["return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw", "case", "do", "else", "yield", "await"]);

/** The offset of the first bracket nested deeper than MAX_BRACKET_DEPTH, or undefined. */
export function firstTooDeepBracket(text: string): number | undefined {
  if (countOpeners(text) <= MAX_BRACKET_DEPTH) return undefined;
  let depth = 0;
  /** Depths at which an open `${` returns to its template's text. */
  const templates: number[] = [];
  /** The last significant character or word of code, to tell a regular expression from a division. */
  let previous = "";
  let at = 0;
  const length = text.length;
  /** Reads template text from `from` to its end or its next `${`; false when that `${` is too deep. */
  const readTemplateText = (from: number): boolean => {
    at = templateText(text, from);
    if (!text.startsWith("${", at)) {
      at++;
      previous = "a";
      return true;
    }
    templates.push(depth);
    depth++;
    if (depth > MAX_BRACKET_DEPTH) return false;
    at += 2;
    previous = "{";
    return true;
  };
  while (at < length) {
    const char = text[at] as string;
    const next = text[at + 1];
    if (char === "/" && next === "/") {
      at = lineEnd(text, at);
      continue;
    }
    if (char === "/" && next === "*") {
      const end = text.indexOf("*/", at + 2);
      at = end < 0 ? length : end + 2;
      continue;
    }
    if (char === "'" || char === '"') {
      at = stringEnd(text, at + 1, char);
      previous = "a";
      continue;
    }
    if (char === "`") {
      if (!readTemplateText(at + 1)) return at;
      continue;
    }
    if (char === "/" && (BEFORE_REGEX.has(previous) || KEYWORDS_BEFORE_REGEX.has(previous))) {
      at = regexEnd(text, at + 1);
      previous = "a";
      continue;
    }
    if (OPENERS.has(char)) {
      depth++;
      if (depth > MAX_BRACKET_DEPTH) return at;
      previous = char;
      at++;
      continue;
    }
    if (CLOSERS.has(char)) {
      depth = Math.max(0, depth - 1);
      at++;
      if (char === "}" && templates.length > 0 && templates[templates.length - 1] === depth) {
        // Back in a template's text after its `${…}`.
        templates.pop();
        if (!readTemplateText(at)) return at;
        continue;
      }
      previous = char;
      continue;
    }
    if (isWordCode(text.charCodeAt(at))) {
      const start = at;
      while (at < length && isWordCode(text.charCodeAt(at))) at++;
      previous = text.slice(start, at);
      continue;
    }
    if (char !== " " && char !== "\t" && char !== "\n" && char !== "\r") previous = char;
    at++;
  }
  return undefined;
}

function countOpeners(text: string): number {
  let count = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    // ( [ {
    if (code === 40 || code === 91 || code === 123) count++;
  }
  return count;
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf("\n", from);
  return end < 0 ? text.length : end;
}

/** After a quoted string (or at its line's end, where an unterminated one stops). */
function stringEnd(text: string, from: number, quote: string): number {
  for (let at = from; at < text.length; at++) {
    const char = text[at];
    if (char === "\\") at++;
    else if (char === quote) return at + 1;
    else if (char === "\n") return at;
  }
  return text.length;
}

/** The offset of the template's closing backquote or of its next `${`, from inside its text. */
function templateText(text: string, from: number): number {
  for (let at = from; at < text.length; at++) {
    const char = text[at];
    if (char === "\\") at++;
    else if (char === "`" || (char === "$" && text[at + 1] === "{")) return at;
  }
  return text.length;
}

/** After a regular expression literal (a `/` inside a class `[…]` does not end it). */
function regexEnd(text: string, from: number): number {
  let inClass = false;
  for (let at = from; at < text.length; at++) {
    const char = text[at];
    if (char === "\\") at++;
    else if (char === "\n") return at;
    else if (char === "[") inClass = true;
    else if (char === "]") inClass = false;
    else if (char === "/" && !inClass) return at + 1;
  }
  return text.length;
}

/** Letters, digits, `_`, `$`, and anything past ASCII (identifiers may use it). */
function isWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 36 || code > 127;
}
