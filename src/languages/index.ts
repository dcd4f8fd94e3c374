/**
 * Chooses the extractor for a classified file. Each front end's extractor is loaded on first
 * use only (its parser is heavy), and at most once per process.
 */
import type { InputKind, SourceFile } from "../core/types.js";
import { emptyFileModel, type FileModel } from "../model/file-model.js";
import { isStackOverflow } from "./budget.js";
import type { ExtractContext, Extractor, Language } from "./language.js";
import { languageOf } from "./registry.js";

export type { ExtractContext, Extractor } from "./language.js";

const loaded = new Map<Language, Extractor>();

/**
 * Loads the extractors (and parsers that initialise asynchronously) for the kinds about to be
 * analysed. Extraction itself stays synchronous afterwards.
 */
export async function prepareExtractors(kinds: ReadonlySet<InputKind>): Promise<void> {
  const languages = new Set([...kinds].map(languageOf));
  for (const language of languages) {
    if (!loaded.has(language)) loaded.set(language, await language.prepare());
  }
}

/** Loads what each file needs beyond its front end's `prepare` (see Language.prepareFile). */
export async function prepareFiles(files: readonly SourceFile[]): Promise<void> {
  for (const file of files) await languageOf(file.kind).prepareFile?.(file);
}

export function extractModel(file: SourceFile, context: ExtractContext): FileModel {
  const language = languageOf(file.kind);
  let extractor = loaded.get(language);
  if (!extractor) {
    // Synchronous on purpose: the ESLint front end must report from a synchronous visitor.
    extractor = language.load();
    loaded.set(language, extractor);
  }
  try {
    return extractor(file, context);
  } catch (error) {
    // The parsers recurse once per nesting level (TypeScript's statements, yaml's block maps):
    // input nested thousands deep overflows the stack before any budget applies. That is a
    // property of the input, said as a parse problem, not an internal error.
    if (!isStackOverflow(error)) throw error;
    const start = { file: file.path, line: 1, column: 1, endLine: 1, endColumn: 1, start: 0, end: 0 };
    return { ...emptyFileModel(file), parseProblems: [{ message: "it nests more deeply than the parser can follow", loc: start }] };
  }
}

/**
 * For front ends that cannot await before each file (ESLint): initialises, once, the parsers
 * that files of these kinds may need and that load asynchronously (see Language.prepareParsers).
 * Resolves to the kinds whose parsers could not be loaded, with a sentence saying so: their
 * files cannot be analysed, and the caller must say that rather than report them clean.
 */
export async function prepareParsers(kinds: ReadonlySet<InputKind>): Promise<ReadonlyMap<InputKind, string>> {
  const failed = new Map<InputKind, string>();
  for (const kind of kinds) {
    try {
      await languageOf(kind).prepareParsers?.();
    } catch (error) {
      failed.set(kind, `agentlint could not load the parser it needs (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  return failed;
}
