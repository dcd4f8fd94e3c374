/**
 * Chooses the extractor for a classified file. Each front end's extractor is loaded on first
 * use only (its parser is heavy), and at most once per process.
 */
import type { InputKind, SourceFile } from "../core/types.js";
import type { FileModel } from "../model/file-model.js";
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
  return extractor(file, context);
}
