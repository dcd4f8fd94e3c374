/**
 * Loads web-tree-sitter and the Python grammar shipped inside `tree-sitter-python` once,
 * asynchronously; parsing afterwards is synchronous.
 */
import { createRequire } from "node:module";
import path from "node:path";
import type { Node, Parser as TreeSitterParser, Tree } from "web-tree-sitter";

import { DEFAULT_FILE_TIME_MS } from "../budget.js";

let parser: TreeSitterParser | undefined;
let preparing: Promise<void> | undefined;

export function preparePythonParser(): Promise<void> {
  preparing ??= load();
  return preparing;
}

async function load(): Promise<void> {
  const { Parser, Language } = await import("web-tree-sitter");
  await Parser.init();
  const require = createRequire(import.meta.url);
  const grammarDir = path.dirname(require.resolve("tree-sitter-python/package.json"));
  const language = await Language.load(path.join(grammarDir, "tree-sitter-python.wasm"));
  const ready = new Parser();
  ready.setLanguage(language);
  parser = ready;
}

/** tree-sitter gave up on a text within the time it was given (see parsePython). */
export class ParseTimeout extends Error {}

/** A comment's place in the text: from its `#` to the end of its line. */
export interface CommentRange {
  readonly start: number;
  readonly end: number;
}

export interface ParsedPython {
  /** The caller owns the tree and must `delete()` it. */
  readonly tree: Tree;
  /** Comments left out of the tree (see parsePython): the caller reads them from here. */
  readonly setAsideComments: readonly CommentRange[];
}

/**
 * Lines holding only a comment (or nothing) that follow each other this many times are a run
 * tree-sitter's Python scanner is slow on: at each line end it looks ahead over all the
 * comment lines that follow, so a run costs the square of its length (10,000 lines took 17 s).
 */
const LONG_COMMENT_RUN = 64;
/**
 * From this many comments on, all of them are set aside: tree-sitter's error recovery is
 * slow on comments between broken lines too (a fuzzed megabyte of broken imports, each with a
 * trailing comment, took over 30 s; without the comments, half a second).
 */
const MANY_COMMENTS = 500;

/**
 * Parses Python source. Comments tree-sitter is slow on (see above) are replaced by spaces
 * before parsing (offsets unchanged) and returned beside the tree; that is only kept when none
 * of them lies in a string of the parsed tree (a `# heading` line of a triple-quoted prompt is
 * text, not a comment), else the text is parsed as written. tree-sitter's error recovery can
 * also take quadratic time on other odd input, outside any budget of the evaluator, so parsing
 * is cancelled after `timeLimitMs`.
 */
export function parsePython(text: string, timeLimitMs: number = DEFAULT_FILE_TIME_MS): ParsedPython {
  const deadline = performance.now() + timeLimitMs;
  const comments = commentsToSetAside(text);
  if (comments.length > 0) {
    const tree = parseUntil(blankOut(text, comments), deadline, timeLimitMs);
    if (!comments.some((comment) => inString(tree.rootNode, comment))) return { tree, setAsideComments: comments };
    tree.delete();
  }
  return { tree: parseUntil(text, deadline, timeLimitMs), setAsideComments: [] };
}

function parseUntil(text: string, deadline: number, timeLimitMs: number): Tree {
  if (!parser) {
    throw new Error("The Python parser is not ready: call preparePython() (or prepareExtractors) before extracting Python files.");
  }
  // Returning true cancels the parse (web-tree-sitter's typings say void).
  const tree = parser.parse(text, null, { progressCallback: () => performance.now() > deadline });
  if (!tree) {
    // A cancelled parser resumes the cancelled parse on its next call, whatever text it is
    // given: without a reset, the next file was parsed from this one's state and the parser's
    // memory was corrupted for every file after it.
    parser.reset();
    throw new ParseTimeout(`tree-sitter did not finish parsing within ${timeLimitMs} ms`);
  }
  return tree;
}

/**
 * The comments to set aside: those of lines in runs of at least LONG_COMMENT_RUN comment-only
 * or blank lines, or every comment once there are MANY_COMMENTS. A `#` counts as a comment's
 * start when no quote precedes it on its line and the line is not inside a triple-quoted
 * string (followed from line to line, so that a docstring's `# heading` does not make the file
 * parse twice); one in a string all the same is caught after parsing (see parsePython).
 */
export function commentsToSetAside(text: string): CommentRange[] {
  const inLongRuns: CommentRange[] = [];
  const all: CommentRange[] = [];
  let run: CommentRange[] = [];
  let runLines = 0;
  const endRun = () => {
    if (runLines >= LONG_COMMENT_RUN) inLongRuns.push(...run);
    run = [];
    runLines = 0;
  };
  /** The delimiter of the triple-quoted string a line starts in, if any. */
  let openTriple: string | undefined;
  for (let lineStart = 0; lineStart <= text.length; ) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    let first = lineStart;
    while (first < lineEnd && (text[first] === " " || text[first] === "\t" || text[first] === "\f")) first++;
    const contentEnd = lineEnd > first && text[lineEnd - 1] === "\r" ? lineEnd - 1 : lineEnd;
    const line = text.slice(first, contentEnd);
    if (openTriple !== undefined) {
      // A line of a docstring or prompt (`# Role`, `>>> f()  # note`) is text, not a comment.
      endRun();
      if (occurrences(line, openTriple) % 2 === 1) openTriple = undefined;
    } else if (line === "") runLines++;
    else if (line.startsWith("#")) {
      const comment = { start: first, end: contentEnd };
      run.push(comment);
      all.push(comment);
      runLines++;
    } else {
      endRun();
      const hash = line.indexOf("#");
      const code = hash < 0 ? line : line.slice(0, hash);
      if (hash >= 0 && !/['"]/.test(code)) all.push({ start: first + hash, end: contentEnd });
      openTriple = TRIPLE_QUOTES.find((delimiter) => occurrences(code, delimiter) % 2 === 1);
    }
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  endRun();
  return all.length >= MANY_COMMENTS ? all : inLongRuns;
}

const TRIPLE_QUOTES = ['"""', "'''"];

function occurrences(text: string, part: string): number {
  let count = 0;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length)) count++;
  return count;
}

function blankOut(text: string, ranges: readonly CommentRange[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const range of ranges) {
    parts.push(text.slice(at, range.start), " ".repeat(range.end - range.start));
    at = range.end;
  }
  parts.push(text.slice(at));
  return parts.join("");
}

const STRING_TYPES = new Set(["string", "string_content", "concatenated_string", "interpolation"]);

function inString(root: Node, range: CommentRange): boolean {
  for (let node: Node | null = root.descendantForIndex(range.start, range.end); node; node = node.parent) {
    if (STRING_TYPES.has(node.type)) return true;
  }
  return false;
}
