/**
 * One extraction per linted file, shared by every agentlint rule object. ESLint calls each
 * rule's `create` separately and gives it only its own options, so the model is cached per
 * `SourceCode` (one object per file and lint pass) and each rule is run on it with its own
 * options; a rule set to the same options twice (two rule objects cannot be, but a re-lint
 * of the same `SourceCode` can) reuses its findings.
 */
import { analyzeModel } from "../core/analyze.js";
import type { EffectiveRules } from "../core/effective-rules.js";
import type { Finding, SourceFile } from "../core/types.js";
import { extractModel } from "../languages/index.js";
import type { FileModel } from "../model/file-model.js";
import { readTextFile } from "./read-text-file.js";

interface FileAnalysis {
  readonly model: FileModel;
  readonly findingsByRuleSetting: Map<string, readonly Finding[]>;
}

const analyses = new WeakMap<object, FileAnalysis>();

/**
 * The findings of one rule with the given options on the file behind `sourceCode`.
 * Suppressed findings (agentlint-disable comments) are included, marked; `eslint-disable`
 * comments are left to ESLint.
 */
export function findingsForRule(
  sourceCode: object,
  file: SourceFile,
  cwd: string,
  ruleId: string,
  options: Readonly<Record<string, unknown>>,
): readonly Finding[] {
  const analysis = analysisOf(sourceCode, file, cwd);
  const key = `${ruleId}\u0000${JSON.stringify(options)}`;
  let findings = analysis.findingsByRuleSetting.get(key);
  if (!findings) {
    const onlyThisRule: EffectiveRules = new Map([[ruleId, { severity: "warn", options }]]);
    findings = analyzeModel(analysis.model, onlyThisRule, "eslint");
    analysis.findingsByRuleSetting.set(key, findings);
  }
  return findings;
}

function analysisOf(sourceCode: object, file: SourceFile, cwd: string): FileAnalysis {
  let analysis = analyses.get(sourceCode);
  if (!analysis) {
    analysis = { model: extractModel(file, { cwd, readFile: readTextFile }), findingsByRuleSetting: new Map() };
    analyses.set(sourceCode, analysis);
  }
  return analysis;
}
