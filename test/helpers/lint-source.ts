/**
 * Runs the analysis core on in-memory sources, the way rule tests need it:
 * `lintSource(code)` lints one file; `files` adds other project files that imports resolve to.
 */
import path from "node:path";
import { analyzeFilesSync } from "../../src/analysis/analyze.js";
import { prepareDeployments } from "../../src/analysis/deployments.js";
import { prepareExtractors } from "../../src/languages/index.js";
import { classifyPath, LANGUAGES } from "../../src/languages/registry.js";
import { virtualReader } from "./virtual-files.js";
import { presetRules, type EffectiveRules, type PresetName, type RuleSetting } from "../../src/analysis/effective-rules.js";
import type { Finding, InputKind, SourceFile } from "../../src/core/types.js";

export const VIRTUAL_ROOT = path.resolve("/virtual-project");

// The test runner cannot `require` TypeScript sources: load the TS/JS extractor, and the container
// readers the deployments join loads on demand, up front.
await prepareExtractors(new Set(["typescript"]));
await prepareDeployments();

export interface LintSourceOptions {
  /** Path of the linted file relative to the virtual project root (default `agent.ts`). */
  readonly filename?: string;
  /** Other project files, by path relative to the virtual root. */
  readonly files?: Readonly<Record<string, string>>;
  /** Only these rules run (default: every rule of the preset). */
  readonly only?: readonly string[];
  /** Settings that replace the preset's for these rules. */
  readonly rules?: Readonly<Record<string, Partial<RuleSetting>>>;
  readonly preset?: PresetName;
  readonly frontEnd?: "cli" | "eslint";
}

/** The kind a front end reads `filename` as, classified by its path in the virtual project. */
export function kindOf(filename: string): InputKind {
  const kind = classifyPath(path.posix.join(VIRTUAL_ROOT.split(path.sep).join("/"), filename));
  if (!kind) throw new Error(`No front end reads ${filename}`);
  return kind;
}

/** Call in `beforeAll` of tests that lint other languages than TS/JS: loads every parser once. */
export async function prepareLanguages(): Promise<void> {
  await prepareExtractors(new Set(LANGUAGES.flatMap((language) => language.kinds)));
}

export function lintSource(code: string, options: LintSourceOptions = {}): Finding[] {
  const filename = options.filename ?? "agent.ts";
  const files: Record<string, string> = { ...(options.files ?? {}), [filename]: code };
  const preset = presetRules(options.preset ?? "recommended");
  const rules = new Map(preset);
  for (const [id, setting] of Object.entries(options.rules ?? {})) {
    const base = preset.get(id) ?? { severity: "error" as const, options: {} };
    rules.set(id, { severity: setting.severity ?? (base.severity === "off" ? "error" : base.severity), options: { ...base.options, ...(setting.options ?? {}) } });
  }
  if (options.only) {
    for (const id of [...rules.keys()]) if (!options.only.includes(id)) rules.delete(id);
    for (const id of options.only) {
      const setting = rules.get(id);
      if (setting && setting.severity === "off") rules.set(id, { ...setting, severity: "warn" });
    }
  }
  const source: SourceFile = {
    path: filename,
    absolutePath: path.join(VIRTUAL_ROOT, filename),
    text: code.replace(/^\uFEFF/, ""),
    kind: kindOf(filename),
  };
  const effective: EffectiveRules = rules;
  const result = analyzeFilesSync([source], {
    cwd: VIRTUAL_ROOT,
    rulesFor: () => effective,
    frontEnd: options.frontEnd ?? "cli",
    readFile: virtualReader(VIRTUAL_ROOT, files),
  });
  if (result.notices.length > 0) {
    throw new Error(`Unexpected notices: ${result.notices.map((n) => n.message).join("; ")}`);
  }
  return [...result.findings];
}

/** Findings of one rule, unsuppressed, as compact objects for exact assertions. */
export function findingsOf(ruleId: string, code: string, options: LintSourceOptions = {}) {
  return lintSource(code, { ...options, only: options.only ?? [ruleId] })
    .filter((f) => f.ruleId === ruleId && !f.suppressed)
    .map((f) => ({ messageId: f.messageId, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn, message: f.message, severity: f.severity }));
}
