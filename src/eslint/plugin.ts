/**
 * `agentlint/eslint-plugin`: every agentlint rule as `agentlint/<id>`, and the
 * `recommended` and `strict` flat configs.
 *
 *   import agentlint from "agentlint/eslint-plugin";
 *   export default [agentlint.configs.recommended];
 */
import { createRequire } from "node:module";
// Types only: a project using the plugin has ESLint installed; the CLI never loads this module.
import type { ESLint, Linter } from "eslint";
import type { PresetName } from "../analysis/effective-rules.js";
import { allRules } from "../analysis/registry.js";
import { LINTED_FILES, presetRuleEntries } from "./configs.js";
import { ruleModuleOf } from "./rule-module.js";

/** A flat config of the plugin: every property ESLint needs is set. */
export type AgentlintFlatConfig = Linter.Config & Required<Pick<Linter.Config, "name" | "plugins" | "files" | "rules">>;

/**
 * Typed with ESLint's own types, so that `defineConfig` and typed configs accept it; the
 * rule objects are typescript-eslint `RuleModule`s, which ESLint runs as they are.
 */
export interface AgentlintPlugin extends ESLint.Plugin {
  readonly meta: { readonly name: string; readonly version: string };
  readonly rules: Record<string, NonNullable<ESLint.Plugin["rules"]>[string]>;
  readonly configs: { readonly recommended: AgentlintFlatConfig; readonly strict: AgentlintFlatConfig };
}

// The package resolves itself by name, so this works from `src/` (tests) and `dist/src/` alike.
const { version } = createRequire(import.meta.url)("agentlint/package.json") as { version: string };

const configs = {} as { recommended: AgentlintFlatConfig; strict: AgentlintFlatConfig };

const plugin: AgentlintPlugin = {
  meta: { name: "agentlint", version },
  rules: Object.fromEntries(allRules.map((rule) => [rule.id, ruleModuleOf(rule) as unknown as AgentlintPlugin["rules"][string]])),
  configs,
};

for (const preset of ["recommended", "strict"] as const satisfies readonly PresetName[]) {
  configs[preset] = {
    name: `agentlint/${preset}`,
    plugins: { agentlint: plugin },
    files: [...LINTED_FILES],
    rules: presetRuleEntries(preset),
  };
}

export default plugin;
