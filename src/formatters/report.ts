/** What every formatter receives: the outcome of one scan, already sorted and masked. */
import type { FileNotice, Finding } from "../core/types.js";

export interface ScanReport {
  readonly findings: readonly Finding[];
  readonly notices: readonly FileNotice[];
  /** How many files were analysed (after discovery and the pre-filter). */
  readonly filesAnalyzed: number;
  /** Absolute directory that finding paths are relative to. */
  readonly cwd: string;
}

export interface Summary {
  readonly filesAnalyzed: number;
  readonly errors: number;
  readonly warnings: number;
  readonly suppressed: number;
  readonly notices: number;
}

export function summarize(report: ScanReport): Summary {
  let errors = 0;
  let warnings = 0;
  let suppressed = 0;
  for (const finding of report.findings) {
    if (finding.suppressed) suppressed += 1;
    else if (finding.severity === "error") errors += 1;
    else warnings += 1;
  }
  return { filesAnalyzed: report.filesAnalyzed, errors, warnings, suppressed, notices: report.notices.length };
}

export function unsuppressed(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => !finding.suppressed);
}
