/** The informational commands: --list-rules, --explain, --print-config. */
import path from "node:path";
import type { AnyRule } from "../core/define-rule.js";
import { presetSetting } from "../analysis/effective-rules.js";
import { DEFAULT_FILE_TIME_MS } from "../analysis/limits.js";
import { allRules, ruleById } from "../analysis/registry.js";
import type { CliOptions } from "./args.js";
import { UsageError } from "./errors.js";
import type { CliIO } from "./io.js";
import { resolveConfig, displayPath } from "./load-config.js";
import { ruleDoc } from "./package-info.js";
import { rulesForConfig } from "./rules-for.js";
import { ruleFlagEntries } from "./scan.js";
import { toPosix } from "../discover/posix.js";
import { ignoresMatcher } from "./ignores.js";

export function listRules(options: CliOptions, io: CliIO): number {
  if (options.format === "json") {
    const rules = allRules.map((rule) => ({
      id: rule.id,
      recommended: rule.severity,
      strict: presetSetting(rule, "strict").severity,
      category: rule.category,
      description: rule.docs.description,
    }));
    io.stdout.write(`${JSON.stringify(rules, null, 2)}\n`);
    return 0;
  }
  const width = Math.max(2, ...allRules.map((rule) => rule.id.length));
  const header = `${"id".padEnd(width)}  recommended  strict  description`;
  const rows = allRules.map(
    (rule: AnyRule) =>
      `${rule.id.padEnd(width)}  ${rule.severity.padEnd(11)}  ${presetSetting(rule, "strict").severity.padEnd(6)}  ${rule.docs.description}`,
  );
  io.stdout.write(`${[header, ...rows].join("\n")}\n`);
  return 0;
}

export function explainRule(id: string, io: CliIO): number {
  const rule = ruleById(id);
  if (!rule) throw new UsageError(`There is no rule "${id}".`, "Run `agentlint --list-rules` to see the rule ids.");
  const doc = ruleDoc(rule.id);
  io.stdout.write(doc ?? `# ${rule.id}\n\n${rule.docs.description}\n`);
  return 0;
}

/** The rules and time limit in force for one path, as JSON: what a scan would apply to that file. */
export async function printConfig(target: string, options: CliOptions, io: CliIO): Promise<number> {
  const config = await resolveConfig(io.cwd, options.config);
  const flags = await ruleFlagEntries(options);
  const absolutePath = path.resolve(io.cwd, target);
  const rules = rulesForConfig(config, flags)(absolutePath);
  const ruleSettings = Object.fromEntries(
    [...rules.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([id, setting]) => [id, Object.keys(setting.options).length > 0 ? [setting.severity, setting.options] : setting.severity]),
  );
  const document = {
    file: toPosix(path.relative(io.cwd, absolutePath)),
    config: config.file !== undefined ? toPosix(displayPath(io.cwd, config.file)) : null,
    extends: config.preset,
    ignored: ignoresMatcher(config)(absolutePath),
    fileTimeLimit: options.fileTimeLimit ?? config.fileTimeLimit ?? DEFAULT_FILE_TIME_MS,
    rules: ruleSettings,
  };
  io.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
  return 0;
}
