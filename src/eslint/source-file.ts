/**
 * The file ESLint is linting, as the core's `SourceFile`. ESLint hands over the text it
 * parsed (BOM already removed), so the core never reads the linted file from disk.
 */
import path from "node:path";
import type { InputKind, SourceFile } from "../core/types.js";
import { classifyPath } from "../languages/registry.js";

export interface LintedFile {
  /** `context.filename`: may name a virtual file inside a processed one (`README.md/0.js`). */
  readonly filename: string;
  /** `context.physicalFilename`: the file on disk. */
  readonly physicalFilename: string;
  readonly cwd: string;
  readonly text: string;
}

/**
 * Returns undefined for files agentlint does not analyse (declaration files, or a language
 * another ESLint parser handles, such as `.vue`), so such files get no findings rather than
 * a parse error from the wrong parser.
 */
export function sourceFileOf(linted: LintedFile): SourceFile | undefined {
  const kind = kindOf(linted.filename);
  if (!kind) return undefined;
  const absolutePath = path.resolve(linted.cwd, linted.physicalFilename);
  const relative = path.isAbsolute(linted.filename) ? path.relative(linted.cwd, linted.filename) : linted.filename;
  return {
    path: relative.split(path.sep).join("/"),
    absolutePath,
    text: linted.text,
    kind,
  };
}

/** The kinds the ESLint front end analyses: those it can extract synchronously (TS/JS). */
function kindOf(filename: string): InputKind | undefined {
  // `Linter#verify` without a filename lints "<input>" (or "<text>") as JavaScript.
  if (/^<\w+>$/.test(filename)) return "javascript";
  const kind = classifyPath(filename.split(path.sep).join("/"));
  return kind === "typescript" || kind === "javascript" ? kind : undefined;
}
