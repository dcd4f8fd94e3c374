/**
 * One extraction per linted file, shared by every agentlint rule object. ESLint calls each
 * rule's `create` separately and gives it only its own options, so the extracted model —
 * the expensive part: parsing and value resolution — is cached per `SourceCode` (one object
 * per file and lint pass), and each enabled rule runs on it with the options ESLint resolved
 * for that rule. Disabled rules never run.
 *
 * The extraction gets the same per-file time limit as the CLI's (the extractors' cooperative
 * deadline). The CLI's hard guard is not used here: it would interrupt ESLint's own thread,
 * which a plugin must never leave in an unknown state.
 */
import { analysisModel, analyzeModel, internalError } from "../analysis/analyze.js";
import type { EffectiveRules } from "../analysis/effective-rules.js";
import type { FileNotice, Finding, SourceFile } from "../core/types.js";
import type { FileModel } from "../model/file-model.js";
import { readTextFile } from "./read-text-file.js";

/** A file's model, or the notice of the failure that left it without one. */
type Analysis = { readonly model: FileModel } | { readonly failure: FileNotice };

const analyses = new WeakMap<object, Analysis>();

/** The linted file behind one `SourceCode`, and what its analysis may spend. */
export interface LintedSource {
  readonly sourceCode: object;
  readonly file: SourceFile;
  readonly cwd: string;
  readonly fileTimeMs: number;
  /**
   * False when the language ESLint parsed the file with reads no `eslint-disable` comments
   * (`agentlint/text`): the core then honours them itself, as it does for the CLI.
   */
  readonly eslintAppliesDirectives: boolean;
}

/**
 * The findings of one rule with the given options on the linted file.
 * Suppressed findings (agentlint-disable comments) are included, marked; `eslint-disable`
 * comments are left to ESLint wherever ESLint reads them.
 */
export function findingsForRule(linted: LintedSource, ruleId: string, options: Readonly<Record<string, unknown>>): readonly Finding[] {
  const analysis = analysisOf(linted);
  if (!("model" in analysis)) return [];
  const onlyThisRule: EffectiveRules = new Map([[ruleId, { severity: "warn", options }]]);
  return analyzeModel(analysis.model, onlyThisRule, linted.eslintAppliesDirectives ? "eslint" : "cli");
}

/** What the extractor could not do on the linted file (an analysis cut short, say), or its failure. */
export function noticesOf(linted: LintedSource): readonly FileNotice[] {
  const analysis = analysisOf(linted);
  return "model" in analysis ? analysis.model.notices : [analysis.failure];
}

function analysisOf(linted: LintedSource): Analysis {
  let analysis = analyses.get(linted.sourceCode);
  if (!analysis) {
    try {
      analysis = { model: analysisModel(linted.file, { cwd: linted.cwd, readFile: readTextFile, limits: { fileTimeMs: linted.fileTimeMs } }) };
    } catch (error) {
      // As in the CLI: this file's notice, never an exception through ESLint.
      analysis = { failure: internalError(linted.file, error) };
    }
    analyses.set(linted.sourceCode, analysis);
  }
  return analysis;
}
