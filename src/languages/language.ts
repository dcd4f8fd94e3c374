/**
 * What a front end tells the rest of the flow about the files it reads, without loading its
 * parser: which paths are its kinds, the pre-filter for each kind, and how to load the
 * extractor. A new input family is one folder under `src/languages/` with a `language.ts`
 * like this and one line in `registry.ts`.
 */
import type { InputKind, SourceFile } from "../core/types.js";
import type { FileModel } from "../model/file-model.js";

/** What one file's extraction may spend (issue: no input stalls a scan). */
export interface AnalysisLimits {
  /**
   * Wall-clock milliseconds one file's analysis may take. Past it, values still being computed
   * become unknown (so findings can only be lost, never invented) and the model carries an
   * `incomplete` notice. Undefined: the extractor's default.
   */
  readonly fileTimeMs?: number;
}

export interface ExtractContext {
  /** Absolute directory that relative paths in findings are relative to. */
  readonly cwd: string;
  /**
   * Reads another project file (to resolve imports, or configuration the file loads).
   * Returns undefined when the file does not exist or cannot be read. Never executes anything.
   * Every read of another file goes through here, so that callers can track what a file's
   * result depends on (the cache does).
   */
  readonly readFile: (absolutePath: string) => string | undefined;
  readonly limits?: AnalysisLimits;
}

export type Extractor = (file: SourceFile, context: ExtractContext) => FileModel;

export interface Language {
  /** For messages and docs, e.g. "Python". */
  readonly name: string;
  /** Every kind `classify` can return. */
  readonly kinds: readonly InputKind[];
  /**
   * True when `classify` claims every file of an extension (any `.json`, any `.yaml`) and only
   * the content says whether the file is really of this kind. Such a file that cannot be read
   * as text is skipped quietly, and one over the size limit is judged by its beginning: a
   * `package-lock.json` is not a seccomp profile, and no notice should say it was skipped.
   */
  readonly recognisedByContent?: boolean;
  /**
   * The kind of the file at `path` (posix separators; absolute when the caller knows it, so
   * that location-based kinds such as `.claude/agents/*.md` are recognised), or undefined.
   * By name and location only: no I/O.
   */
  classify(path: string): InputKind | undefined;
  /**
   * The paths `classify` claims, as globs relative to a project root, for front ends that choose
   * files by pattern (ESLint's flat config `files`/`ignores`). `files` cover every path
   * `classify` claims (they may cover more: classification still decides); `ignores` take back
   * names `files` would claim although `classify` does not, so that a front end does not read
   * another language's file (`Dockerfile.js`) as this one. A test checks the cover.
   */
  readonly globs: { readonly files: readonly string[]; readonly ignores?: readonly string[] };
  /**
   * The pre-filter: false when a file of `kind` with this text cannot produce a finding.
   * Substring tests only; it runs on every candidate file before any parser is loaded.
   */
  mightMatter(kind: InputKind, text: string): boolean;
  /** Loads the extractor synchronously (the ESLint front end cannot await). Called once. */
  load(): Extractor;
  /**
   * Loads the extractor and any parser that initialises asynchronously (wasm grammars).
   * Front ends that can await call this first, and extraction stays synchronous afterwards.
   */
  prepare(): Promise<Extractor>;
  /**
   * Loads what extracting this particular file needs beyond `prepare` — a parser only some
   * files of the kind need (the shell grammar for settings with command hooks) — so that
   * files without it never load it. Substring tests only, like the pre-filter.
   */
  prepareFile?(file: SourceFile): Promise<void>;
  /**
   * For front ends that cannot await before each file (ESLint): initialises every parser that
   * some file of these kinds may need and that only loads asynchronously (wasm grammars), but
   * not the extractor, so that `load` and extraction then work synchronously for every file.
   */
  prepareParsers?(): Promise<void>;
}

/** The extension of a posix path's last segment, lower-cased, with its dot; "" when none. */
export function extensionOf(path: string): string {
  const name = baseName(path);
  const dot = name.lastIndexOf(".");
  return dot <= 0 ? "" : name.slice(dot).toLowerCase();
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}
