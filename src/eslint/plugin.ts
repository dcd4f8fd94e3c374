/**
 * `agentlint/eslint-plugin`: every agentlint rule as `agentlint/<id>`, the languages its
 * configs read non-code files with, and the `recommended` and `strict` configs. Each config is
 * an array of flat-config objects, one per ESLint language, so it is spread:
 *
 *   import agentlint from "agentlint/eslint-plugin";
 *   export default [...agentlint.configs.recommended];
 *
 * (or `defineConfig([agentlint.configs.recommended])` from `eslint/config`, which flattens it).
 *
 *   - JS/TS (`.js`, `.mjs`, `.cjs`, `.jsx`, `.ts`, `.mts`, `.cts`, `.tsx`): no `language`, so
 *     the project's own parser setup applies;
 *   - `agentlint/json` (`@eslint/json`'s JSONC): Claude Code settings, `.mcp.json`, `.claude.json`;
 *   - `agentlint/markdown` (`@eslint/markdown`'s GFM, YAML front matter): subagents, skills,
 *     commands, `CLAUDE.md`, `AGENTS.md` and the other markdown instruction files;
 *   - `agentlint/text`: Dockerfiles, compose files, Kubernetes manifests, seccomp profiles,
 *     `.cursorrules`/`.windsurfrules` — every other `.json`/`.yaml`/`.yml` file too, which only
 *     its content shows to be an input; a file that is not one stays silent, parse errors included.
 *
 * The module awaits the shell grammar at import (see parsers.ts): ESLint's rules are synchronous.
 */
import { createRequire } from "node:module";
// Types only: a project using the plugin has ESLint installed; the CLI never loads this module.
import type { ESLint, Linter } from "eslint";
import type { PresetName } from "../analysis/effective-rules.js";
import { allRules } from "../analysis/registry.js";
import { GROUP_FILES, LANGUAGE_GROUPS, presetRuleEntries, type LanguageGroup } from "./configs.js";
import { jsonLanguage, markdownLanguage } from "./maintained-languages.js";
import { ruleModuleOf } from "./rule-module.js";
import { textLanguage } from "./text-language.js";

/** A flat config of the plugin: every property ESLint needs is set. */
export type AgentlintFlatConfig = Linter.Config & Required<Pick<Linter.Config, "name" | "plugins" | "files" | "rules">>;

/** One object per ESLint language: spread it into the config array. */
export type AgentlintPreset = AgentlintFlatConfig[];

/**
 * Typed with ESLint's own types, so that `defineConfig` and typed configs accept it; the
 * rule objects are typescript-eslint `RuleModule`s, which ESLint runs as they are.
 */
export interface AgentlintPlugin extends ESLint.Plugin {
  readonly meta: { readonly name: string; readonly version: string };
  readonly rules: Record<string, NonNullable<ESLint.Plugin["rules"]>[string]>;
  readonly languages: Record<Exclude<LanguageGroup, "js">, NonNullable<ESLint.Plugin["languages"]>[string]>;
  readonly configs: { readonly recommended: AgentlintPreset; readonly strict: AgentlintPreset };
}

// The package resolves itself by name, so this works from `src/` (tests) and `dist/src/` alike.
const { version } = createRequire(import.meta.url)("agentlint/package.json") as { version: string };

const configs = {} as { recommended: AgentlintPreset; strict: AgentlintPreset };

const plugin: AgentlintPlugin = {
  meta: { name: "agentlint", version },
  rules: Object.fromEntries(allRules.map((rule) => [rule.id, ruleModuleOf(rule) as unknown as AgentlintPlugin["rules"][string]])),
  languages: { json: jsonLanguage, markdown: markdownLanguage, text: textLanguage },
  configs,
};

function presetConfig(preset: PresetName, group: LanguageGroup): AgentlintFlatConfig {
  const files = GROUP_FILES.get(group);
  return {
    name: group === "js" ? `agentlint/${preset}` : `agentlint/${preset}/${group}`,
    plugins: { agentlint: plugin },
    files: (files?.files ?? []).map((entry) => (Array.isArray(entry) ? [...entry] : entry)),
    ...(group === "js" ? {} : { language: `agentlint/${group}` }),
    rules: presetRuleEntries(preset),
  };
}

for (const preset of ["recommended", "strict"] as const satisfies readonly PresetName[]) {
  configs[preset] = LANGUAGE_GROUPS.map((group) => presetConfig(preset, group));
}

export default plugin;
