/**
 * The public API of the `agentlint` package: the analysis core, the discovery the CLI uses,
 * configuration loading, the baseline and the four output formats.
 */
export { analyzeFiles, analyzeFilesSync, type AnalysisResult, type AnalyzeOptions } from "./analysis/analyze.js";
export type {
  FileNotice,
  Finding,
  InputKind,
  Location,
  Report,
  Severity,
  SeveritySetting,
  SourceFile,
  Suggestion,
  Suppression,
} from "./core/types.js";
export { defineRule, type AnyRule, type RuleContext, type RuleDefinition } from "./core/define-rule.js";
export { allRules, ruleById } from "./analysis/registry.js";
export { presetRules, type EffectiveRules, type PresetName, type RuleSetting } from "./analysis/effective-rules.js";
export { applyBaseline, createBaseline, parseBaseline, serializeBaseline, type Baseline, type BaselineEntry } from "./core/pipeline/baseline.js";
export { classifyPath, mightMatter } from "./languages/registry.js";
export { readSource, type ReadOutcome } from "./discover/read-source.js";
export { discoverFiles, type DiscoveredFile, type Discovery, type DiscoverOptions } from "./discover/walk.js";
export { loadConfig, type AgentlintConfig, type Override, type RuleEntry } from "./cli/config.js";
export { defaultConfig, resolveConfig } from "./cli/load-config.js";
export { findConfigFile } from "./cli/find-config.js";
export { buildConfigSchema, configSchemaText } from "./cli/config-schema.js";
export { rulesForConfig, type RulesFor } from "./cli/rules-for.js";
export { runCli } from "./cli/main.js";
export {
  FORMAT_NAMES,
  formatters,
  formatGithub,
  formatJson,
  formatSarif,
  formatStylish,
  stylishPaint,
  summarize,
  type FormatName,
  type ScanReport,
  type Summary,
} from "./formatters/index.js";
