/**
 * The `stylish` format, after ESLint's: findings grouped by file, aligned columns
 * `line:col  severity  message  rule-id`, and a count line. Suppressed findings are only
 * counted. Colors come from the caller (chalk, loaded only for this format).
 */
import type { Finding } from "../core/types.js";
import { summarize, unsuppressed, type ScanReport } from "./report.js";

export interface Paint {
  readonly underline: (text: string) => string;
  readonly red: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly bold: (text: string) => string;
}

const identity = (text: string) => text;
export const NO_PAINT: Paint = { underline: identity, red: identity, yellow: identity, dim: identity, bold: identity };

export function formatStylish(report: ScanReport, paint: Paint = NO_PAINT): string {
  const shown = unsuppressed(report.findings);
  const lines: string[] = [];
  for (const [file, findings] of groupByFile(shown)) {
    lines.push("", paint.underline(file), ...table(findings, paint));
  }
  const summary = summarize(report);
  const problems = summary.errors + summary.warnings;
  if (problems > 0) {
    const color = summary.errors > 0 ? paint.red : paint.yellow;
    const counts = `${plural(problems, "problem")} (${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")})`;
    lines.push("", paint.bold(color(`✖ ${counts}`)));
  }
  if (summary.suppressed > 0) {
    if (problems === 0) lines.push("");
    lines.push(paint.dim(`${plural(summary.suppressed, "suppressed finding")} not shown.`));
  }
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}

function table(findings: readonly Finding[], paint: Paint): string[] {
  const rows = findings.map((finding) => ({
    position: `${finding.line}:${finding.column}`,
    severity: finding.severity === "error" ? "error" : "warning",
    message: finding.message.replace(/\s*\n\s*/g, " "),
    ruleId: finding.ruleId,
  }));
  const positionWidth = Math.max(...rows.map((row) => row.position.length));
  const severityWidth = Math.max(...rows.map((row) => row.severity.length));
  const messageWidth = Math.max(...rows.map((row) => row.message.length));
  return rows.map((row) => {
    const severity = row.severity.padEnd(severityWidth);
    const colored = row.severity === "error" ? paint.red(severity) : paint.yellow(severity);
    return `  ${paint.dim(row.position.padStart(positionWidth))}  ${colored}  ${row.message.padEnd(messageWidth)}  ${paint.dim(row.ruleId)}`;
  });
}

function groupByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.file);
    if (group) group.push(finding);
    else groups.set(finding.file, [finding]);
  }
  return groups;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
