/**
 * The `recommended` and `strict` flat configs, computed from rule metadata through the same
 * presets the CLI uses: a rule's preset severity and options, never a hand-kept list.
 */
import type { Linter } from "eslint";
import { presetSetting, type PresetName } from "../analysis/effective-rules.js";
import { allRules } from "../analysis/registry.js";

/** The files whose agent code the plugin analyses (the JS/TS extensions the CLI reads). */
export const LINTED_FILES = ["**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}"];

export function presetRuleEntries(preset: PresetName): Linter.RulesRecord {
  const entries: Record<string, Linter.RuleEntry> = {};
  for (const rule of allRules) {
    const setting = presetSetting(rule, preset);
    const level = setting.severity;
    entries[`agentlint/${rule.id}`] = sameOptions(setting.options, rule.defaultOptions) ? level : [level, { ...setting.options }];
  }
  return entries;
}

function sameOptions(a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
