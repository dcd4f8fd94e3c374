/**
 * The `json` format: a stable, documented schema (docs/json-format.md). Keys are written in
 * a fixed order with 2-space indentation and a trailing newline, so equal scans give equal
 * bytes. Suppressed findings are included and marked.
 */
import type { Finding } from "../core/types.js";
import { summarize, type ScanReport } from "./report.js";

/** Bumped only when a field changes meaning or disappears. */
export const JSON_FORMAT_VERSION = 1;

export function formatJson(report: ScanReport): string {
  const document = {
    version: JSON_FORMAT_VERSION,
    findings: report.findings.map(findingEntry),
    notices: report.notices.map((notice) => ({ file: notice.file, kind: notice.kind, message: notice.message })),
    summary: summarize(report),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function findingEntry(finding: Finding) {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    file: finding.file,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    ...(finding.related
      ? {
          related: finding.related.map((place) => ({
            file: place.file,
            line: place.line,
            column: place.column,
            endLine: place.endLine,
            endColumn: place.endColumn,
            message: place.message,
          })),
        }
      : {}),
    fingerprint: finding.fingerprint,
    ...(finding.suppressed
      ? {
          suppressed: {
            kind: finding.suppressed.kind,
            ...(finding.suppressed.justification !== undefined ? { justification: finding.suppressed.justification } : {}),
          },
        }
      : {}),
  };
}
