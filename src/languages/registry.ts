/**
 * Every front end agentlint has, in the order they are asked to classify a path: a
 * language that recognises a file by its exact name or location comes before one that
 * claims a whole extension (e.g. `.claude/settings.json` before any `*.json`).
 *
 * Light on purpose: it imports only each language's `language.ts`, never a parser.
 */
import type { InputKind } from "../core/types.js";
import { claudeConfigLanguage } from "./claude-config/language.js";
import { composeLanguage } from "./compose/language.js";
import { dockerfileLanguage } from "./dockerfile/language.js";
import type { Language } from "./language.js";
import { kubernetesLanguage } from "./kubernetes/language.js";
import { markdownLanguage } from "./markdown/language.js";
import { pythonLanguage } from "./python/language.js";
import { seccompLanguage } from "./seccomp/language.js";
import { typescriptLanguage } from "./typescript/language.js";

// Exact names and locations first (`.claude/settings.json`, `.mcp.json`, compose files) before
// the catch-all front ends: Kubernetes and seccomp claim every `.yaml`/`.yml` and `.json` file
// no earlier front end took, so they come last.
export const LANGUAGES: readonly Language[] = [
  claudeConfigLanguage,
  markdownLanguage,
  dockerfileLanguage,
  composeLanguage,
  typescriptLanguage,
  pythonLanguage,
  kubernetesLanguage,
  seccompLanguage,
];

const byKind = new Map<InputKind, Language>(LANGUAGES.flatMap((language) => language.kinds.map((kind) => [kind, language] as const)));

export function languageOf(kind: InputKind): Language {
  const language = byKind.get(kind);
  if (!language) throw new Error(`No front end reads files of kind ${kind}`);
  return language;
}

/** The kind of the file at `path` (posix separators), or undefined when no front end reads it. */
export function classifyPath(path: string): InputKind | undefined {
  for (const language of LANGUAGES) {
    const kind = language.classify(path);
    if (kind !== undefined) return kind;
  }
  return undefined;
}

/** Whether only a file's content says it is of this kind (see Language.recognisedByContent). */
export function recognisedByContent(kind: InputKind): boolean {
  return languageOf(kind).recognisedByContent === true;
}

/** The pre-filter of the file's front end (see Language.mightMatter). */
export function mightMatter(kind: InputKind, text: string): boolean {
  return languageOf(kind).mightMatter(kind, text);
}
