/** The messages between the scan's main thread and its analysis workers. */
import type { AnalysisTask } from "./analysis-task.js";
import type { FileAnalysis } from "./analysis-results.js";

/** A task to analyse; `null` (sent instead) means there is no more work and the worker may end. */
export interface TaskMessage {
  readonly id: number;
  readonly task: AnalysisTask;
}

export type WorkerMessage =
  /** The worker has started and takes tasks. */
  | { readonly type: "ready" }
  /** The parser the task needs is loaded; the analysis itself starts now. */
  | { readonly type: "started"; readonly id: number }
  | { readonly type: "done"; readonly id: number; readonly analysis: FileAnalysis };
