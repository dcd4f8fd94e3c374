/**
 * The maintained ESLint languages for the JSON and markdown files agentlint knows by name:
 * `@eslint/json`'s JSONC and `@eslint/markdown`'s GFM, registered as `agentlint/json` and
 * `agentlint/markdown` so that the plugin's configs need no setup.
 *
 * Each is loaded on first use, when ESLint lints such a file: a project that lints only JS/TS
 * never loads their parsers (markdown's alone takes about 90 ms to load). Registering them under
 * the agentlint plugin, rather than the `json` and `markdown` plugins themselves, also keeps the
 * configs from colliding with a project's own `json` or `markdown` plugin entry (ESLint refuses
 * two different objects under one plugin name, as two installed copies would be).
 */
import type { Language, LanguageOptions } from "@eslint/core";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

interface LanguagePlugin {
  readonly default: { readonly languages: Readonly<Record<string, Language>> };
}

/**
 * A language that loads `load()` when ESLint first needs more than the constants given here
 * (all ESLint reads before it lints a file of the language). `require` loads these ESM-only
 * packages synchronously (Node ≥ 20.19), as ESLint's synchronous calls need. Neither language
 * has the optional `normalizeLanguageOptions` or `matchesSelectorClass`, so neither is passed on.
 */
function lazyLanguage(load: () => Language, constants: Pick<Language, "lineStart" | "columnStart" | "nodeTypeKey" | "defaultLanguageOptions">): Language {
  let loaded: Language | undefined;
  const language = (): Language => (loaded ??= load());
  return {
    fileType: "text",
    ...constants,
    get visitorKeys() {
      return language().visitorKeys ?? {};
    },
    validateLanguageOptions(options: LanguageOptions) {
      language().validateLanguageOptions(options);
    },
    parse(file, context) {
      return language().parse(file, context);
    },
    createSourceCode(file, input, context) {
      return language().createSourceCode(file, input, context);
    },
  };
}

function languageOf(packageName: string, name: string): Language {
  const language = (require(packageName) as LanguagePlugin).default.languages[name];
  if (!language) throw new Error(`${packageName} has no language "${name}"`);
  return language;
}

/**
 * JSON with comments, as Claude Code reads its settings (and as the core's parser accepts them,
 * trailing commas included).
 */
export const jsonLanguage = lazyLanguage(() => languageOf("@eslint/json", "jsonc"), {
  lineStart: 1,
  columnStart: 1,
  nodeTypeKey: "type",
  defaultLanguageOptions: { allowTrailingCommas: true },
});

/** GitHub-flavoured markdown with YAML front matter (subagents, skills and commands have one). */
export const markdownLanguage = lazyLanguage(() => languageOf("@eslint/markdown", "gfm"), {
  lineStart: 1,
  columnStart: 1,
  nodeTypeKey: "type",
  defaultLanguageOptions: { frontmatter: "yaml", math: false },
});
