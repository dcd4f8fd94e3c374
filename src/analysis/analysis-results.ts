/**
 * One file's outcome, and the outcomes of a scan's files as one result. Light on purpose: a
 * run whose results all come from the cache merges them without loading the analysis.
 */
import { dedupeFindings } from "../core/pipeline/dedupe.js";
import { sortFindings } from "../core/pipeline/sort.js";
import type { FileNotice, Finding } from "../core/types.js";
import type { FileRead } from "./recorded-reads.js";

export interface FileAnalysis {
  readonly findings: readonly Finding[];
  readonly notices: readonly FileNotice[];
  /** The other files its analysis read, when the caller recorded them (see recorded-reads.ts). */
  readonly reads?: readonly FileRead[];
}

/** Findings in their total order (so output never depends on order), notices in file order. */
export function mergeFileAnalyses(analyses: readonly FileAnalysis[]): { readonly findings: readonly Finding[]; readonly notices: readonly FileNotice[] } {
  return {
    findings: sortFindings(dedupeFindings(analyses.flatMap((analysis) => analysis.findings))),
    notices: analyses.flatMap((analysis) => analysis.notices),
  };
}
