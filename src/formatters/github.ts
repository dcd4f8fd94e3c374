/**
 * The `github` format: GitHub Actions workflow commands, one per unsuppressed finding,
 * which the runner shows as annotations on the pull request. A file whose analysis did not
 * complete gets a file-level annotation too, so that a partial result is never silent there.
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
import type { FileNotice, FileNoticeKind, Finding } from "../core/types.js";
import { unsuppressed, type ScanReport } from "./report.js";

/** Notices that say a file's findings may be missing: it was analysed in part or not at all. */
const UNFINISHED: ReadonlySet<FileNoticeKind> = new Set(["incomplete", "timed-out", "internal-error"]);

export function formatGithub(report: ScanReport): string {
  const findings = unsuppressed(report.findings).map(annotation);
  const notices = report.notices.filter((notice) => UNFINISHED.has(notice.kind)).map(noticeAnnotation);
  return [...findings, ...notices].map((line) => `${line}\n`).join("");
}

function noticeAnnotation(notice: FileNotice): string {
  const command = notice.kind === "internal-error" ? "error" : "warning";
  return `::${command} file=${escapeProperty(notice.file)},title=${escapeProperty(`agentlint: ${notice.kind}`)}::${escapeData(notice.message)}`;
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
