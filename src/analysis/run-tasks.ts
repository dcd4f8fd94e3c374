/**
 * Runs a scan's analysis tasks where they are cheapest: in this thread for a small scan (a
 * pre-commit run must not pay for starting workers, each of which loads its own parsers), in
 * a pool of worker threads sized to the machine for a large one. Both paths run the same
 * `analyzeTask` under the same hard time guard, and results come back in task order, so
 * the output is the same bytes whichever path and however many workers ran.
 */
import { availableParallelism } from "node:os";
import type { SourceFile } from "../core/types.js";
import { prepareExtractors, prepareFiles } from "../languages/index.js";
import { analyzeTask, type AnalysisTask, type TaskSetup } from "./analysis-task.js";
import type { FileAnalysis } from "./analysis-results.js";
import { abandonAfterMs, timedOutNotice } from "./limits.js";
import { runWithTimeLimit } from "./time-guard.js";
import { analyzeInWorkers } from "./worker-pool.js";

/** `auto`: decided by scan size and cores; `off`: this thread; a number: that many workers. */
export type Concurrency = "auto" | "off" | number;

export interface RunTasksOptions extends TaskSetup {
  readonly concurrency: Concurrency;
  /** The worker's entry module (see serve-tasks.ts). */
  readonly workerScript: URL;
}

/**
 * `auto` gives each worker at least this many files to analyse (after the pre-filter), and
 * stays in this thread when that makes fewer than two workers. A worker costs about 0.5 s of
 * CPU before its analysis runs at full speed (thread start, modules, the parsers it needs,
 * their code compiled again in its own isolate), while an agent file costs about 5 ms: a
 * second core pays from about 200 files on. Measured with `bench/threshold.ts` on 2 cores.
 */
export const FILES_PER_WORKER = 100;

export async function runTasks(tasks: readonly AnalysisTask[], options: RunTasksOptions): Promise<FileAnalysis[]> {
  if (tasks.length === 0) return [];
  const setup: TaskSetup = { cwd: options.cwd, fileTimeMs: options.fileTimeMs, recordReads: options.recordReads };
  const workers = workerCount(tasks.length, options.concurrency);
  if (workers === 0) return analyzeHere(tasks, setup, options.workerScript);
  const { results } = await analyzeInWorkers(tasks, { size: workers, workerScript: options.workerScript, setup });
  const undone = tasks.flatMap((task, index) => (results[index] === undefined ? [index] : []));
  if (undone.length === 0) return results as FileAnalysis[];
  // Workers cannot start here (a sandbox without threads, a broken install): this thread takes over.
  const rest = await analyzeHere(
    undone.map((index) => tasks[index] as AnalysisTask),
    setup,
    undefined,
  );
  const merged = [...results];
  undone.forEach((index, n) => (merged[index] = rest[n]));
  return merged as FileAnalysis[];
}

export function workerCount(files: number, concurrency: Concurrency): number {
  if (concurrency === "off") return 0;
  if (typeof concurrency === "number") return concurrency;
  const workers = Math.min(availableParallelism(), Math.floor(files / FILES_PER_WORKER));
  return workers < 2 ? 0 : workers;
}

/**
 * This thread, under the vm time guard. A file that times out leaves this thread's parser
 * state unusable (see time-guard.ts), so the files after it go to fresh workers.
 */
async function analyzeHere(tasks: readonly AnalysisTask[], setup: TaskSetup, workerScript: URL | undefined): Promise<FileAnalysis[]> {
  await prepareExtractors(new Set(tasks.map((task) => task.file.kind)));
  await prepareFiles(tasks.map((task) => task.file));
  const results: FileAnalysis[] = [];
  for (const [index, task] of tasks.entries()) {
    const guarded = runWithTimeLimit(() => analyzeTask(task, setup), abandonAfterMs(setup.fileTimeMs));
    if ("value" in guarded) {
      results.push(guarded.value);
      continue;
    }
    results.push({ findings: [], notices: [timedOutNotice(task.file, setup.fileTimeMs)] });
    const rest = tasks.slice(index + 1);
    if (rest.length === 0) break;
    const size = Math.max(1, Math.min(availableParallelism(), rest.length));
    const outcome = workerScript ? await analyzeInWorkers(rest, { size, workerScript, setup }) : { results: [] };
    results.push(...rest.map((other, n) => outcome.results[n] ?? notAnalysedAfterTimeOut(other.file, task.file)));
    break;
  }
  return results;
}

function notAnalysedAfterTimeOut(file: SourceFile, timedOut: SourceFile): FileAnalysis {
  return {
    findings: [],
    notices: [
      {
        file: file.path,
        kind: "internal-error",
        message: `agentlint could not analyse ${file.path}: after abandoning ${timedOut.path}, it needs a worker thread to go on, and none could start. Run agentlint again without ${timedOut.path} (see \`ignores\`) to check this file.`,
      },
    ],
  };
}
