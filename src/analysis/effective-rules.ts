/**
 * The rules in force for one file: severity and options per rule id. The CLI builds it
 * from the config file (extends, rules, overrides); the ESLint plugin from ESLint's own
 * rule settings. Presets are derived from rule metadata, never hand-listed.
 */
import type { AnyRule } from "../core/define-rule.js";
import { allRules } from "./registry.js";
import type { SeveritySetting } from "../core/types.js";

export interface RuleSetting {
  readonly severity: SeveritySetting;
  /** Options merged over the rule's defaults. */
  readonly options: Readonly<Record<string, unknown>>;
}

export type EffectiveRules = ReadonlyMap<string, RuleSetting>;

export type PresetName = "recommended" | "strict";

export function presetSetting(rule: AnyRule, preset: PresetName): RuleSetting {
  if (preset === "recommended") return { severity: rule.severity, options: { ...rule.defaultOptions } };
  return {
    severity: rule.severity === "off" ? "warn" : rule.severity,
    options: { ...rule.defaultOptions, ...(rule.strictOptions ?? {}) },
  };
}

export function presetRules(preset: PresetName): EffectiveRules {
  return new Map(allRules.map((rule) => [rule.id, presetSetting(rule, preset)]));
}
