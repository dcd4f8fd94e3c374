/**
 * One unit of work for the CLI's scan, in whichever thread runs it: a file with the rules in
 * force for it. The same function serves the main thread and the worker threads, so their
 * results cannot differ.
 */
import type { SourceFile } from "../core/types.js";
import type { EffectiveRules } from "./effective-rules.js";
import type { FileAnalysis } from "./analysis-results.js";
import { analyzeFile } from "./analyze.js";
import { readTextFile, recordingReader } from "./recorded-reads.js";

export interface AnalysisTask {
  readonly file: SourceFile;
  readonly rules: EffectiveRules;
}

/** What every thread analysing tasks of one scan shares (sent to workers as `workerData`). */
export interface TaskSetup {
  /** Absolute directory that finding paths are relative to. */
  readonly cwd: string;
  /** Milliseconds one file may take (the extractors' cooperative deadline). */
  readonly fileTimeMs: number;
  /** Record the other files each analysis reads, for the cache. */
  readonly recordReads: boolean;
}

export function analyzeTask(task: AnalysisTask, setup: TaskSetup): FileAnalysis {
  const reader = setup.recordReads ? recordingReader(readTextFile) : undefined;
  const context = { cwd: setup.cwd, readFile: reader?.readFile ?? readTextFile, limits: { fileTimeMs: setup.fileTimeMs } };
  const analysis = analyzeFile(task.file, task.rules, context, "cli");
  return reader ? { ...analysis, reads: reader.reads() } : analysis;
}

