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
import { analysisModel, analyzeModel } from "../analysis/analyze.js";
import type { EffectiveRules } from "../analysis/effective-rules.js";
import type { FileNotice, Finding, SourceFile } from "../core/types.js";
import type { FileModel } from "../model/file-model.js";
import { readTextFile } from "./read-text-file.js";

const models = new WeakMap<object, FileModel>();

/** The linted file behind one `SourceCode`, and what its analysis may spend. */
export interface LintedSource {
  readonly sourceCode: object;
  readonly file: SourceFile;
  readonly cwd: string;
  readonly fileTimeMs: number;
}

/**
 * The findings of one rule with the given options on the linted file.
 * Suppressed findings (agentlint-disable comments) are included, marked; `eslint-disable`
 * comments are left to ESLint.
 */
export function findingsForRule(linted: LintedSource, ruleId: string, options: Readonly<Record<string, unknown>>): readonly Finding[] {
  const onlyThisRule: EffectiveRules = new Map([[ruleId, { severity: "warn", options }]]);
  return analyzeModel(modelOf(linted), onlyThisRule, "eslint");
}

/** What the extractor could not do on the linted file (an analysis cut short, say). */
export function noticesOf(linted: LintedSource): readonly FileNotice[] {
  return modelOf(linted).notices;
}

function modelOf(linted: LintedSource): FileModel {
  let model = models.get(linted.sourceCode);
  if (!model) {
    model = analysisModel(linted.file, { cwd: linted.cwd, readFile: readTextFile, limits: { fileTimeMs: linted.fileTimeMs } });
    models.set(linted.sourceCode, model);
  }
  return model;
}
