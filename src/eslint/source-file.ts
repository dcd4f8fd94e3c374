/**
 * The file ESLint is linting, as the core's `SourceFile`, judged by the CLI's own reading rules.
 * ESLint hands over the text it parsed (BOM already removed), so the core never reads the
 * linted file from disk.
 */
import path from "node:path";
import type { FileNotice, InputKind, SourceFile } from "../core/types.js";
import { sourceFromBytes } from "../discover/read-source.js";
import { classifyPath, mightMatter, recognisedByContent } from "../languages/registry.js";

export interface LintedFile {
  /** `context.filename`: may name a virtual file inside a processed one (`README.md/0.js`). */
  readonly filename: string;
  /** `context.physicalFilename`: the file on disk. */
  readonly physicalFilename: string;
  readonly cwd: string;
  readonly text: string;
}

/** A file to analyse, or the notice that says why it cannot be (too large, binary, no parser). */
export type LintTarget = { readonly file: SourceFile } | { readonly notice: FileNotice };

/**
 * Undefined for files the CLI would not analyse either: a kind agentlint does not read
 * (declaration files, `.vue`), a file the pre-filter shows cannot matter, or a `.json`/`.yaml`
 * file whose content is no seccomp profile or manifest (a malformed `data.json` among them).
 * `unavailable` names the kinds the plugin cannot analyse (a parser that could not load), with why.
 */
export function lintTargetOf(linted: LintedFile, unavailable: ReadonlyMap<InputKind, string>): LintTarget | undefined {
  const absolutePath = path.resolve(linted.cwd, linted.physicalFilename);
  const kind = kindOf(linted.filename, linted.cwd);
  if (!kind) return undefined;
  // The pre-filter first: most files stop here, before any copy of their text is made.
  if (!recognisedByContent(kind) && !mightMatter(kind, linted.text)) return undefined;
  const relative = path.isAbsolute(linted.filename) ? path.relative(linted.cwd, linted.filename) : linted.filename;
  const file = { path: relative.split(path.sep).join("/"), absolutePath, kind };
  // The CLI's reading rules (size limit, binary content, recognition by content, pre-filter) on
  // the same bytes, so that both front ends analyse, skip or give notice on the same files.
  const outcome = sourceFromBytes(file, Buffer.from(linted.text, "utf8"));
  if ("skipped" in outcome) return undefined;
  if ("notice" in outcome) return outcome;
  const reason = unavailable.get(kind);
  if (reason !== undefined) {
    return { notice: { file: file.path, kind: "internal-error", message: `${file.path} was not checked: ${reason}.` } };
  }
  return { file: outcome.source };
}

function kindOf(filename: string, cwd: string): InputKind | undefined {
  // `Linter#verify` without a filename lints "<input>" (or "<text>") as JavaScript.
  if (/^<\w+>$/.test(filename)) return "javascript";
  // Classified by the whole path, as the CLI does: kinds such as `.claude/agents/*.md` depend on the folder.
  return classifyPath(path.resolve(cwd, filename).split(path.sep).join("/"));
}
