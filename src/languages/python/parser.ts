/**
 * Loads web-tree-sitter and the Python grammar shipped inside `tree-sitter-python` once,
 * asynchronously; parsing afterwards is synchronous.
 */
import { createRequire } from "node:module";
import path from "node:path";
import type { Parser as TreeSitterParser, Tree } from "web-tree-sitter";

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

/** Parses Python source; the caller owns the tree and must `delete()` it. */
export function parsePython(text: string): Tree {
  if (!parser) {
    throw new Error("The Python parser is not ready: call preparePython() (or prepareExtractors) before extracting Python files.");
  }
  const tree = parser.parse(text);
  if (!tree) throw new Error("tree-sitter returned no tree for a Python file.");
  return tree;
}
