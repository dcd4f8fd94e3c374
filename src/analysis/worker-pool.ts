/**
 * Analyses tasks in worker threads, one task per worker at a time, and guards each task's
 * time from the main thread: a worker still busy with a file at the hard limit is terminated
 * (which interrupts even a synchronous runaway) and replaced, and that file gets a
 * `timed-out` notice. A worker that dies for any other reason gives its file an
 * `internal-error` notice. Either way the other files go on; nothing another worker found
 * is lost.
 *
 * A worker holds one language's parser, loaded with its first file (see task-queue.ts), and
 * results are returned in task order, so output never depends on which worker ran what.
 */
import { Worker } from "node:worker_threads";
import type { FileNotice, SourceFile } from "../core/types.js";
import type { AnalysisTask, TaskSetup } from "./analysis-task.js";
import type { FileAnalysis } from "./analysis-results.js";
import { abandonAfterMs, timedOutNotice } from "./limits.js";
import { TaskQueue } from "./task-queue.js";
import type { TaskMessage, WorkerMessage } from "./worker-protocol.js";

export interface PoolOptions {
  readonly size: number;
  /** The worker's entry module; it calls `serveTasks` with its `workerData`. */
  readonly workerScript: URL;
  readonly setup: TaskSetup;
}

export interface PoolOutcome {
  /** One entry per task; undefined for tasks left undone because workers could not start. */
  readonly results: ReadonlyArray<FileAnalysis | undefined>;
}

/** Workers that die before taking a task this many times in a row mean workers cannot run here. */
const MAX_FAILED_STARTS = 3;

/**
 * Until a worker says a task has started, it may be loading a parser (well under a second);
 * this bounds that wait too, so that nothing can keep the pool waiting forever.
 */
const PARSER_LOAD_ALLOWANCE_MS = 60_000;

/** A worker told to end that is still there after this long is terminated. */
const GRACEFUL_EXIT_MS = 2000;

/**
 * A worker's limits, measured on the benchmark's repository and on a 500-file TypeScript
 * project. The stack matches the main thread's (V8's 984 KiB plus the 192 KiB Node keeps in
 * reserve), so that a file that overflows a parser's recursion does so whichever thread
 * analyses it: the output must not depend on that. A heap limit just under 2 GiB makes V8
 * grow the heap by at most 2x after a full collection instead of 4x, about 30 MiB less per
 * worker for no measurable time (the CLI narrows growth to 30% for every heap of a scan with
 * workers, see cli/heap-tuning.ts); a file that needs more memory than that gets an
 * internal-error notice (the main thread's own limit is about 4 GiB). A young generation of
 * 4 MiB instead of V8's 48 saves 20-30 MiB more for a few percent of time.
 */
const WORKER_RESOURCE_LIMITS = { maxOldGenerationSizeMb: 2047, maxYoungGenerationSizeMb: 4, stackSizeMb: 1.15 };

export function analyzeInWorkers(tasks: readonly AnalysisTask[], options: PoolOptions): Promise<PoolOutcome> {
  return new Promise((resolve) => new PoolRun(tasks, options, resolve).start());
}

interface Slot {
  readonly worker: Worker;
  /** The language whose files the worker analyses (its parser is loaded with the first). */
  language: string | undefined;
  ready: boolean;
  /** The task the worker was given and has not answered. */
  current: number | undefined;
  timer: NodeJS.Timeout | undefined;
  /** Why the worker died, when it did on its own. */
  failure: Error | undefined;
  /** Set when the pool itself ends the worker (no more work, or an abandoned task). */
  ending: boolean;
}

class PoolRun {
  private readonly results: Array<FileAnalysis | undefined>;
  private readonly queue: TaskQueue;
  private readonly slots = new Set<Slot>();
  private failedStarts = 0;
  private finished = false;

  constructor(
    private readonly tasks: readonly AnalysisTask[],
    private readonly options: PoolOptions,
    private readonly resolve: (outcome: PoolOutcome) => void,
  ) {
    this.results = new Array<FileAnalysis | undefined>(tasks.length).fill(undefined);
    this.queue = new TaskQueue(tasks);
  }

  start(): void {
    const size = Math.min(this.options.size, this.tasks.length);
    for (let n = 0; n < size; n += 1) this.spawn();
    this.finishIfDone();
  }

  private spawn(): void {
    const worker = new Worker(this.options.workerScript, {
      workerData: this.options.setup,
      resourceLimits: WORKER_RESOURCE_LIMITS,
      // The report goes to stdout: nothing a dependency prints in a worker may land in it.
      stdout: true,
    });
    worker.stdout.resume();
    const slot: Slot = { worker, language: undefined, ready: false, current: undefined, timer: undefined, failure: undefined, ending: false };
    this.slots.add(slot);
    worker.on("message", (message: WorkerMessage) => this.onMessage(slot, message));
    worker.on("error", (error) => {
      slot.failure = error;
    });
    worker.on("exit", () => this.onExit(slot));
  }

  private onMessage(slot: Slot, message: WorkerMessage): void {
    switch (message.type) {
      case "ready":
        slot.ready = true;
        this.failedStarts = 0;
        this.dispatch(slot);
        return;
      case "started":
        // The file's own time starts once the worker has its parser: loading one is not the file's time.
        if (message.id === slot.current) this.guard(slot, 0);
        return;
      case "done":
        if (message.id !== slot.current) return;
        clearTimeout(slot.timer);
        this.results[message.id] = message.analysis;
        slot.current = undefined;
        this.dispatch(slot);
        return;
    }
  }

  private dispatch(slot: Slot): void {
    const heldBy = (language: string) => [...this.slots].filter((other) => !other.ending && other.language === language).length;
    const language = this.queue.languageFor(slot.language, heldBy);
    if (language === undefined || (slot.language !== undefined && language !== slot.language)) {
      // No work left for it, or only in another language: a fresh worker (started as this one
      // exits) takes that on without this one's parser. A worker that ends on its own runs its
      // exit hooks (the compile cache is written there).
      slot.ending = true;
      slot.worker.postMessage(null);
      slot.timer = setTimeout(() => void slot.worker.terminate(), GRACEFUL_EXIT_MS);
      return;
    }
    const index = this.queue.take(language);
    const task = this.tasks[index] as AnalysisTask;
    slot.language = language;
    slot.current = index;
    this.guard(slot, PARSER_LOAD_ALLOWANCE_MS);
    slot.worker.postMessage({ id: index, task } satisfies TaskMessage);
  }

  private guard(slot: Slot, allowanceMs: number): void {
    clearTimeout(slot.timer);
    slot.timer = setTimeout(() => this.abandon(slot), abandonAfterMs(this.options.setup.fileTimeMs) + allowanceMs);
  }

  /** The hard guard: the worker is stuck in its file; end it and give the file its notice. */
  private abandon(slot: Slot): void {
    if (slot.current === undefined) return;
    const file = (this.tasks[slot.current] as AnalysisTask).file;
    this.results[slot.current] = { findings: [], notices: [timedOutNotice(file, this.options.setup.fileTimeMs)] };
    slot.current = undefined;
    slot.ending = true;
    void slot.worker.terminate();
  }

  private onExit(slot: Slot): void {
    clearTimeout(slot.timer);
    this.slots.delete(slot);
    if (slot.current !== undefined) {
      const file = (this.tasks[slot.current] as AnalysisTask).file;
      this.results[slot.current] = { findings: [], notices: [workerDied(file, slot.failure)] };
      slot.current = undefined;
    }
    if (!slot.ready && !slot.ending) this.failedStarts += 1;
    if (this.queue.size > 0 && this.slots.size < this.options.size && this.failedStarts < MAX_FAILED_STARTS) this.spawn();
    this.finishIfDone();
  }

  private finishIfDone(): void {
    if (this.finished || this.slots.size > 0) return;
    this.finished = true;
    this.resolve({ results: this.results });
  }
}

function workerDied(file: SourceFile, failure: Error | undefined): FileNotice {
  const cause =
    (failure as NodeJS.ErrnoException | undefined)?.code === "ERR_WORKER_OUT_OF_MEMORY"
      ? "it ran out of memory"
      : failure
        ? `it failed: ${failure.message}`
        : "it stopped unexpectedly";
  return {
    file: file.path,
    kind: "internal-error",
    message: `agentlint could not analyse ${file.path}: the worker thread analysing it stopped (${cause}). The rest of the scan went on; please report this with the file if you can.`,
  };
}
