/**
 * The `github` format: GitHub Actions workflow commands, one per unsuppressed finding,
 * which the runner shows as annotations on the pull request.
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
import type { Finding } from "../core/types.js";
import { unsuppressed, type ScanReport } from "./report.js";

export function formatGithub(report: ScanReport): string {
  return unsuppressed(report.findings)
    .map((finding) => `${annotation(finding)}\n`)
    .join("");
}

function annotation(finding: Finding): string {
  const command = finding.severity === "error" ? "error" : "warning";
  const properties = [
    `file=${escapeProperty(finding.file)}`,
    `line=${finding.line}`,
    `col=${finding.column}`,
    `endLine=${finding.endLine}`,
    `endColumn=${finding.endColumn}`,
    `title=${escapeProperty(`agentlint/${finding.ruleId}`)}`,
  ].join(",");
  return `::${command} ${properties}::${escapeData(finding.message)}`;
}

/** The runner's escaping for a command's message. */
export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Properties also escape the separators `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
