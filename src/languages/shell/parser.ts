/**
 * Loads web-tree-sitter and the bash grammar shipped inside `tree-sitter-bash` once,
 * asynchronously; parsing afterwards is synchronous.
 */
import { createRequire } from "node:module";
import path from "node:path";
import type { Parser as TreeSitterParser, Tree } from "web-tree-sitter";

let parser: TreeSitterParser | undefined;
let preparing: Promise<void> | undefined;

export function prepareShellParser(): Promise<void> {
  preparing ??= load();
  return preparing;
}

async function load(): Promise<void> {
  const { Parser, Language } = await import("web-tree-sitter");
  await Parser.init();
  const require = createRequire(import.meta.url);
  const grammarDir = path.dirname(require.resolve("tree-sitter-bash/package.json"));
  const language = await Language.load(path.join(grammarDir, "tree-sitter-bash.wasm"));
  const ready = new Parser();
  ready.setLanguage(language);
  parser = ready;
}

/** True once `prepareShellParser` has finished: parsing is possible. */
export function isShellParserReady(): boolean {
  return parser !== undefined;
}

/** Parses a shell script; the caller owns the tree and must `delete()` it. */
export function parseBash(text: string): Tree {
  if (!parser) {
    throw new Error("The shell parser is not ready: call prepareShell() (or prepareExtractors) before parsing shell.");
  }
  const tree = parser.parse(text);
  if (!tree) throw new Error("tree-sitter returned no tree for a shell script.");
  return tree;
}
