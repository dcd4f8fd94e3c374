/**
 * The JSON Schema of `.agentlint.yaml` / `agentlint.config.json`, built from the rule
 * registry so that every rule id and its options are listed (editors complete them).
 * A committed copy ships as `schema/agentlint-config.schema.json`; a test fails when it is
 * stale (`npm run generate:docs` rewrites it).
 */
import type { AnyRule, JsonSchema } from "../core/define-rule.js";
import { DEFAULT_FILE_TIME_MS, FILE_TIME_LIMIT_RANGE } from "../analysis/limits.js";
import { allRules } from "../analysis/registry.js";

export const SEVERITIES = ["off", "warn", "error"] as const;
export const PRESETS = ["recommended", "strict"] as const;

export const CONFIG_SCHEMA_PATH = "schema/agentlint-config.schema.json";

export function buildConfigSchema(rules: readonly AnyRule[] = allRules): JsonSchema {
  const ruleProperties = Object.fromEntries(rules.map((rule) => [rule.id, ruleSettingSchema(rule)]));
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: "https://github.com/agentlint/agentlint/blob/main/schema/agentlint-config.schema.json",
    title: "agentlint configuration",
    description: "Configuration of agentlint (.agentlint.yaml, .agentlint.yml or agentlint.config.json). Data only: it is never executed.",
    type: "object",
    additionalProperties: false,
    properties: {
      $schema: { type: "string", description: "The schema this file follows (for editors)." },
      extends: { enum: [...PRESETS], description: "The preset the rules start from (default: recommended)." },
      ignores: {
        type: "array",
        items: { type: "string", minLength: 1 },
        description: "Globs (picomatch, relative to this file's directory) of files and directories never read.",
      },
      rules: { $ref: "#/definitions/rules" },
      overrides: {
        type: "array",
        description: "Rule settings for the files matching `files` (globs relative to this file's directory); later entries win.",
        items: {
          type: "object",
          additionalProperties: false,
          required: ["files"],
          properties: {
            files: { type: "array", items: { type: "string", minLength: 1 }, minItems: 1 },
            rules: { $ref: "#/definitions/rules" },
          },
        },
      },
      fileTimeLimit: {
        type: "integer",
        ...FILE_TIME_LIMIT_RANGE,
        default: DEFAULT_FILE_TIME_MS,
        description:
          "Milliseconds one file's analysis may take. Past it, values still being resolved become unknown and the file gets an `incomplete` notice; a file still being analysed at twice the limit is abandoned with a `timed-out` notice. `--file-time-limit` wins over it.",
      },
    },
    definitions: {
      severity: { enum: [...SEVERITIES] },
      rules: {
        type: "object",
        description: "Severity (off, warn, error) or [severity, options] per rule id.",
        additionalProperties: false,
        properties: ruleProperties,
      },
    },
  };
}

function ruleSettingSchema(rule: AnyRule): JsonSchema {
  const severity = { $ref: "#/definitions/severity" };
  const options = rule.optionsSchema ?? { type: "object", additionalProperties: false, properties: {} };
  return {
    description: rule.docs.description,
    anyOf: [
      severity,
      { type: "array", items: [severity, options], minItems: 1, maxItems: 2, additionalItems: false },
    ],
  };
}

/** The committed schema file's exact text. */
export function configSchemaText(rules: readonly AnyRule[] = allRules): string {
  return `${JSON.stringify(buildConfigSchema(rules), null, 2)}\n`;
}
