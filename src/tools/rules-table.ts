/**
 * The README's rules table, rendered from rule metadata: id linked to its doc, severity in
 * `recommended` and `strict`, description and inputs.
 */
import type { AnyRule } from "../core/define-rule.js";
import { presetSetting } from "../analysis/effective-rules.js";
import type { SeveritySetting } from "../core/types.js";

export const RULES_TABLE_START = "<!-- rules-table-start -->";
export const RULES_TABLE_END = "<!-- rules-table-end -->";

const SEVERITY_CELL: Readonly<Record<SeveritySetting, string>> = { error: "error", warn: "warn", off: "–" };

export function renderRulesTable(rules: readonly AnyRule[]): string {
  const header = ["| Rule | recommended | strict | Description | Inputs |", "| --- | --- | --- | --- | --- |"];
  const rows = rules.map((rule) =>
    [
      `[\`${rule.id}\`](rules/${rule.id}.md)`,
      SEVERITY_CELL[presetSetting(rule, "recommended").severity],
      SEVERITY_CELL[presetSetting(rule, "strict").severity],
      cell(rule.docs.description),
      cell(rule.inputs.join(", ")),
    ].join(" | "),
  );
  return [...header, ...rows.map((row) => `| ${row} |`)].join("\n");
}

/** Replaces what lies between the markers; throws when they are missing, so a renamed marker is noticed. */
export function replaceBetweenMarkers(text: string, start: string, end: string, content: string): string {
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from === -1 || to === -1 || to < from) {
    throw new Error(`The markers ${start} and ${end} are missing or out of order; restore them where the generated text belongs.`);
  }
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`;
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
