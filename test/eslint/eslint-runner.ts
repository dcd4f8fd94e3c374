/**
 * Runs ESLint in process on one file, the way a user's flat config would: the plugin's
 * config, `@typescript-eslint/parser` for TS files, espree (with JSX where the extension
 * says so) for JS.
 */
import path from "node:path";
import tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import { LINTED_KINDS } from "../../src/eslint/configs.js";
import plugin from "../../src/eslint/plugin.js";
import { prepareExtractors } from "../../src/languages/index.js";

// The test runner cannot `require` TypeScript sources, which the plugin does when built:
// load the extractors of every kind the configs read up front, as the test helper for rules does.
await prepareExtractors(LINTED_KINDS);

export interface EslintFinding {
  readonly ruleId: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly message: string;
  readonly suggestions: readonly { readonly desc: string; readonly fix: { readonly range: readonly [number, number]; readonly text: string } }[];
}

export interface EslintRun {
  /** A parse failure of ESLint's own parser: the rules did not run. */
  readonly fatal?: string;
  readonly findings: readonly EslintFinding[];
}

const TS_FILES = ["**/*.{ts,tsx,mts,cts}"];
const JSX_FILES = ["**/*.jsx"];

export function lintWithEslint(
  text: string,
  options: { readonly cwd: string; readonly filename: string; readonly config?: Linter.Config | readonly Linter.Config[] },
): EslintRun {
  const linter = new Linter({ cwd: options.cwd });
  const config = options.config ?? plugin.configs.strict;
  const configs: Linter.Config[] = [
    ...(Array.isArray(config) ? config : [config as Linter.Config]),
    { files: TS_FILES, languageOptions: { parser: tsParser as unknown as Linter.Parser } },
    { files: JSX_FILES, languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
  ];
  const messages = linter.verify(text, configs, { filename: path.resolve(options.cwd, options.filename) });
  const fatal = messages.find((message) => message.fatal);
  if (fatal) return { fatal: `${fatal.line}:${fatal.column} ${fatal.message}`, findings: [] };
  const findings = messages
    .filter((message) => message.ruleId?.startsWith("agentlint/"))
    .map((message) => ({
      ruleId: (message.ruleId ?? "").slice("agentlint/".length),
      line: message.line,
      column: message.column,
      endLine: message.endLine ?? message.line,
      endColumn: message.endColumn ?? message.column,
      message: message.message,
      suggestions: (message.suggestions ?? []).map((suggestion) => ({
        desc: suggestion.desc,
        fix: { range: suggestion.fix.range, text: suggestion.fix.text },
      })),
    }));
  return { findings };
}

/** The comparable part of a finding, ordered the way the core orders findings. */
export function comparable(findings: ReadonlyArray<Omit<EslintFinding, "suggestions">>): string[] {
  return findings
    .map((f) => `${f.ruleId} ${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.message}`)
    .sort();
}
