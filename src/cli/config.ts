/**
 * Loads and validates a config file (data only: YAML or JSON, never executed) against the
 * shipped JSON Schema, and reports any problem as a sentence naming the file, the key path
 * and what is allowed.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { ErrorObject } from "ajv";
import type { PresetName } from "../analysis/effective-rules.js";
import type { SeveritySetting } from "../core/types.js";
import { buildConfigSchema } from "./config-schema.js";
import { ConfigError } from "./errors.js";

/** One rule's setting as written: a severity, options, or both. */
export interface RuleEntry {
  readonly severity: SeveritySetting;
  readonly options?: Readonly<Record<string, unknown>>;
}

export type RuleEntries = ReadonlyMap<string, RuleEntry>;

export interface Override {
  readonly files: readonly string[];
  readonly rules: RuleEntries;
}

export interface AgentlintConfig {
  /** Absolute path of the file, when there is one. */
  readonly file?: string;
  /** Globs in `ignores` and `overrides` are relative to this directory. */
  readonly directory: string;
  readonly preset: PresetName;
  readonly ignores: readonly string[];
  readonly rules: RuleEntries;
  readonly overrides: readonly Override[];
  /** `fileTimeLimit`: milliseconds one file's analysis may take, when the file sets it. */
  readonly fileTimeLimit?: number;
}

interface RawConfig {
  readonly extends?: PresetName;
  readonly ignores?: readonly string[];
  readonly rules?: RawRules;
  readonly overrides?: ReadonlyArray<{ readonly files: readonly string[]; readonly rules?: RawRules }>;
  readonly fileTimeLimit?: number;
}

type RawRules = Readonly<Record<string, SeveritySetting | readonly [SeveritySetting, Record<string, unknown>?]>>;

/** Loads `file`; errors name it as `displayName` (default: as given). */
export async function loadConfig(file: string, displayName: string = file): Promise<AgentlintConfig> {
  const absolute = path.resolve(file);
  let text: string;
  try {
    text = readFileSync(absolute, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new ConfigError(`Cannot read the config file ${displayName} (${code}).`);
  }
  const data = absolute.endsWith(".json") ? parseJson(text, displayName) : await parseYaml(text, displayName);
  const raw = await validate(data ?? {}, displayName);
  return {
    file: absolute,
    directory: path.dirname(absolute),
    preset: raw.extends ?? "recommended",
    ignores: raw.ignores ?? [],
    rules: ruleEntries(raw.rules),
    overrides: (raw.overrides ?? []).map((entry) => ({ files: entry.files, rules: ruleEntries(entry.rules) })),
    ...(raw.fileTimeLimit !== undefined ? { fileTimeLimit: raw.fileTimeLimit } : {}),
  };
}

function ruleEntries(rules: RawRules | undefined): RuleEntries {
  const entries = new Map<string, RuleEntry>();
  for (const [id, value] of Object.entries(rules ?? {})) {
    if (typeof value === "string") entries.set(id, { severity: value });
    else entries.set(id, { severity: value[0], ...(value[1] ? { options: value[1] } : {}) });
  }
  return entries;
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new ConfigError(`The config file ${file} is not valid JSON: ${withoutSourceText((error as Error).message)}.`);
  }
}

/** V8 quotes the offending source text, which may hold a secret; keep only the reason. */
function withoutSourceText(message: string): string {
  return message.replace(/,\s*(\.\.\.)?".*"(\.\.\.)? is not valid JSON$/s, "").replace(/\.$/, "");
}

async function parseYaml(text: string, file: string): Promise<unknown> {
  const { parseAllDocuments } = await import("yaml");
  const documents = parseAllDocuments(text, { uniqueKeys: true });
  if (!Array.isArray(documents)) return null;
  if (documents.length > 1) throw new ConfigError(`The config file ${file} holds several YAML documents; keep one.`);
  const [document] = documents;
  if (!document) return null;
  const [problem] = document.errors;
  if (problem) {
    const where = problem.linePos?.[0];
    const at = where ? `:${where.line}:${where.col}` : "";
    const reason = (problem.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "");
    throw new ConfigError(`The config file ${file}${at} is not valid YAML: ${reason.replace(/\.$/, "")}.`);
  }
  return document.toJS({ maxAliasCount: 100 });
}

async function validate(data: unknown, file: string): Promise<RawConfig> {
  const ajvModule = await import("ajv");
  const Ajv = ajvModule.default.default;
  const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
  const check = ajv.compile(buildConfigSchema());
  if (check(data)) return data as RawConfig;
  throw new ConfigError(`Invalid config file ${file}: ${describe(pickError(check.errors ?? []), data)}`);
}

/** The most useful of Ajv's errors: the deepest, and among those not a bare type mismatch. */
function pickError(errors: readonly ErrorObject[]): ErrorObject | undefined {
  const concrete = errors.filter((error) => error.keyword !== "anyOf" && error.keyword !== "oneOf");
  const depth = (error: ErrorObject) => (error.instancePath.match(/\//g) ?? []).length;
  const rank = (error: ErrorObject) => (error.keyword === "type" ? 1 : 0);
  return [...concrete].sort((a, b) => depth(b) - depth(a) || rank(a) - rank(b))[0] ?? errors[0];
}

function describe(error: ErrorObject | undefined, data: unknown): string {
  if (!error) return "it does not match the configuration schema.";
  const segments = error.instancePath.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  const where = keyPath(segments);
  const subject = where ? `\`${where}\`` : "the top level";
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(error.params["additionalProperty"]);
      if (segments.length === 1 && segments[0] === "rules" || (segments.length === 3 && segments[0] === "overrides" && segments[2] === "rules")) {
        return `\`${where}\` names the unknown rule "${key}". Run \`agentlint --list-rules\` to see the rule ids.`;
      }
      const properties = (error.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {};
      const allowed = Object.keys(properties).join(", ");
      return `${subject} has the unknown key "${key}"${allowed ? `; allowed keys: ${allowed}` : ""}.`;
    }
    case "enum": {
      const allowed = (error.params["allowedValues"] as unknown[]).map((value) => JSON.stringify(value)).join(", ");
      const isRuleSeverity = segments.includes("rules");
      return `${subject} is ${shown(valueAt(data, segments))}; allowed values: ${allowed}${isRuleSeverity ? " (or [severity, options])" : ""}.`;
    }
    case "required":
      return `${subject} is missing the key "${String(error.params["missingProperty"])}".`;
    case "type":
      return `${subject} must be ${article(String(error.params["type"]))}, not ${shown(valueAt(data, segments))}.`;
    default:
      return `${subject} ${error.message ?? "is invalid"}.`;
  }
}

/** `overrides[0].rules.require-max-turns[1].max` */
function keyPath(segments: readonly string[]): string {
  return segments.reduce((text, segment) => (/^\d+$/.test(segment) ? `${text}[${segment}]` : text ? `${text}.${segment}` : segment), "");
}

function valueAt(data: unknown, segments: readonly string[]): unknown {
  let current: unknown = data;
  for (const segment of segments) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/**
 * A wrong value as the message shows it. Long strings are described, not echoed: a value
 * put in the wrong place may be a credential.
 */
function shown(value: unknown): string {
  if (typeof value === "string") return value.length <= 24 ? JSON.stringify(value) : `a string of ${value.length} characters`;
  if (value === null || typeof value !== "object") return String(value);
  return Array.isArray(value) ? "an array" : "an object";
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
