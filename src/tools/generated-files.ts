/**
 * Every file (or part of a file) derived from rule metadata, with how to render it from the
 * current text. The generator writes them; a meta test fails when one on disk is stale.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { CONFIG_SCHEMA_PATH, configSchemaText } from "../cli/config-schema.js";
import { allRules } from "../analysis/registry.js";
import { renderRulesTable, replaceBetweenMarkers, RULES_TABLE_END, RULES_TABLE_START } from "./rules-table.js";
import { renderSdkOptionNames, SDK_OPTION_NAMES_PATH, SDK_REFERENCE_PATH } from "./sdk-option-names.js";

export interface GeneratedFile {
  /** Path relative to the package root. */
  readonly path: string;
  /** The up-to-date text, given the current text on disk and the package root. */
  render(current: string, packageRoot: string): string;
}

export const generatedFiles: readonly GeneratedFile[] = [
  {
    path: "README.md",
    render: (current) => replaceBetweenMarkers(current, RULES_TABLE_START, RULES_TABLE_END, renderRulesTable(allRules)),
  },
  {
    // The shipped JSON Schema of `.agentlint.yaml`: rule ids and option schemas come from the registry.
    path: CONFIG_SCHEMA_PATH,
    render: () => configSchemaText(allRules),
  },
  {
    // Option names the SDKs know, read from the spec's SDK reference. The spec is a sibling
    // checkout; without it (a lone clone) the committed file stands.
    path: SDK_OPTION_NAMES_PATH,
    render: (current, packageRoot) => {
      const reference = path.join(packageRoot, SDK_REFERENCE_PATH);
      return existsSync(reference) ? renderSdkOptionNames(readFileSync(reference, "utf8")) : current;
    },
  },
];

export interface StaleFile {
  readonly path: string;
  readonly expected: string;
}

/** The generated files whose text on disk differs from what the metadata gives. */
export function staleGeneratedFiles(packageRoot: string): StaleFile[] {
  const stale: StaleFile[] = [];
  for (const file of generatedFiles) {
    const absolute = path.join(packageRoot, file.path);
    const current = existsSync(absolute) ? readFileSync(absolute, "utf8") : "";
    const expected = file.render(current, packageRoot);
    if (expected !== current) stale.push({ path: file.path, expected });
  }
  return stale;
}
