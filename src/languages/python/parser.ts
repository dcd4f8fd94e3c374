/**
 * Loads web-tree-sitter and the Python grammar shipped inside `tree-sitter-python` once,
 * asynchronously; parsing afterwards is synchronous.
 */
import { createRequire } from "node:module";
import path from "node:path";
import type { Parser as TreeSitterParser, Tree } from "web-tree-sitter";

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

/**
 * Parses Python source; the caller owns the tree and must `delete()` it. tree-sitter's error
 * recovery can take quadratic time on odd input (a fuzzed megabyte of comments took minutes),
 * outside any budget of the evaluator, so the parse is cancelled after `timeLimitMs`.
 */
export function parsePython(text: string, timeLimitMs: number = DEFAULT_FILE_TIME_MS): Tree {
  if (!parser) {
    throw new Error("The Python parser is not ready: call preparePython() (or prepareExtractors) before extracting Python files.");
  }
  const deadline = performance.now() + timeLimitMs;
  // Returning true cancels the parse (web-tree-sitter's typings say void).
  const tree = parser.parse(text, null, { progressCallback: () => performance.now() > deadline });
  if (!tree) throw new ParseTimeout(`tree-sitter did not finish parsing within ${timeLimitMs} ms`);
  return tree;
}
