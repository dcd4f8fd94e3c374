/**
 * The rules in force for one file: the preset, then the config's `rules`, then each
 * matching `overrides` entry in order, then `--rule` flags. A severity alone keeps the
 * options set before it; `[severity, options]` merges the options over the preset's.
 */
import path from "node:path";
import picomatch from "picomatch";
import { presetRules, type EffectiveRules, type RuleSetting } from "../analysis/effective-rules.js";
import type { AgentlintConfig, RuleEntries } from "./config.js";
import { toPosix } from "../discover/posix.js";

export type RulesFor = (absolutePath: string) => EffectiveRules;

export function rulesForConfig(config: AgentlintConfig, flags: RuleEntries): RulesFor {
  const base = applyEntries(presetRules(config.preset), config.rules);
  const matchers = config.overrides.map((override) => picomatch([...override.files], { dot: true }));
  const byMatchedOverrides = new Map<string, EffectiveRules>();
  return (absolutePath) => {
    const relative = toPosix(path.relative(config.directory, absolutePath));
    const matched = matchers.flatMap((matches, index) => (!relative.startsWith("../") && matches(relative) ? [index] : []));
    const key = matched.join(",");
    let rules = byMatchedOverrides.get(key);
    if (!rules) {
      rules = matched.reduce((current, index) => applyEntries(current, config.overrides[index]?.rules ?? new Map()), base);
      rules = applyEntries(rules, flags);
      byMatchedOverrides.set(key, rules);
    }
    return rules;
  };
}

function applyEntries(rules: EffectiveRules, entries: RuleEntries): EffectiveRules {
  if (entries.size === 0) return rules;
  const next = new Map(rules);
  for (const [id, entry] of entries) {
    const current: RuleSetting = next.get(id) ?? { severity: "off", options: {} };
    next.set(id, { severity: entry.severity, options: entry.options ? { ...current.options, ...entry.options } : current.options });
  }
  return next;
}
