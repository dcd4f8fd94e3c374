/**
 * The `recommended` and `strict` flat configs, computed from rule metadata through the same
 * presets the CLI uses (a rule's preset severity and options, never a hand-kept list), and
 * from the front ends' globs (see Language.globs): one config object per ESLint language,
 * since a config object has one `language`.
 */
import type { Linter } from "eslint";
import { presetSetting, type PresetName } from "../analysis/effective-rules.js";
import { allRules } from "../analysis/registry.js";
import type { InputKind } from "../core/types.js";
import type { Language } from "../languages/language.js";
import { LANGUAGES } from "../languages/registry.js";

/**
 * The ESLint language each group of files is read with: `js` is no language at all (the
 * project's own JS/TS parser setup applies); the others are the plugin's (`agentlint/<name>`).
 */
export type LanguageGroup = "js" | "json" | "markdown" | "text";

export const LANGUAGE_GROUPS: readonly LanguageGroup[] = ["js", "json", "markdown", "text"];

/** Kinds the ESLint configs leave out, and why. */
export const NOT_LINTED_KINDS: ReadonlyMap<InputKind, string> = new Map([
  ["python", "the ESLint plugin does not read Python files; run the agentlint CLI on them"],
]);

/**
 * A `files` entry: a glob, or a glob with the globs it must not match (ESLint ANDs the patterns
 * of a nested array; `!` negates one).
 */
export type FilesEntry = string | string[];

export interface GroupFiles {
  readonly kinds: ReadonlySet<InputKind>;
  readonly files: readonly FilesEntry[];
}

/**
 * Which ESLint language reads the files of one of a front end's globs: code as JS; markdown and
 * the JSON files known by name with the maintained languages; everything else — and any file
 * only its content identifies — as text, which never fails to parse.
 */
function groupOf(language: Language, glob: string): LanguageGroup | undefined {
  if (language.kinds.some((kind) => NOT_LINTED_KINDS.has(kind))) return undefined;
  if (language.kinds.includes("typescript")) return "js";
  if (glob.endsWith(".md")) return "markdown";
  if (glob.endsWith(".json") && language.recognisedByContent !== true) return "json";
  return "text";
}

function extensionOfGlob(glob: string): string {
  return glob.slice(glob.lastIndexOf("."));
}

/**
 * Each glob keeps the names `classify` takes back (its language's `ignores`), and a catch-all
 * glob (every `.json`) also the names an earlier front end claims for another ESLint language
 * (`.mcp.json`), as classification does by order. Without them, two config objects would
 * match one file and ESLint would read it with the later one's language. Per glob rather than
 * as the object's `ignores`: `Dockerfile.json` is no Dockerfile, but it may be a seccomp profile.
 */
function computeGroups(): ReadonlyMap<LanguageGroup, GroupFiles> {
  const groups = new Map(LANGUAGE_GROUPS.map((group) => [group, { kinds: new Set<InputKind>(), files: [] as FilesEntry[] }]));
  const claimed: Array<{ readonly group: LanguageGroup; readonly glob: string }> = [];
  for (const language of LANGUAGES) {
    const ownGlobs: typeof claimed = [];
    for (const glob of language.globs.files) {
      const group = groupOf(language, glob);
      if (group === undefined) continue;
      const claimedElsewhere = language.recognisedByContent
        ? claimed.filter((earlier) => earlier.group !== group && extensionOfGlob(earlier.glob) === extensionOfGlob(glob)).map((earlier) => earlier.glob)
        : [];
      const excluded = [...(language.globs.ignores ?? []), ...claimedElsewhere];
      const entry = groups.get(group);
      entry?.files.push(excluded.length === 0 ? glob : [glob, ...excluded.map((pattern) => `!${pattern}`)]);
      for (const kind of language.kinds) entry?.kinds.add(kind);
      ownGlobs.push({ group, glob });
    }
    claimed.push(...ownGlobs);
  }
  return groups;
}

export const GROUP_FILES = computeGroups();

/** Every kind some config object of the presets reads. */
export const LINTED_KINDS: ReadonlySet<InputKind> = new Set([...GROUP_FILES.values()].flatMap((group) => [...group.kinds]));

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
