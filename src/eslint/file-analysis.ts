/**
 * One extraction per linted file, shared by every agentlint rule object. ESLint calls each
 * rule's `create` separately and gives it only its own options, so the extracted model —
 * the expensive part: parsing and value resolution — is cached per `SourceCode` (one object
 * per file and lint pass), and each enabled rule runs on it with the options ESLint resolved
 * for that rule. Disabled rules never run.
 */
import { analysisModel, analyzeModel } from "../analysis/analyze.js";
import type { EffectiveRules } from "../analysis/effective-rules.js";
import type { Finding, SourceFile } from "../core/types.js";
import type { FileModel } from "../model/file-model.js";
import { readTextFile } from "./read-text-file.js";

const models = new WeakMap<object, FileModel>();

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
  const onlyThisRule: EffectiveRules = new Map([[ruleId, { severity: "warn", options }]]);
  return analyzeModel(modelOf(sourceCode, file, cwd), onlyThisRule, "eslint");
}

function modelOf(sourceCode: object, file: SourceFile, cwd: string): FileModel {
  let model = models.get(sourceCode);
  if (!model) {
    model = analysisModel(file, { cwd, readFile: readTextFile });
    models.set(sourceCode, model);
  }
  return model;
}
